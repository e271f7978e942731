import '../src/marketplaces/reader-start-mark';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ebay } from '../src/marketplaces/ebay';
import { registerReader } from '../src/marketplaces/reader-registry';

// eBay's page readers, injected by the browser with the content script on eBay order pages only.
export default defineUnlistedScript(() => registerReader(ebay));
