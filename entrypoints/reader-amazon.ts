import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { amazon } from '../src/marketplaces/amazon';
import { registerReader } from '../src/marketplaces/reader-registry';

// Amazon's page readers, loaded by the content script only on Amazon order pages.
export default defineUnlistedScript(() => registerReader(amazon));
