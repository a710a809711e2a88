// `npm run search-index`: writes the search bundle before `next build` or `next dev`.
import { writeSearchIndex } from './lib/search-index';

await writeSearchIndex();
