// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { crossOriginImages, swapImages } from './inline-images';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head><base href="https://www.aliexpress.com/p/order/"></head><body>${html}</body></html>`, 'text/html');
}

describe('foreign images for a re-drawn capture', () => {
  const html =
    '<div id="block"><img src="https://ae01.alicdn.com/kf/a.jpg"><img src="/own.png">' +
    '<a style="background-image: url(&quot;https://ae-pic-a1.aliexpress-media.com/kf/b.jpg&quot;)"></a></div><img src="https://ae01.alicdn.com/kf/outside.jpg">';

  it('lists the images from other servers inside the block only: <img> sources and inline backgrounds', () => {
    const doc = page(html);
    expect(crossOriginImages(doc.getElementById('block')!, 'https://www.aliexpress.com')).toEqual([
      'https://ae01.alicdn.com/kf/a.jpg',
      'https://ae-pic-a1.aliexpress-media.com/kf/b.jpg',
    ]);
  });

  it('swaps fetched images into the copy, and leaves the others as they were', () => {
    const doc = page(html);
    swapImages(doc, { 'https://ae01.alicdn.com/kf/a.jpg': 'data:image/png;base64,AAAA', 'https://ae-pic-a1.aliexpress-media.com/kf/b.jpg': 'data:image/jpeg;base64,BBBB' });
    const [first, own] = [...doc.querySelectorAll('img')];
    expect(first!.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    expect(own!.getAttribute('src')).toBe('/own.png');
    expect(doc.querySelector('a')!.style.backgroundImage).toContain('data:image/jpeg;base64,BBBB');
  });
});
