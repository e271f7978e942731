// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hideFixedElements, restoreFixedElements } from './page-functions';

describe('hiding fixed elements for a stitched capture', () => {
  it('gives the page its own visibility back, even when a capture hid them and never restored them', () => {
    const header = document.createElement('header');
    header.style.cssText = 'position: fixed; visibility: visible';
    const chat = document.createElement('div');
    chat.style.position = 'sticky';
    document.body.append(header, chat, document.createElement('p'));
    expect(hideFixedElements()).toBe(2);
    // A capture stopped part-way (its service worker killed) never restores; the next one hides again.
    expect(hideFixedElements()).toBe(0);
    expect(header.style.visibility).toBe('hidden');
    expect(restoreFixedElements()).toBe(2);
    expect(header.style.visibility).toBe('visible');
    expect(chat.style.visibility).toBe('');
    expect(document.querySelectorAll('[data-claimkit-visibility]')).toHaveLength(0);
  });
});
