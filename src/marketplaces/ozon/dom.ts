// The Ozon readers need nothing besides the document, its URL and its last text: the shared helpers
// (src/marketplaces/page-dom.ts), under the names the Ozon modules import.
export { absoluteUrl, amountText, isCutOff, pickAll, textOf, toPage, valueText, type Page } from '../page-dom';
