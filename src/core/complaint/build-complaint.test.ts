import { describe, expect, it } from 'vitest';
import { fakeEvidence, fakeOrder, fakeReading } from '../../../tests/support/builders';
import { complaintChannelSchema, complaintOutcomeSchema, complaintReasonSchema, type ComplaintChannel } from '../../model/complaint';
import type { Evidence } from '../../model/evidence';
import { formatMoney } from '../format/format-money';
import { buildComplaint } from './build-complaint';
import { channelLimit } from './channel-limits';
import { checkTone } from './check-tone';
import type { ComplaintInput } from './complaint-input';

const LOCALE = { en: 'en-GB', ru: 'ru-RU' } as const;
const PLACEHOLDER = /[{}]|undefined|null|NaN|\[object/;

const ORDER = fakeOrder({
  items: [{ title: 'TWS Wireless Earbuds Pro', variant: 'Color: Black', quantity: 1, unitPrice: { minor: 4297, currency: 'USD' } }],
  total: { minor: 4297, currency: 'USD' },
  seller: { name: 'Sound Pro Official Store' },
  tracking: [{ number: 'LP00123456789CN', carrier: 'Cainiao' }],
  dates: { ordered: '2026-11-02', shipped: '2026-11-04', delivered: '2026-11-19', estimatedDelivery: { to: '2026-11-25' } },
  paymentMethod: 'PayPal',
});

/** One of every evidence kind, each with the name a reader would look for. */
const EVIDENCE: { item: Evidence; name: string }[] = [
  { item: fakeEvidence({ id: 'p', kind: 'file', mime: 'image/jpeg', fileName: 'IMG_0412.jpg', pageTitle: undefined }), name: 'IMG_0412.jpg' },
  { item: fakeEvidence({ id: 'v', kind: 'file', mime: 'video/mp4', fileName: 'unboxing.mp4', pageTitle: undefined }), name: 'unboxing.mp4' },
  { item: fakeEvidence({ id: 's', kind: 'screenshot-full-stitched', pageTitle: 'Product page as listed' }), name: 'Product page as listed' },
  { item: fakeEvidence({ id: 'r', kind: 'screenshot-full-rendered', pageTitle: 'Order details' }), name: 'Order details' },
  { item: fakeEvidence({ id: 'e', kind: 'screenshot-element', pageTitle: 'Specifications block' }), name: 'Specifications block' },
  { item: fakeEvidence({ id: 'q', kind: 'quote', pageTitle: 'Chat with the seller', text: 'We ship in 3 days' }), name: 'Chat with the seller' },
  { item: fakeEvidence({ id: 'l', kind: 'link', text: 'Tracking page', url: 'https://global.cainiao.com/detail.htm?mailNoList=LP00123456789CN' }), name: 'Tracking page' },
  { item: fakeEvidence({ id: 'n', kind: 'page-snapshot', mime: 'text/html', pageTitle: 'Saved listing' }), name: 'Saved listing' },
  { item: fakeEvidence({ id: 'i', kind: 'image', pageTitle: 'Listing photo' }), name: 'Listing photo' },
];

const CONTACT = { name: 'Anna Petrova', email: 'anna@example.com', phone: '+7 900 000-00-00', country: 'Russia' };

function fakeInput(overrides: Partial<ComplaintInput> = {}): ComplaintInput {
  return {
    order: ORDER,
    reason: 'not-as-described',
    outcome: 'partial-refund',
    partialAmount: { minor: 1500, currency: 'USD' },
    incidentDate: '2026-11-20',
    facts: 'The listing says active noise cancelling, but the app has no such mode',
    evidence: EVIDENCE.map((e) => e.item),
    contact: CONTACT,
    channel: 'platform-dispute',
    language: 'en',
    now: new Date('2026-11-24T10:00:00Z'),
    timeZone: 'Europe/Moscow',
    ...overrides,
  };
}

const reasons = complaintReasonSchema.options;
const channels = complaintChannelSchema.options;
const outcomes = complaintOutcomeSchema.options;
const languages = ['en', 'ru'] as const;
const matrix = reasons.flatMap((reason) => channels.flatMap((channel) => languages.map((language) => ({ reason, channel, language }))));

describe('buildComplaint: every reason × channel × language', () => {
  it.each(matrix)('$reason / $channel / $language: every fact from the data, within the limit, no placeholder', ({ reason, channel, language }) => {
    const built = buildComplaint(fakeInput({ reason, channel, language }));
    const { text, short } = built;
    expect(text).toContain('8181234567890123');
    expect(text).toContain(formatMoney(ORDER.total!, LOCALE[language]));
    expect(text).toContain('TWS Wireless Earbuds Pro');
    expect(text).toContain('Color: Black');
    expect(text).toContain('Sound Pro Official Store');
    expect(text).toContain('LP00123456789CN');
    for (const { name } of EVIDENCE) expect(text).toContain(name);
    expect(text).not.toMatch(PLACEHOLDER);
    expect(built.length).toBe(text.length);
    expect(built.limit).toBe(channelLimit(channel, 'aliexpress').chars);
    expect(built.fits).toBe(text.length <= built.limit);
    if (built.fits) expect(short).toBeNull();
    else {
      expect(short!.length).toBeLessThanOrEqual(built.limit);
      expect(short).not.toMatch(PLACEHOLDER);
      expect(short).toContain('8181234567890123');
    }
  });

  it.each(matrix)('$reason / $channel / $language: our own wording passes the tone check', ({ reason, channel, language }) => {
    const built = buildComplaint(fakeInput({ reason, channel, language, facts: '' }));
    const ignore = ['TWS Wireless Earbuds Pro', ...EVIDENCE.map((e) => e.name)];
    expect(checkTone(built.text, language, { ignore })).toEqual([]);
    if (built.short) expect(checkTone(built.short, language, { ignore })).toEqual([]);
  });
});

describe('buildComplaint: outcomes', () => {
  const cases = outcomes.flatMap((outcome) => channels.flatMap((channel) => languages.map((language) => ({ outcome, channel, language }))));

  it.each(cases)('$outcome / $channel / $language: the wanted outcome is stated, a partial refund with its amount', ({ outcome, channel, language }) => {
    const built = buildComplaint(fakeInput({ outcome, channel, language }));
    const amount = formatMoney({ minor: 1500, currency: 'USD' }, LOCALE[language]);
    if (outcome === 'partial-refund') {
      expect(built.text).toContain(amount);
      if (built.short) expect(built.short).toContain(amount);
    } else {
      expect(built.text).not.toContain(amount);
    }
  });

  it('asks for a replacement to be re-sent when nothing arrived', () => {
    expect(buildComplaint(fakeInput({ reason: 'not-received', outcome: 'replacement' })).text).toContain('sent again');
    expect(buildComplaint(fakeInput({ reason: 'not-received', outcome: 'replacement', language: 'ru' })).text).toContain('повторно отправить');
  });
});

describe('buildComplaint: missing facts are left out, never printed', () => {
  const bare = fakeReading({
    orderId: undefined,
    items: [],
    total: undefined,
    seller: undefined,
    status: undefined,
    dates: {},
    tracking: [],
  });
  const emptyContact = { name: '', email: '', phone: '', country: '' };

  it.each(channels.flatMap((channel) => languages.map((language) => ({ channel, language }))))(
    '$channel / $language with no order number, date, amount, seller, evidence, facts or contact',
    ({ channel, language }) => {
      const built = buildComplaint(
        fakeInput({ order: bare, channel, language, evidence: [], facts: '  ', contact: emptyContact, partialAmount: undefined, incidentDate: undefined }),
      );
      for (const text of [built.text, built.short ?? '']) {
        expect(text).not.toMatch(PLACEHOLDER);
        expect(text).not.toMatch(/: *$/m); // no label left dangling without its value
        expect(text).not.toMatch(/№ *[:.)]|order +[:.)]/i);
      }
      expect(built.text).not.toMatch(/Order number|Номер заказа|Amount paid|Сумма оплаты|Seller:|Продавец:|Evidence|Доказательства|Приложения|Attachments/);
    },
  );
});

