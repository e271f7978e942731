// In the tab, before html2canvas re-draws a block: images from other servers that send no CORS
// headers would come out blank, so ClaimKit fetches them itself (where the browser lets the
// extension: host permission for that image server) and hands html2canvas data URLs instead.

const BACKGROUND_URL = /url\(\s*(['"]?)(.*?)\1\s*\)/g;

/** Cross-origin image addresses inside `root`: <img> sources and inline background images. */
export function crossOriginImages(root: Element, pageOrigin: string): string[] {
  const urls = new Set<string>();
  const base = root.ownerDocument.baseURI;
  const consider = (raw: string | null | undefined) => {
    if (!raw) return;
    try {
      const url = new URL(raw, base);
      if (/^https?:$/.test(url.protocol) && url.origin !== pageOrigin) urls.add(url.href);
    } catch {
      // not an address: nothing to fetch
    }
  };
  const elements = [root, ...root.querySelectorAll('*')];
  for (const el of elements) {
    if (el.tagName === 'IMG') {
      consider(el.getAttribute('src'));
      // With srcset the browser may show another file: that one is drawn.
      if (el.hasAttribute('srcset')) consider((el as HTMLImageElement).currentSrc);
    }
    const style = (el as HTMLElement).style?.backgroundImage ?? '';
    for (const match of style.matchAll(BACKGROUND_URL)) consider(match[2]);
  }
  return [...urls].slice(0, 200);
}

/** Swaps the fetched images into html2canvas' clone of the document (the page itself is untouched). */
export function swapImages(clone: Document, images: Record<string, string>): void {
  if (Object.keys(images).length === 0) return;
  for (const img of clone.querySelectorAll('img')) {
    const raw = img.getAttribute('src');
    const src = raw ? absolute(raw, clone.baseURI) : '';
    const data = images[src] ?? images[img.currentSrc];
    if (data) {
      img.removeAttribute('srcset');
      img.src = data;
    }
  }
  for (const el of clone.querySelectorAll<HTMLElement>('[style*="url("]')) {
    el.style.backgroundImage = el.style.backgroundImage.replace(BACKGROUND_URL, (whole, _q: string, raw: string) => {
      try {
        const data = images[new URL(raw, clone.baseURI).href];
        return data ? `url("${data}")` : whole;
      } catch {
        return whole;
      }
    });
  }
}

function absolute(raw: string, base: string): string {
  try {
    return new URL(raw, base).href;
  } catch {
    return raw;
  }
}
