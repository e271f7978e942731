import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { temu } from '../src/marketplaces/temu';
import { registerReader } from '../src/marketplaces/reader-registry';

// Temu's page readers, loaded by the content script only on Temu order pages.
export default defineUnlistedScript(() => registerReader(temu));
