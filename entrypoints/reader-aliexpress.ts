import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { aliexpress } from '../src/marketplaces/aliexpress';
import { registerReader } from '../src/marketplaces/reader-registry';

// AliExpress's page readers, loaded by the content script only on AliExpress order pages.
export default defineUnlistedScript(() => registerReader(aliexpress));
