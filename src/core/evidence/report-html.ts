import type { CustodyLog } from '../../model/custody';
import type { Order } from '../../model/order';
import { html, SafeHtml } from './html';
import { createReportFormat } from './report-format';
import { complaintSection, custodySection, deadlinesSection, evidenceSection, orderSection, type ReportEvidence } from './report-sections';

export interface ReportInput {
  order: Order;
  evidence: readonly ReportEvidence[];
  complaintText?: string;
  custodyLog: CustodyLog;
  deadlines: readonly { label: string; dueAt: string }[];
  now: Date;
  timeZone: string;
  locale: string;
}

// A constant of ours, trusted as markup (escaping would break its quotes inside <style>).
// Print-first: A4/Letter margins, figures never split across pages, images no wider than the page.
const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; border-bottom: 1px solid #999; padding-bottom: .2rem; margin-top: 2rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; } dt { color: #555; } dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { border: 1px solid #bbb; padding: .25rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th, td.num, td.nowrap { white-space: nowrap; } td.num { text-align: right; } code { font: 12px/1.3 ui-monospace, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
pre.complaint { white-space: pre-wrap; font: inherit; border: 1px solid #bbb; padding: .75rem; }
figure { margin: 1rem 0; padding: .5rem; border: 1px solid #bbb; break-inside: avoid; page-break-inside: avoid; }
figure img { display: block; max-width: 100%; height: auto; margin: 0 auto .5rem; border: 1px solid #ddd; }
.caption { font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; background: #f3f3f3; padding: .3rem .5rem; overflow-wrap: anywhere; }
blockquote { margin: .5rem 0; padding: .5rem .75rem; border-left: 4px solid #999; white-space: pre-wrap; }
.warn { color: #a00; font-weight: 600; } .meta { color: #555; } a { color: #0645ad; }
@page { margin: 15mm; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; text-decoration: none; } .custody { break-before: page; } }
`;

/**
 * The printable `index.html` of an exported case: self-contained (inline CSS, images by relative
 * path `evidence/…`), no script, and a Content-Security-Policy that forbids scripts even if a
 * value were ever interpolated unescaped. Every value goes through the `html` tag (escaped).
 */
export function buildReportHtml(input: ReportInput): string {
  const fmt = createReportFormat(input.locale, input.timeZone);
  const { order } = input;
  const title = `${order.marketplace} order ${order.orderId}`;
  const page = html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Case: ${title}</title><style>${new SafeHtml(CSS)}</style></head>
<body><header><h1>Case: ${title}</h1>
<p class="meta">Report made by ClaimKit on ${fmt.instant(input.now.toISOString())}, times in ${input.timeZone}.</p></header>
${orderSection(order, fmt)}
${deadlinesSection(input.deadlines, fmt)}
${complaintSection(input.complaintText)}
${evidenceSection(input.evidence, fmt, input.timeZone, order.orderId)}
${custodySection(input.custodyLog, fmt)}
<section><h2>How to check this case</h2>
<p><code>manifest.json</code> lists the SHA-256 and size of every file in this folder and the hash of the custody log. Recompute them (for example with <code>sha256sum</code>), or run ClaimKit's <code>verify-case</code> on the ZIP: any changed, missing or added file, and any edited, removed or reordered log line, is named.</p>
<p>What this proves and what it does not: the hashes show the files are the ones the shopper's ClaimKit recorded, unchanged since. They are the shopper's own record, kept on their own computer — not a notarised timestamp, and not proof of who made them.</p></section>
</body></html>
`;
  return page.toString();
}
