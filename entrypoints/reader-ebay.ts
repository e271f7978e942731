import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ebay } from '../src/marketplaces/ebay';
import { registerReader } from '../src/marketplaces/reader-registry';

// eBay's page readers, loaded by the content script only on eBay order pages.
export default defineUnlistedScript(() => registerReader(ebay));
