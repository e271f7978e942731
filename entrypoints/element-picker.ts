import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pickElement } from '../src/platform/capture/pick-element';
import { renderToDataUrl } from '../src/platform/capture/render-with-html2canvas';

// Injected on demand for "Capture one block": the user picks a block on the page. main() returns
// the pick (a promise) to scripting.executeScript. html2canvas is bundled here and in render-page,
// never in the always-on content script.
// A preset selector (set on a global by the injection just before) picks that block without asking.
export default defineUnlistedScript((() => {
  const preset = (globalThis as { __claimkitPickPreset?: string }).__claimkitPickPreset;
  (globalThis as { __claimkitPickPreset?: string }).__claimkitPickPreset = undefined;
  return pickElement((el) => renderToDataUrl(el, 32_000), preset);
}) as () => void);
