import type { TextKey } from '../../i18n/en';
import type { ComplaintReason, Language } from '../../model/complaint';

// The builder's UI words live in src/i18n/messages/complaint.ts (issue #9), keyed by the model's
// own values: complaintReason_<reason>, complaintOutcome_<outcome>, complaintChannel_<channel>,
// complaintTone_<kind>, and per reason the facts prompt (complaintFactsQuestion_/Example_<reason>:
// the question the support agent will ask and an example of the concrete difference they need,
// DOMAIN.md: "the concrete discrepancy"). The complaint's own wording is in core/complaint/templates.

/** The incident date means something else for some reasons (see the templates' sentence for it). */
export function incidentDateKey(reason: ComplaintReason): TextKey {
  if (reason === 'not-received') return 'complaintIncident_not-received';
  if (reason === 'seller-unresponsive') return 'complaintIncident_seller-unresponsive';
  return 'complaintIncident_other';
}

/** Each complaint language by its own name ("English", "Русский"), marked with its `lang`. */
export const LANGUAGE_NAME: Record<Language, TextKey> = { en: 'languageEnglish', ru: 'languageRussian' };
