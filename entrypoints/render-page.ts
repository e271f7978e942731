import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { renderToDataUrl } from '../src/platform/capture/render-with-html2canvas';

// Injected on demand (scripting.executeScript) for full-page captures of long pages: the only
// place html2canvas is bundled, never in the always-on content script. The cap arrives on a global
// set by the injection just before this one (executeScript with files cannot pass arguments).
// main() returns the PNG data URL (a promise) to scripting.executeScript; WXT types main as void.
export default defineUnlistedScript((() => {
  const cap = (globalThis as { __claimkitMaxHeightPx?: number }).__claimkitMaxHeightPx ?? 32_000;
  return renderToDataUrl(document.documentElement, cap);
}) as () => void);
