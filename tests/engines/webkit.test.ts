import { smoke } from './smoke';

smoke('webkit');
