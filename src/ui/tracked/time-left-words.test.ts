import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translator';
import { timeLeftWords } from './time-left-words';

const NOW = new Date('2026-11-24T10:00:00Z');
const after = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const { tn: en } = createTranslator('en', 'en-GB');
const { tn: ru } = createTranslator('ru', 'ru-RU');

describe('timeLeftWords', () => {
  it('counts days and hours by the clock, dropping a zero part', () => {
    expect(timeLeftWords(NOW, after((4 * 24 + 6) * 60), 'UTC', en)).toBe('4 days 6 hours');
    expect(timeLeftWords(NOW, after(3 * 24 * 60 + 59), 'UTC', en)).toBe('3 days');
    expect(timeLeftWords(NOW, after(60), 'UTC', en)).toBe('1 hour');
    expect(timeLeftWords(NOW, after(35), 'UTC', en)).toBe('35 minutes');
    expect(timeLeftWords(NOW, after(-5), 'UTC', en)).toBe('0 minutes');
  });

  it('uses the plural forms of the language (Russian has three), minutes as said after "через"', () => {
    expect(timeLeftWords(NOW, after(24 * 60), 'UTC', ru)).toBe('1 день');
    expect(timeLeftWords(NOW, after(2 * 24 * 60), 'UTC', ru)).toBe('2 дня');
    expect(timeLeftWords(NOW, after(5 * 24 * 60), 'UTC', ru)).toBe('5 дней');
    expect(timeLeftWords(NOW, after((21 * 24 + 22) * 60), 'UTC', ru)).toBe('21 день 22 часа');
    expect(timeLeftWords(NOW, after(11 * 60), 'UTC', ru)).toBe('11 часов');
    expect(timeLeftWords(NOW, after(1), 'UTC', ru)).toBe('1 минуту');
    expect(timeLeftWords(NOW, after(3), 'UTC', ru)).toBe('3 минуты');
  });
});
