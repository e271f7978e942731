/** How many minor digits a currency has (JPY 0, USD 2, KWD 3), from Intl so we keep no table. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
