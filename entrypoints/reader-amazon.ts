import '../src/marketplaces/reader-start-mark';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { amazon } from '../src/marketplaces/amazon';
import { registerReader } from '../src/marketplaces/reader-registry';

// Amazon's page readers, injected by the browser with the content script on Amazon order pages only.
export default defineUnlistedScript(() => registerReader(amazon));
