import type { ComplaintChannel } from '../../../model/complaint';
import { MARKETPLACE_NAMES, type MarketplaceId } from '../../../model/marketplace';
import type { EvidenceCategory } from '../evidence-category';
import { present, sentenceCase } from './text';
import type { ComplaintContext, ComplaintTemplates, ContactFacts, EvidenceFact, OrderFacts, ProductFact } from './types';

// English for support staff worldwide (DOMAIN.md: "English reaches most sellers and support staff"):
// short sentences, no idioms, first person, polite but not pleading.

const quote = (text: string) => `“${text}”`;

const KIND: Record<EvidenceCategory, string> = {
  photo: 'Photo',
  video: 'Video',
  document: 'Document',
  file: 'File',
  image: 'Image',
  screenshot: 'Screenshot',
  page: 'Saved copy of the page',
  quote: 'Quoted text',
  link: 'Link',
};

const KINDS: Record<EvidenceCategory, string> = {
  photo: 'photos',
  video: 'videos',
  document: 'documents',
  file: 'files',
  image: 'images',
  screenshot: 'screenshots',
  page: 'saved pages',
  quote: 'quotes',
  link: 'links',
};

const MARKETPLACE: Record<MarketplaceId, string | null> = { ...MARKETPLACE_NAMES, generic: null };

const REASON_TITLE = {
  'not-received': 'item not received',
  'not-as-described': 'item not as described',
  damaged: 'item arrived damaged',
  defective: 'item is defective',
  'wrong-item': 'wrong item sent',
  incomplete: 'items or parts missing',
  counterfeit: 'item is not genuine',
  'seller-unresponsive': 'no reply from the seller',
} as const;

/** The seller reads their own chat: "no reply from the seller" would talk about them in the third person. */
function titleFor(c: ComplaintContext): string {
  if (c.reason === 'seller-unresponsive' && c.channel === 'seller-message') return 'no reply to my earlier messages';
  return REASON_TITLE[c.reason];
}

const order = (c: ComplaintContext) => (c.order.orderId ? `order ${c.order.orderId}` : 'my order');
const marketplace = (c: ComplaintContext) => MARKETPLACE[c.order.marketplace];
const toSeller = (channel: ComplaintChannel) => channel === 'seller-message' || channel === 'formal-claim';

function product(p: ProductFact): string {
  return present([`${p.title}${p.variant ? ` (${p.variant})` : ''}`, `quantity: ${p.quantity}`, p.unitPrice && `unit price: ${p.unitPrice}`]).join(', ');
}

function tracking(o: OrderFacts): string | undefined {
  if (o.tracking.length === 0) return undefined;
  const numbers = o.tracking.map((t) => (t.carrier ? `${t.number} (${t.carrier})` : t.number)).join(', ');
  return `${o.tracking.length > 1 ? 'Tracking numbers' : 'Tracking number'}: ${numbers}`;
}

function factLines(o: OrderFacts): string[] {
  const products =
    o.products.length > 1 ? ['Products:', ...o.products.map((p, i) => `  ${i + 1}. ${product(p)}`)] : o.products.map((p) => `Product: ${product(p)}`);
  return present([
    o.orderId && `Order number: ${o.orderId}`,
    o.orderDate && `Order date: ${o.orderDate}`,
    o.paidDate && `Payment date: ${o.paidDate}`,
    ...products,
    o.total && `Amount paid: ${o.total}`,
    o.paymentMethod && `Payment method: ${o.paymentMethod}`,
    o.seller && `Seller: ${o.seller}`,
    tracking(o),
    o.shipped && `Shipped: ${o.shipped}`,
    o.estimatedDelivery && `Estimated delivery: by ${o.estimatedDelivery}`,
    o.delivered && `Delivered: ${o.delivered}`,
    o.completed && `Order completed: ${o.completed}`,
  ]);
}