describe('buildComplaint: per-channel conventions', () => {
  const text = (channel: ComplaintChannel, language: 'en' | 'ru', overrides: Partial<ComplaintInput> = {}) =>
    buildComplaint(fakeInput({ channel, language, ...overrides })).text;

  it('gives contact details only where the reader needs them (payment dispute, formal claim)', () => {
    for (const language of languages) {
      expect(text('seller-message', language)).not.toContain('anna@example.com');
      expect(text('platform-dispute', language)).not.toContain('anna@example.com');
      expect(text('payment-dispute', language)).toContain('anna@example.com');
      expect(text('payment-dispute', language)).toContain('+7 900 000-00-00');
      expect(text('formal-claim', language)).toContain('anna@example.com');
      expect(text('formal-claim', language)).toContain('Russia');
    }
  });

  it('sets an answer deadline in a formal claim only, with the statute in Russian', () => {
    expect(text('seller-message', 'en')).not.toMatch(/within \d+ days/);
    expect(text('seller-message', 'ru')).not.toMatch(/в течение/);
    const claim = text('formal-claim', 'ru');
    expect(claim).toContain('ПРЕТЕНЗИЯ');
    expect(claim).toContain('Кому: продавцу «Sound Pro Official Store»');
    expect(claim).toContain('Прошу соразмерно уменьшить покупную цену');
    expect(claim).toContain('В соответствии со ст. 22 Закона РФ «О защите прав потребителей»');
    expect(claim).toContain('в течение 10 дней');
    expect(claim).toMatch(/Дата: 24 ноября 2026 г\.\nПодпись: _+ \/ Anna Petrova$/);
    expect(text('formal-claim', 'ru', { outcome: 'replacement' })).toMatch(/ст\. 21 .*в течение 7 дней/);
    expect(text('formal-claim', 'ru', { reason: 'not-received', outcome: 'full-refund' })).toContain('ст. 23.1');
    expect(text('formal-claim', 'en')).toContain('within 10 days');
  });

  it('cites Russian law in an English claim only for a buyer in Russia', () => {
    expect(text('formal-claim', 'en')).toContain('Article 22 of the Russian Federation Law');
    expect(text('formal-claim', 'en', { contact: { ...CONTACT, country: 'Germany' } })).not.toContain('Russian');
  });

  it('writes Russian dates with their case ending and no doubled full stop', () => {
    const claim = text('platform-dispute', 'ru');
    expect(claim).toContain('Дата заказа: 2 ноября 2026 г.');
    expect(claim).toContain('Проблема обнаружена 20 ноября 2026 г. The listing');
    expect(claim).not.toContain('г..');
    const short = buildComplaint(fakeInput({ language: 'ru' })).short ?? '';
    expect(short).not.toContain('г..');
  });

  it('keeps a page calendar day the same day whatever the user’s zone', () => {
    expect(text('platform-dispute', 'en', { timeZone: 'Pacific/Auckland' })).toContain('Order date: 2 November 2026');
    expect(text('platform-dispute', 'en', { timeZone: 'America/Los_Angeles' })).toContain('Order date: 2 November 2026');
  });

  it('says whether the estimated delivery date has passed, from `now` in the user’s zone', () => {
    const notReceived = { reason: 'not-received' as const, outcome: 'full-refund' as const };
    expect(text('platform-dispute', 'en', { ...notReceived, now: new Date('2026-11-26T10:00:00Z') })).toContain('25 November 2026, has passed');
    expect(text('platform-dispute', 'en', { ...notReceived, now: new Date('2026-11-24T10:00:00Z') })).toContain('the estimated delivery date is 25 November 2026');
  });

  it('lists several products one per line', () => {
    const order = fakeOrder({
      items: [
        { title: 'Phone case', quantity: 2 },
        { title: 'Screen protector', variant: '2 pcs', quantity: 1 },
      ],
    });
    expect(text('platform-dispute', 'en', { order })).toContain('Products:\n  1. Phone case, quantity: 2\n  2. Screen protector (2 pcs), quantity: 1');
    expect(text('platform-dispute', 'ru', { order })).toContain('Товары:\n  1. Phone case, количество: 2 шт.');
  });

  it('addresses the seller as «Вы» with a capital letter in Russian', () => {
    expect(text('seller-message', 'ru')).toContain('Жду Вашего ответа');
    expect(text('formal-claim', 'ru')).toContain('в Вашем магазине на площадке AliExpress');
  });
});

