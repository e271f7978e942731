/**
 * A message that depends on a count. Russian needs three forms ("1 день", "2 дня", "5 дней") and
 * English two; Intl.PluralRules picks the form by the language's own rules, so no hand-written
 * "n % 10" arithmetic. `{n}` in the text is replaced by the count, formatted for the locale.
 */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

export function isPluralForms(value: unknown): value is PluralForms {
  return typeof value === 'object' && value !== null && 'one' in value && 'other' in value;
}

export function pickPlural(forms: PluralForms, count: number, locale: string): string {
  const { rules, numbers } = formattersFor(locale);
  const category = rules.select(count);
  const text = (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
  return text.replaceAll('{n}', numbers.format(count));
}

// One PluralRules and NumberFormat per locale: making them is far slower than using them, and the
// deadline labels of every tracked order ask for plurals.
const formatters = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();
function formattersFor(locale: string) {
  let made = formatters.get(locale);
  if (!made) {
    made = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
    formatters.set(locale, made);
  }
  return made;
}
