import { smoke } from './smoke';

smoke('firefox');
