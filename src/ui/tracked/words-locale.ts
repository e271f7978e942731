/**
 * The locale for words Intl writes into our sentences ("4 days", "28 Nov"): the browser's own
 * locale when it speaks the dictionary's language (en-GB keeps its date order), else the
 * dictionary's, so an English sentence never gets Russian month names (issue #9: no mixed languages).
 */
export function wordsLocale(dictionaryLocale: string, browserLocale: string): string {
  const language = (tag: string) => tag.toLowerCase().split('-')[0];
  return language(browserLocale) === language(dictionaryLocale) ? browserLocale : dictionaryLocale;
}
