import { describe, expect, it } from 'vitest';
import { foldText, normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('turns every kind of space into one plain space and trims', () => {
    expect(normalizeText(' 1\u00A0234\u202F567\u2009₽ \n\t')).toBe('1 234 567 ₽');
  });

  it('drops zero-width, bidi and soft-hyphen characters', () => {
    expect(normalizeText('US\u200B $\u200E12\u00AD.34\uFEFF')).toBe('US $12.34');
  });

  it('maps fullwidth forms to ASCII', () => {
    expect(normalizeText('￥１２３４')).toBe('¥1234');
  });

  it('returns "" for whitespace only', () => {
    expect(normalizeText('\u00A0 \u200B')).toBe('');
  });
});

describe('foldText', () => {
  it('lower-cases and removes diacritics, including ё', () => {
    expect(foldText('Terminé')).toBe('termine');
    expect(foldText('ЗАВЕРШЁН')).toBe('завершен');
    expect(foldText('März')).toBe('marz');
  });
});
