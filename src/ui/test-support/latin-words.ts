/**
 * For tests of a page rendered in Russian: the Latin-script words a user would see or hear, i.e.
 * English left untranslated. Looks at every text node (options, hidden hints that aria-describedby
 * points to, textarea contents) and at the attributes that are read out or shown (aria-label,
 * title, placeholder, alt, aria-roledescription, aria-valuetext, a button input's value).
 *
 * Not reported: the names in ALWAYS_ALLOWED and ISO currency codes; every word of each phrase in
 * `allow` (order data from the test's fixture: product titles, the seller); and subtrees marked
 * with a `lang` other than Russian (an endonym such as <option lang="en">English</option>) or
 * matching `ignore` (text another part of ClaimKit writes, named in the test's comment).
 *
 * Returns "word (in: …the text…)" lines, empty when the page is all Russian, so a failing
 * `expect(latinWords(root)).toEqual([])` says which word was left in English and where.
 */
export function latinWords(root: Element, options: { allow?: readonly string[]; ignore?: string } = {}): string[] {
  const allowed = new Set([...ALWAYS_ALLOWED, ...(options.allow ?? []).flatMap((phrase) => phrase.match(LATIN_WORD) ?? [])]);
  const found: string[] = [];
  const check = (text: string, where: string) => {
    for (const word of text.match(LATIN_WORD) ?? []) {
      if (allowed.has(word) || CURRENCY_CODES.has(word)) continue;
      found.push(`${word} (in ${where}: ${JSON.stringify(text.trim().slice(0, 120))})`);
    }
  };
  const skipped = (element: Element | null) =>
    element !== null && ((options.ignore !== undefined && element.closest(options.ignore) !== null) || otherLanguage(element, root));

  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!skipped(node.parentElement)) check(node.textContent ?? '', 'text');
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (skipped(element)) continue;
    for (const name of SPOKEN_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) check(value, name);
    }
    if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)) check(element.value, 'value');
  }
  return found;
}

/** Names that are the same in every language. */
const ALWAYS_ALLOWED = ['ClaimKit', 'AliExpress', 'Amazon', 'eBay', 'Temu', 'Ozon', 'Wildberries', 'PayPal'];
const SPOKEN_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext'];
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}'’-]*/gu;
const CURRENCY_CODES = new Set(Intl.supportedValuesOf('currency'));

/** True inside an element whose nearest `lang` (up to the root) is not Russian. */
function otherLanguage(element: Element, root: Element): boolean {
  const marked = element.closest('[lang]');
  if (!marked || !root.contains(marked)) return false;
  return !/^ru\b/i.test(marked.getAttribute('lang') ?? '');
}