/** One line; the order number is left to the opening line, which always carries it, and a quantity of 1 goes without saying. */
function shortFacts(o: OrderFacts): string {
  const line = present([
    o.orderDate && `Ordered ${o.orderDate}`,
    ...o.products.map((p) => `${p.title}${p.variant ? ` (${p.variant})` : ''}${p.quantity > 1 ? `, qty ${p.quantity}` : ''}`),
    o.total && `paid ${o.total}`,
    o.seller && `seller: ${o.seller}`,
    o.tracking.length > 0 && `tracking: ${o.tracking.map((t) => t.number).join(', ')}`,
    o.estimatedDelivery && `estimated delivery by ${o.estimatedDelivery}`,
    o.delivered && `delivered ${o.delivered}`,
  ]).join('; ');
  return line ? `${sentenceCase(line)}.` : '';
}

function reasonSentence(c: ComplaintContext): string {
  switch (c.reason) {
    case 'not-received': {
      const eta = c.order.estimatedDelivery;
      if (!eta) return 'I have not received this order.';
      return c.order.estimatedDeliveryPassed
        ? `I have not received this order, and the latest estimated delivery date, ${eta}, has passed.`
        : `I have not received this order; the estimated delivery date is ${eta}.`;
    }
    case 'not-as-described':
      return 'The item I received does not match its description in the listing.';
    case 'damaged':
      return 'The item arrived damaged.';
    case 'defective':
      return 'The item is defective and does not work as it should.';
    case 'wrong-item':
      return 'I received a different item from the one I ordered.';
    case 'incomplete':
      return 'The order arrived incomplete: items or parts are missing.';
    case 'counterfeit':
      return 'The item I received does not appear to be genuine, although the listing presents it as an original branded product.';
    case 'seller-unresponsive':
      return c.channel === 'seller-message'
        ? 'I have written to you about this order before and have not had a reply.'
        : 'I have contacted the seller about this order and have not had a reply.';
  }
}

function incidentSentence(c: ComplaintContext): string | undefined {
  if (!c.incidentDate) return undefined;
  if (c.reason === 'not-received') return `As of ${c.incidentDate}, the parcel has not arrived.`;
  if (c.reason === 'seller-unresponsive') return `My first message was sent on ${c.incidentDate}.`;
  return `I found the problem on ${c.incidentDate}.`;
}

function evidenceLine(e: EvidenceFact): string {
  const what = present([
    `${KIND[e.category]}${e.rendered ? ' (re-drawn copy of the page)' : ''}`,
    e.name && quote(e.name),
  ]).join(' ');
  const detail = present([e.url && e.url !== e.name && e.url, e.excerpt && quote(e.excerpt)]).join(' ');
  return `${what}${detail ? `: ${detail}` : ''} (${e.capturedAt})${e.note ? ` — ${e.note}` : ''}`;
}

function outcome(c: ComplaintContext, register: 'chat' | 'formal'): string {
  const total = c.order.total;
  const amount = c.partialAmount;
  const paidTotal = c.compact ? undefined : total;
  const expense = toSeller(c.channel) ? 'your expense' : 'the seller’s expense';
  if (register === 'chat') {
    switch (c.outcome) {
      case 'full-refund':
        return `Could you please refund the full amount${total ? `, ${total}` : ''}?`;
      case 'partial-refund':
        return `I would be glad to settle this with a partial refund${amount ? ` of ${amount}` : ''}${amount && paidTotal ? ` (out of ${paidTotal} paid)` : ''}.`;
      case 'replacement':
        return c.reason === 'not-received' ? 'Could you please send the order again at no extra cost?' : 'Could you please send a replacement at no extra cost?';
      case 'return-and-refund':
        return `I can return the item at ${expense}; please refund the full amount${total ? ` (${total})` : ''} once you receive it.`;
    }
  }
  switch (c.outcome) {
    case 'full-refund':
      return `I request a full refund${total ? ` of ${total}` : ''}.`;
    case 'partial-refund':
      return `I request a partial refund${amount ? ` of ${amount}` : ''}${amount && paidTotal ? ` (the order total was ${paidTotal})` : ''}.`;
    case 'replacement':
      return c.reason === 'not-received'
        ? 'I request that the order be sent again at no extra cost to me.'
        : 'I request a replacement of the item at no extra cost to me.';
    case 'return-and-refund':
      return `I am prepared to return the item at ${expense}, and I request a full refund${total ? ` of ${total}` : ''} once it is returned.`;
  }
}

