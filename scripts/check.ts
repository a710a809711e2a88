// `npm run check`: validates every post without building the site, and exits
// with status 1 when there are errors.
import { settleContentCache } from '../lib/content/cache';
import { runChecker } from './lib/check-posts';

const status = runChecker();
await settleContentCache();
process.exit(status);
