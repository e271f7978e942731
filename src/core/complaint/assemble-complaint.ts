import { CHANNEL_RULES, type ChannelRule, type Section } from './channel-rules';
import type { EvidenceCategory } from './evidence-category';
import type { ComplaintContext, ComplaintTemplates } from './templates/types';

/**
 * The one assembly every language and channel shares: the channel's sections in its order, each
 * from the language's templates, blank line between them, empty sections left out.
 * 'short' is the compact form: facts on one line, evidence as a count by kind, a one-word closing.
 * `omit` leaves sections out when even the compact form is over a channel's limit.
 */
export function assembleComplaint(
  c: ComplaintContext,
  t: ComplaintTemplates,
  mode: 'full' | 'short',
  omit: ReadonlySet<Section> = new Set(),
): string {
  const rule = CHANNEL_RULES[c.channel];
  return rule.sections
    .filter((s) => !omit.has(s))
    .map((s) => section(s, c, t, rule, mode))
    .filter((block) => block.trim() !== '')
    .join('\n\n');
}

function section(name: Section, c: ComplaintContext, t: ComplaintTemplates, rule: ChannelRule, mode: 'full' | 'short'): string {
  switch (name) {
    case 'header':
      return t.formal.header(c).join('\n');
    case 'title':
      return t.formal.title(c).join('\n');
    case 'opening':
      return (mode === 'short' ? t.shortOpening[c.channel] : undefined)?.(c) ?? t.opening[c.channel](c);
    case 'facts':
      return mode === 'short' ? t.facts.short(c.order) : t.facts.full(c.order).join('\n');
    case 'problem':
      return problem(c, t, mode);
    case 'evidence':
    case 'attachments':
      return evidence(c, t, mode, name === 'attachments' ? t.evidence.attachmentsHeading : t.evidence.heading);
    case 'outcome':
      return t.outcome(c, rule.register);
    case 'answer-by':
      return t.answerBy(c);
    case 'reserve-rights':
      return t.reserveRights;
    case 'closing':
      return mode === 'short' ? t.shortClosing[c.channel] : t.closing[c.channel];
    case 'contact': {
      const lines = t.contact.lines(c.contact);
      if (lines.length === 0) return '';
      return mode === 'short' ? `${t.contact.heading} ${lines.join('; ')}` : [t.contact.heading, ...lines].join('\n');
    }
    case 'signature':
      return t.formal.signature(c).join('\n');
  }
}

/**
 * Full: the reason sentence, the day it was found, the user's words. Short: the user's words carry
 * the concrete discrepancy ("listed as 128 GB, shows 32 GB") and the opening already names the
 * reason, so the generic reason sentence gives way to them; without user words it stays.
 */
function problem(c: ComplaintContext, t: ComplaintTemplates, mode: 'full' | 'short'): string {
  const parts = mode === 'short' && c.facts ? [t.incident(c), c.facts] : [t.reason(c), t.incident(c), c.facts];
  return parts.filter((p): p is string => p !== undefined && p !== '').join(' ');
}

function evidence(c: ComplaintContext, t: ComplaintTemplates, mode: 'full' | 'short', heading: string): string {
  if (c.evidence.length === 0) return '';
  if (mode === 'short') return t.evidence.summary(c.evidence.length, countByCategory(c.evidence.map((e) => e.category)));
  return [heading, ...c.evidence.map((e, i) => `${i + 1}. ${t.evidence.line(e)}`)].join('\n');
}

/** Categories in order of first appearance, with their counts. */
function countByCategory(categories: readonly EvidenceCategory[]): [EvidenceCategory, number][] {
  const counts = new Map<EvidenceCategory, number>();
  for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  return [...counts];
}