describe('buildComplaint: the compact version', () => {
  const long = Array.from({ length: 12 }, (_, i) => `Detail number ${i + 1} about the difference between the listing and the item.`).join(' ');

  it('keeps the order facts, counts the evidence by kind and cuts the user’s words at a sentence', () => {
    const built = buildComplaint(fakeInput({ facts: long }));
    expect(built.fits).toBe(false);
    expect(built.truncated).toBe(true);
    const short = built.short!;
    expect(short.length).toBeLessThanOrEqual(500);
    expect(short).toContain('8181234567890123');
    expect(short).toContain('US$42.97');
    expect(short).toContain('US$15.00');
    expect(short).toContain('Sound Pro Official Store');
    expect(short).toMatch(/Attached: 9 \(photos: 1, videos: 1, screenshots: 3, quotes: 1, links: 1, saved pages: 1, images: 1\)\./);
    expect(short).toContain('Detail number 1 about');
    expect(short).not.toContain('Detail number 12');
    expect(short).toMatch(/the item\.\n\nAttached/); // the cut lands at the end of a sentence
  });

  it('does not flag a compact version that kept everything', () => {
    const built = buildComplaint(fakeInput({ channel: 'seller-message' }));
    expect(built.fits).toBe(false);
    expect(built.truncated).toBe(false);
    expect(built.short).toContain('The listing says active noise cancelling, but the app has no such mode.');
  });

  it('shortens very long product titles in the compact version only', () => {
    const title = 'TWS Wireless Earbuds Bluetooth 5.3 Headphones HiFi Stereo Noise Cancelling Earphones With Microphone Sports Waterproof Headset';
    const built = buildComplaint(fakeInput({ order: fakeOrder({ ...ORDER, items: [{ title, quantity: 1 }] }) }));
    expect(built.text).toContain(title);
    expect(built.short).not.toContain(title);
    expect(built.short).toContain('TWS Wireless Earbuds Bluetooth 5.3 Headphones HiFi Stereo…;');
  });
});

