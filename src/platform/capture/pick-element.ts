// Runs in the page (injected with the element-picker bundle): lets the user point at one block and
// click it. Esc cancels. Returns where the block is; when it is not wholly in view, a rendering of
// it with html2canvas, because captureVisibleTab can only see what is on screen.

export interface PickedElement {
  /** In CSS pixels, relative to the viewport at the moment of the pick. */
  rect: { x: number; y: number; width: number; height: number };
  devicePixelRatio: number;
  inView: boolean;
  /** PNG data URL of the block re-drawn by html2canvas, when it was not wholly in view. */
  rendered?: string;
  /** What the block says (first 200 characters), so the user recognises it in the locker. */
  text: string;
}

/** A block chosen without the user pointing: scrolled into view when it fits the screen, then reported. */
async function pickPreset(selector: string, render: (el: HTMLElement) => Promise<string>): Promise<PickedElement | null> {
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) return null;
  if (target.getBoundingClientRect().height <= window.innerHeight) target.scrollIntoView({ block: 'center', behavior: 'instant' });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return describe(target, render);
}

async function describe(target: HTMLElement, render: (el: HTMLElement) => Promise<string>): Promise<PickedElement> {
  const r = target.getBoundingClientRect();
  const inView = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= document.documentElement.clientWidth && r.width > 0 && r.height > 0;
  const picked: PickedElement = {
    rect: { x: r.left, y: r.top, width: r.width, height: r.height },
    devicePixelRatio: window.devicePixelRatio || 1,
    inView,
    text: (target.innerText || target.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 200),
  };
  return inView ? picked : { ...picked, rendered: await render(target) };
}

export function pickElement(render: (el: HTMLElement) => Promise<string>, preset?: string): Promise<PickedElement | null> {
  if (preset) return pickPreset(preset, render);
  return new Promise((resolve) => {
    const box = document.createElement('div');
    box.setAttribute('data-claimkit-picker', '');
    Object.assign(box.style, {
      position: 'fixed', zIndex: '2147483647', pointerEvents: 'none', outline: '3px solid #1d4ed8',
      background: 'rgba(29, 78, 216, 0.12)', borderRadius: '4px', transition: 'all 60ms', display: 'none',
    });
    const hint = document.createElement('div');
    hint.setAttribute('data-claimkit-picker', '');
    hint.textContent = 'ClaimKit: click the block to save as evidence. Esc cancels.';
    Object.assign(hint.style, {
      position: 'fixed', top: '8px', left: '50%', transform: 'translateX(-50%)', zIndex: '2147483647', pointerEvents: 'none',
      background: '#111827', color: '#fff', font: '14px system-ui, sans-serif', padding: '6px 12px', borderRadius: '6px',
    });
    document.documentElement.append(box, hint);
    let current: HTMLElement | null = null;

    const onMove = (event: MouseEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (!target || target === current) return;
      current = target;
      const r = target.getBoundingClientRect();
      Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    };
    const finish = (value: Promise<PickedElement | null>) => {
      document.removeEventListener('mousemove', onMove, true);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
      box.remove();
      hint.remove();
      // Two frames, so the highlight is gone from the screen before the background captures it.
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(value)));
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : current;
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      finish(describe(target, render));
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      finish(Promise.resolve(null));
    };
    document.addEventListener('mousemove', onMove, true);
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKey, true);
  });
}
