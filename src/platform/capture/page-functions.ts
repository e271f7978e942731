// Functions injected into the captured tab with scripting.executeScript({ func }). Each must be
// self-contained: it is serialised and run in the page, without closures or imports.

export interface PageMetrics {
  scrollHeight: number;
  scrollWidth: number;
  viewportHeight: number;
  viewportWidth: number;
  devicePixelRatio: number;
  scrollX: number;
  scrollY: number;
  title: string;
  url: string;
}

export function measurePage(): PageMetrics {
  const root = document.documentElement;
  return {
    scrollHeight: Math.max(root.scrollHeight, document.body?.scrollHeight ?? 0),
    scrollWidth: Math.max(root.scrollWidth, document.body?.scrollWidth ?? 0),
    viewportHeight: window.innerHeight,
    viewportWidth: root.clientWidth || window.innerWidth,
    devicePixelRatio: window.devicePixelRatio || 1,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    title: document.title,
    url: location.href,
  };
}

/**
 * Scrolls to y, then waits for two frames and for the images now in view (lazy images load on
 * scroll), at most 1.5 s. Returns where the page really is (the last screen stops short).
 */
export async function scrollToAndSettle(x: number, y: number): Promise<number> {
  window.scrollTo({ left: x, top: y, behavior: 'instant' });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const inView = [...document.images].filter((img) => {
    const r = img.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && !img.complete;
  });
  if (inView.length > 0) {
    await Promise.race([
      Promise.all(
        inView.map(
          (img) =>
            new Promise((resolve) => {
              img.addEventListener('load', resolve, { once: true });
              img.addEventListener('error', resolve, { once: true });
            }),
        ),
      ),
      new Promise((resolve) => setTimeout(resolve, 1500)),
    ]);
  }
  return window.scrollY;
}

/** Hides fixed and sticky elements (headers, chat buttons) so they appear once, not on every screen. */
export function hideFixedElements(): number {
  let hidden = 0;
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const position = getComputedStyle(el).position;
    if (position !== 'fixed' && position !== 'sticky') continue;
    // Already hidden by an earlier capture that never restored it: its saved value must stay the
    // page's own, not the 'hidden' ClaimKit set, or restoring would keep it hidden for good.
    if (el.hasAttribute('data-claimkit-visibility')) continue;
    el.setAttribute('data-claimkit-visibility', el.style.getPropertyValue('visibility'));
    el.style.setProperty('visibility', 'hidden', 'important');
    hidden++;
  }
  return hidden;
}

export function restoreFixedElements(): number {
  const elements = document.querySelectorAll<HTMLElement>('[data-claimkit-visibility]');
  for (const el of elements) {
    const before = el.getAttribute('data-claimkit-visibility') ?? '';
    if (before) el.style.setProperty('visibility', before);
    else el.style.removeProperty('visibility');
    el.removeAttribute('data-claimkit-visibility');
  }
  return elements.length;
}