describe('buildComplaint: the evidence list', () => {
  const listed = (evidence: Evidence[], language: 'en' | 'ru' = 'en') => buildComplaint(fakeInput({ evidence, language, channel: 'payment-dispute' })).text;

  it('names each item by kind, name and capture time in the user’s zone, with the user’s note', () => {
    const photo = fakeEvidence({ kind: 'file', mime: 'image/jpeg', fileName: 'IMG_0412.jpg', capturedAt: '2026-11-19T07:15:02.000Z', note: 'scratch\n on the lid' });
    expect(listed([photo])).toContain('Evidence attached:\n1. Photo “IMG_0412.jpg” (19 November 2026 at 10:15) — scratch on the lid');
    expect(listed([photo], 'ru')).toContain('Доказательства:\n1. Фото «IMG_0412.jpg» (19 ноября 2026 г. в 10:15) — scratch on the lid');
  });

  it('says a rendered full-page capture is a re-drawn copy, gives a link’s address and a quote’s words', () => {
    const text = listed([
      fakeEvidence({ kind: 'screenshot-full-rendered', pageTitle: 'Listing' }),
      fakeEvidence({ kind: 'link', text: 'Tracking page', url: 'https://track.example/LP1', pageTitle: undefined }),
      fakeEvidence({ kind: 'quote', pageTitle: 'Chat', text: 'We   ship\nin 3 days' }),
    ]);
    expect(text).toContain('1. Screenshot (re-drawn copy of the page) “Listing”');
    expect(text).toContain('2. Link “Tracking page”: https://track.example/LP1');
    expect(text).toContain('3. Quoted text “Chat”: “We ship in 3 days”');
  });

  it('lists an item with no name by kind and time alone', () => {
    expect(listed([fakeEvidence({ pageTitle: undefined, url: undefined })])).toContain('1. Screenshot (24 November 2026 at 13:05)');
  });
});
