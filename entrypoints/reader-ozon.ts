import '../src/marketplaces/reader-start-mark';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ozon } from '../src/marketplaces/ozon';
import { registerReader } from '../src/marketplaces/reader-registry';

// Ozon's page readers, injected by the browser with the content script on Ozon order pages only.
export default defineUnlistedScript(() => registerReader(ozon));
