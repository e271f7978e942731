import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { generic } from '../src/marketplaces/generic';
import { readPage } from '../src/marketplaces/read-page';

// The generic reader (schema.org data, labelled facts) for shops ClaimKit has no adapter for.
// Injected only when the user clicks "Read this page" in the popup (activeTab); main() returns the
// reading to scripting.executeScript, which the background parses with zod like any message.
export default defineUnlistedScript((() => readPage(generic, document, new URL(location.href), new Date())) as () => void);
