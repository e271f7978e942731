import '../src/marketplaces/reader-start-mark';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { temu } from '../src/marketplaces/temu';
import { registerReader } from '../src/marketplaces/reader-registry';

// Temu's page readers, injected by the browser with the content script on Temu order pages only.
export default defineUnlistedScript(() => registerReader(temu));
