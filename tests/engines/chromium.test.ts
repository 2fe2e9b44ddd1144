import { smoke } from './smoke';

smoke('chromium');
