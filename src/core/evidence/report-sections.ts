import type { CustodyLog } from '../../model/custody';
import type { Evidence } from '../../model/evidence';
import type { Order } from '../../model/order';
import { buildCaption } from './caption';
import { html, safeHref, type SafeHtml } from './html';
import type { ReportFormat } from './report-format';

/** An evidence file as written into the export. */
export interface ReportEvidence {
  meta: Evidence;
  path: string;
  /** SHA-256 of the bytes written (may differ from meta.sha256 if the stored bytes changed). */
  sha256: string;
  size: number;
}

// Raster images a browser shows from a relative path; SVG, video and MHTML are linked, not embedded.
const EMBEDDED_IMAGES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif']);
// The report shows the whole URL, wrapped: there is room on paper, unlike in a caption band.
const REPORT_URL_CHARS = 4096;

export function orderSection(order: Order, fmt: ReportFormat): SafeHtml {
  const d = order.dates;
  const rows: [string, string | SafeHtml | undefined][] = [
    ['Marketplace', order.marketplace],
    ['Order number', order.orderId],
    ['Order page', link(order.url)],
    ['Seller', order.seller?.name],
    ['Status', order.status ? `${order.status.text} (${order.status.kind})` : undefined],
    ['Ordered', d.ordered && fmt.pageDate(d.ordered)],
    ['Paid', d.paid && fmt.pageDate(d.paid)],
    ['Shipped', d.shipped && fmt.pageDate(d.shipped)],
    ['Delivered', d.delivered && fmt.pageDate(d.delivered)],
    ['Completed', d.completed && fmt.pageDate(d.completed)],
    ['Buyer protection ends', d.protectionEnd && fmt.pageDate(d.protectionEnd)],
    ['Subtotal', fmt.money(order.subtotal)],
    ['Shipping', fmt.money(order.shipping)],
    ['Total paid', fmt.money(order.total)],
    ['Payment', order.paymentMethod],
    ['Tracking', order.tracking.map((t) => (t.carrier ? `${t.number} (${t.carrier})` : t.number)).join(', ')],
    ['Read from the page at', fmt.instant(order.readAt)],
  ];
  const items = order.items.map(
    (item) => html`<tr><td>${item.title}</td><td>${item.variant}</td><td class="num">${item.quantity}</td><td class="num">${fmt.money(item.unitPrice)}</td></tr>`,
  );
  return html`<section><h2>Order</h2><dl>${rows
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>
<table><thead><tr><th>Product</th><th>Variant</th><th>Qty</th><th>Unit price</th></tr></thead><tbody>${items}</tbody></table></section>`;
}

export function deadlinesSection(deadlines: readonly { label: string; dueAt: string }[], fmt: ReportFormat): SafeHtml {
  if (deadlines.length === 0) return html``;
  const rows = deadlines.map((d) => html`<tr><td>${d.label}</td><td>${fmt.instant(d.dueAt)}</td></tr>`);
  return html`<section><h2>Deadlines</h2><table><tbody>${rows}</tbody></table></section>`;
}

export function complaintSection(text: string | undefined): SafeHtml {
  if (text === undefined || text.trim() === '') return html``;
  return html`<section><h2>Complaint</h2><pre class="complaint">${text}</pre></section>`;
}

export function evidenceSection(items: readonly ReportEvidence[], fmt: ReportFormat, timeZone: string, orderId: string): SafeHtml {
  const figures = items.map((item, index) => {
    const { meta } = item;
    const caption = buildCaption({ url: meta.url, capturedAt: meta.capturedAt, timeZone, orderId, maxUrlChars: REPORT_URL_CHARS });
    const href = item.path.split('/').map(encodeURIComponent).join('/');
    const body = EMBEDDED_IMAGES.has(meta.mime)
      ? html`<a href="${href}"><img src="${href}" alt="${`Evidence ${index + 1}: ${meta.kind}`}"></a>`
      : meta.text !== undefined
        ? html`<blockquote>${meta.text}</blockquote>`
        : html`<p><a href="${href}">Open ${meta.kind} file</a></p>`;
    const mismatch =
      item.sha256 === meta.sha256 ? null : html`<p class="warn">The bytes exported hash to ${item.sha256}, not to ${meta.sha256} recorded at capture.</p>`;
    return html`<figure>${body}<figcaption><div class="caption">${caption.lines[0]}<br>${caption.lines[1]}</div>
<dl><dt>Item</dt><dd>${index + 1} · ${meta.kind} · ${meta.id}</dd><dt>File</dt><dd><a href="${href}">${item.path}</a> (${fmt.bytes(item.size)}${meta.width && meta.height ? `, ${meta.width}×${meta.height}` : ''})</dd>
<dt>SHA-256</dt><dd><code>${item.sha256}</code></dd>${meta.pageTitle ? html`<dt>Page title</dt><dd>${meta.pageTitle}</dd>` : null}${
      meta.note ? html`<dt>Note</dt><dd>${meta.note}</dd>` : null
    }</dl>${mismatch}</figcaption></figure>`;
  });
  return html`<section><h2>Evidence (${items.length})</h2>${figures.length > 0 ? figures : html`<p>No evidence in this case.</p>`}</section>`;
}

export function custodySection(log: CustodyLog, fmt: ReportFormat): SafeHtml {
  const rows = log.map(
    (e) => html`<tr><td class="num">${e.seq}</td><td>${fmt.instant(e.at)}</td><td class="nowrap">${e.kind}</td><td>${e.evidenceId ?? '(case)'}</td><td><code>${e.sha256}</code></td><td>${e.detail}</td></tr>`,
  );
  return html`<section class="custody"><h2>Custody log</h2>
<p>Every event that touched this case's evidence, in order. Each line carries the SHA-256 of the one before it, so a removed, edited or reordered line shows.</p>
<table><thead><tr><th>#</th><th>Time</th><th>Event</th><th>Item</th><th>SHA-256</th><th>Detail</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function link(url: string): SafeHtml {
  const href = safeHref(url);
  return href ? html`<a href="${href}">${url}</a>` : html`${url}`;
}
