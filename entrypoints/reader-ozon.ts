import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ozon } from '../src/marketplaces/ozon';
import { registerReader } from '../src/marketplaces/reader-registry';

// Ozon's page readers, loaded by the content script only on Ozon order pages.
export default defineUnlistedScript(() => registerReader(ozon));
