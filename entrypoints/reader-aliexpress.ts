import '../src/marketplaces/reader-start-mark';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { aliexpress } from '../src/marketplaces/aliexpress';
import { registerReader } from '../src/marketplaces/reader-registry';

// AliExpress's page readers, injected by the browser with the content script on AliExpress order pages only.
export default defineUnlistedScript(() => registerReader(aliexpress));