function contactLines(c: ContactFacts): string[] {
  return present([c.name && `Name: ${c.name}`, c.email && `E-mail: ${c.email}`, c.phone && `Phone: ${c.phone}`, c.country && `Country: ${c.country}`]);
}

export const en: ComplaintTemplates = {
  locale: 'en-GB', // "2 November 2026", "US$12.34": day-month order and an explicit dollar, unambiguous worldwide
  opening: {
    'seller-message': (c) => `Hello,\n\nI am writing about ${order(c)}: ${titleFor(c)}.`,
    'platform-dispute': (c) => (c.order.orderId ? `Order ${c.order.orderId}: ${titleFor(c)}.` : `${sentenceCase(titleFor(c))}.`),
    'platform-escalation': (c) => {
      const name = marketplace(c);
      return `${name ? `Hello ${name} team,` : 'Hello,'}\n\nPlease review my dispute about ${order(c)} (${titleFor(c)}). The seller and I have not been able to resolve it.`;
    },
    'payment-dispute': (c) => {
      const name = marketplace(c);
      const to = c.order.seller ? ` to ${c.order.seller}` : '';
      const what = c.order.orderId ? `${name ? `${name} ` : ''}order ${c.order.orderId}` : `my ${name ? `${name} ` : ''}order`;
      return `I am disputing my payment${to} for ${what}: ${titleFor(c)}.`;
    },
    'formal-claim': (c) => {
      const name = marketplace(c);
      const when = c.order.orderDate ? `On ${c.order.orderDate}, I` : 'I';
      return `${when} placed ${c.order.orderId ? `order ${c.order.orderId}` : 'an order'} with you${name ? ` on ${name}` : ''}.`;
    },
  },
  shortOpening: {
    'seller-message': (c) => `Hello! ${c.order.orderId ? `Order ${c.order.orderId}` : 'My order'}: ${titleFor(c)}.`,
    'platform-escalation': (c) => `Please review my dispute about ${order(c)} (${titleFor(c)}): the seller has not resolved it.`,
  },
  facts: { full: factLines, short: shortFacts },
  reason: reasonSentence,
  incident: incidentSentence,
  evidence: {
    heading: 'Evidence attached:',
    attachmentsHeading: 'Attachments:',
    line: evidenceLine,
    summary: (count, byCategory) => `Attached: ${count} (${byCategory.map(([k, n]) => `${KINDS[k]}: ${n}`).join(', ')}).`,
  },
  outcome,
  answerBy: (c) => {
    const { days, articleEn } = c.answerRule;
    const law = c.russianLaw ? `, as required by ${articleEn} of the Russian Federation Law “On Protection of Consumer Rights”` : '';
    return `Please settle this claim within ${days} days of receiving it${law}.`;
  },
  reserveRights: 'If the claim is not settled, I reserve the right to refer the matter to the consumer protection authority or to court.',
  closing: {
    'seller-message': 'Thank you, and I look forward to your reply.',
    'platform-dispute': 'Thank you for reviewing my case.',
    'platform-escalation': 'Thank you for your help.',
    'payment-dispute': 'Thank you for reviewing this dispute.',
    'formal-claim': '',
  },
  shortClosing: {
    'seller-message': 'Thank you.',
    'platform-dispute': 'Thank you.',
    'platform-escalation': 'Thank you.',
    'payment-dispute': 'Thank you.',
    'formal-claim': '',
  },
  contact: { heading: 'My contact details:', lines: contactLines },
  formal: {
    header: (c) => {
      const name = marketplace(c);
      const to = `To: ${c.order.seller ?? 'the seller'}${name ? `, seller on ${name}` : ''}`;
      return present([to, c.contact.name && `From: ${c.contact.name}`, ...contactLines({ ...c.contact, name: undefined })]);
    },
    title: (c) => ['Formal complaint', `Re: ${order(c)} — ${titleFor(c)}`],
    signature: (c) => [`Date: ${c.today}`, `Signature: ____________${c.contact.name ? ` ${c.contact.name}` : ''}`],
  },
};
