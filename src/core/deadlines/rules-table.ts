import { ALL_RULES } from './rules';
import type { Anchor } from './rule';
import { spanText } from './span';

const ANCHOR_WORDS: Record<Anchor, string> = {
  ordered: 'order date',
  paid: 'payment date',
  shipped: 'shipment date',
  delivered: 'delivery date',
  completed: 'receipt confirmed',
  estimatedDeliveryTo: 'latest estimated delivery',
  protectionEnd: 'protection end',
  returnWindowEnd: 'return window end',
  disputeOpened: 'dispute opened',
  paymentDisputeOpened: 'PayPal dispute opened',
};

/**
 * The README's table of deadline rules, generated from the rules themselves so the two cannot
 * drift apart (tests/readme.test.ts compares them).
 */
export function rulesMarkdownTable(): string {
  const rows = ALL_RULES.map((rule) => {
    const starts = (Array.isArray(rule.starts) ? rule.starts : [rule.starts]).map((a: Anchor) => ANCHOR_WORDS[a]).join(', or else ');
    const where = rule.appliesWhen.marketplaces?.join(', ') ?? (rule.appliesWhen.paymentMethods?.join(', ') || 'any');
    const what = rule.opens ? `${rule.label} (opens)` : rule.label;
    return `| ${where} | ${what} | ${spanText(rule.length)} after ${starts} | ${rule.confidence} | ${rule.source.replace(/\|/g, '\\|')} |`;
  });
  return ['| where | clock | when | confidence | source |', '|---|---|---|---|---|', ...rows].join('\n');
}
