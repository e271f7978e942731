import { describe, expect, it } from 'vitest';
import { checkTone, type ToneIssue } from './check-tone';

const kinds = (issues: ToneIssue[]) => issues.map((i) => `${i.kind}:${i.match}`);

describe('checkTone: English', () => {
  it.each([
    ['This seller is a scam.', 'insult:scam'],
    ['You SCAMMERS took my money', 'insult:SCAMMERS'],
    ['You are liars', 'insult:liars'],
    ['The item is garbage', 'insult:garbage'],
    ['I will destroy your shop', 'threat:I will destroy your shop'],
    ['I’ll sue you', 'threat:I’ll sue you'],
    ['You will regret this', 'threat:You will regret this'],
    ['I am going to leave a negative review', 'threat:I am going to leave a negative review'],
    ['I am so angry about this', 'filler:I am so angry'],
    ['I’m furious', 'filler:I’m furious'],
    ['This is ridiculous', 'filler:This is ridiculous'],
  ])('flags %j', (text, expected) => {
    expect(kinds(checkTone(text, 'en'))).toContain(expected);
  });

  it.each([
    'The USB cable does not charge; the LED stays off.',
    'Order 8181234567890123, tracking LP00123456789CN, paid 42.97 USD.',
    'If this is not resolved, I will escalate to AliExpress.',
    'I will open a PayPal dispute and, if needed, take the matter to court.',
    'The ID on the box differs from the listing (HDMI 2.1 listed, HDMI 1.4 printed).',
    'I scanned the QR code; the SKU is wrong.',
    'The parcel was damaged in transit; the scale shows 0.8 kg, not 1.2 kg.',
    '',
  ])('finds nothing to fix in %j', (text) => {
    expect(checkTone(text, 'en')).toEqual([]);
  });

  it('treats two capitalised words in a row, or one of five letters, as shouting', () => {
    expect(kinds(checkTone('PLEASE HELP me', 'en'))).toEqual(['caps:PLEASE HELP']);
    expect(kinds(checkTone('I want a REFUND now', 'en'))).toEqual(['caps:REFUND']);
    expect(kinds(checkTone('I DO NOT AGREE', 'en'))).toEqual(['caps:DO NOT AGREE']);
    expect(checkTone('It is NOT ok', 'en')).toEqual([]); // one short word is emphasis, not shouting
    expect(checkTone('USB LED HDMI', 'en')).toEqual([]); // abbreviations in a row
    expect(checkTone('USB-C port', 'en')).toEqual([]);
  });

  it('flags rows of ! and ?, not a single mark', () => {
    expect(kinds(checkTone('Where is my parcel??', 'en'))).toEqual(['punctuation:??']);
    expect(kinds(checkTone('Really?!?!', 'en'))).toEqual(['punctuation:?!?!']);
    expect(kinds(checkTone('Stop!!!', 'en'))).toEqual(['punctuation:!!!']);
    expect(checkTone('Where is my parcel? It is late!', 'en')).toEqual([]);
  });

  it('reports where each issue is, sorted, with a neutral suggestion', () => {
    const text = 'Hello. You are SCAMMERS!!!';
    const issues = checkTone(text, 'en');
    expect(issues.map((i) => i.index)).toEqual([15, 15, 23]);
    for (const issue of issues) {
      expect(text.slice(issue.index, issue.index + issue.match.length)).toBe(issue.match);
      expect(issue.suggestion.length).toBeGreaterThan(10);
    }
    expect(issues.find((i) => i.kind === 'caps')?.suggestion).toBe('Write it in normal case: “Scammers”.');
  });

  it('matches whole words only', () => {
    expect(checkTone('The scampi arrived cold; a liaison office', 'en')).toEqual([]);
    expect(checkTone('Megatrash brand', 'en')).toEqual([]);
  });

  it('skips text copied from the page when asked to', () => {
    const title = 'XIAOMI REDMI Buds 4';
    expect(kinds(checkTone(`Product: ${title}`, 'en'))).toEqual(['caps:XIAOMI REDMI']);
    expect(checkTone(`Product: ${title}`, 'en', { ignore: [title] })).toEqual([]);
  });
});

describe('checkTone: Russian', () => {
  it.each([
    ['Вы мошенники', 'insult:мошенники'],
    ['Это мошенничество', 'insult:мошенничество'],
    ['Продавец — мошенник', 'insult:мошенник'],
    ['Меня обманули', 'insult:обманули'],
    ['Вы воры', 'insult:воры'],
    ['Прислали барахло', 'insult:барахло'],
    ['Я вас засужу', 'threat:засужу'],
    ['Я вас накажу', 'threat:накажу'],
    ['Уничтожу ваш магазин', 'threat:Уничтожу'],
    ['Оставлю негативный отзыв', 'threat:Оставлю негативный отзыв'],
    ['Я в ярости', 'filler:Я в ярости'],
    ['Это просто ужас', 'filler:просто ужас'],
    ['Сколько можно ждать', 'filler:Сколько можно'],
  ])('flags %j', (text, expected) => {
    expect(kinds(checkTone(text, 'ru'))).toContain(expected);
  });

  it.each([
    'Если вопрос не решится, обращусь в суд.',
    'Обращусь в Роспотребнадзор и открою спор на AliExpress.',
    'Товар уничтожен при доставке: коробка смята.',
    'На ткани ворс другого цвета, ворота на фото не те.',
    'Нож тупой, хотя заявлена заточка.',
    'Кабель USB не заряжает, светодиод LED не горит. Оплачено 4 297 ₽ через СДЭК, ИНН продавца в чеке.',
    'ПРЕТЕНЗИЯ',
  ])('finds nothing to fix in %j', (text) => {
    expect(checkTone(text, 'ru')).toEqual([]);
  });

  it('is case-insensitive and finds Cyrillic word boundaries (JS \\b does not)', () => {
    expect(kinds(checkTone('ВЫ МОШЕННИКИ', 'ru'))).toEqual(['caps:ВЫ МОШЕННИКИ', 'insult:МОШЕННИКИ']);
    expect(kinds(checkTone('(мошенники)', 'ru'))).toEqual(['insult:мошенники']);
    expect(checkTone('Супервор и воронка', 'ru')).toEqual([]);
  });

  it('flags shouting and rows of marks with Russian suggestions', () => {
    const issues = checkTone('ВЕРНИТЕ ДЕНЬГИ?!', 'ru');
    expect(kinds(issues)).toEqual(['caps:ВЕРНИТЕ ДЕНЬГИ', 'punctuation:?!']);
    expect(issues[0]?.suggestion).toBe('Напишите обычными буквами: «Верните деньги».');
    expect(issues[1]?.suggestion).toBe('Оставьте один знак: точку или вопросительный знак.');
  });
});
