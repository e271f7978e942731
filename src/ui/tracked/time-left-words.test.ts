import { describe, expect, it } from 'vitest';
import { timeLeftWords } from './time-left-words';
import { wordsLocale } from './words-locale';

const NOW = new Date('2026-11-24T10:00:00Z');
const after = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

describe('timeLeftWords', () => {
  it('counts days and hours by the clock, dropping a zero part', () => {
    expect(timeLeftWords(NOW, after((4 * 24 + 6) * 60), 'UTC', 'en')).toBe('4 days 6 hours');
    expect(timeLeftWords(NOW, after(3 * 24 * 60 + 59), 'UTC', 'en')).toBe('3 days');
    expect(timeLeftWords(NOW, after(60), 'UTC', 'en')).toBe('1 hour');
    expect(timeLeftWords(NOW, after(35), 'UTC', 'en')).toBe('35 minutes');
  });

  it('uses the plural forms of the language (Russian has three)', () => {
    expect(timeLeftWords(NOW, after(24 * 60), 'UTC', 'ru')).toBe('1 день');
    expect(timeLeftWords(NOW, after(2 * 24 * 60), 'UTC', 'ru')).toBe('2 дня');
    expect(timeLeftWords(NOW, after(5 * 24 * 60), 'UTC', 'ru')).toBe('5 дней');
  });
});

describe('wordsLocale', () => {
  it('keeps the browser locale when it speaks the dictionary language, else follows the dictionary', () => {
    expect(wordsLocale('en', 'en-GB')).toBe('en-GB');
    expect(wordsLocale('en', 'ru-RU')).toBe('en');
    expect(wordsLocale('ru', 'ru-RU')).toBe('ru-RU');
  });
});
