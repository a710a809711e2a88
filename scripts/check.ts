// `npm run check`: validates every post without building the site; exits with
// status 1 when there are errors.
import { runChecker } from './lib/check-posts';

process.exit(runChecker());
