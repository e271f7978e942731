import '../src/marketplaces/reader-start-mark';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { wildberries } from '../src/marketplaces/wildberries';
import { registerReader } from '../src/marketplaces/reader-registry';

// Wildberries' page readers, loaded by the content script only on Wildberries order pages.
export default defineUnlistedScript(() => registerReader(wildberries));
