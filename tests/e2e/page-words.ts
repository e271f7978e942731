import type { Page } from 'playwright-core';

/**
 * Every word a person reads or hears on the page: visible text plus aria-label, title, alt and
 * placeholder (what a screen reader says). Text inside elements marked lang="en" in a Russian page
 * (technical details kept in English on purpose, and said so) is left out.
 */
export function pageWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const skip = (el: Element | null) => {
      for (let e = el; e; e = e.parentElement) {
        if (e.closest('script, style, noscript')) return true;
        const lang = e.getAttribute('lang');
        if (lang !== null) return lang !== document.documentElement.lang && e !== document.documentElement;
      }
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skip(parent)) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      out.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (skip(el)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    out.push(document.title);
    return out;
  });
}

/** Words of the other script: Latin words on a Russian page, Cyrillic words on an English one. */
export function foreignWords(texts: readonly string[], language: 'en' | 'ru', allowed: readonly string[]): string[] {
  const pattern = language === 'ru' ? /[A-Za-z][A-Za-z'’-]*/g : /[А-Яа-яЁё][А-Яа-яЁё-]*/g;
  let joined = texts.join('\n');
  // Data and names may be in any language: remove them first, longest first.
  for (const phrase of [...allowed].sort((a, b) => b.length - a.length)) joined = joined.split(phrase).join(' ');
  return [...new Set(joined.match(pattern) ?? [])];
}
