import { describe, expect, it, vi } from 'vitest';
import { createMessageListener } from '../platform/messaging';
import { ERROR_WORDS, UserError } from './user-error';

describe('UserError', () => {
  it('says what went wrong in English for logs and in the user\'s language on request', () => {
    const error = new UserError('noCaseToExport', { caseKey: 'aliexpress:8181234567890123' });
    expect(error.message).toBe('There is no case aliexpress:8181234567890123 to export.');
    expect(error.in('ru')).toBe('Нет дела aliexpress:8181234567890123 для экспорта.');
    expect(error).toBeInstanceOf(Error);
  });

  it('has Russian words for every error, with the same placeholders', () => {
    for (const [key, english] of Object.entries(ERROR_WORDS.en)) {
      const russian = ERROR_WORDS.ru[key as keyof typeof ERROR_WORDS.ru];
      expect(russian, key).toMatch(/[а-яё]/i);
      expect([...russian.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), key).toEqual([...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
    }
  });

  it('reaches the page in the user\'s language through the message listener; other errors keep their words', async () => {
    const handlers = {
      'orders/list': () => Promise.reject(new UserError('tabGone')),
      'drafts/list': () => Promise.reject(new Error('disk on fire')),
    };
    const listener = createMessageListener(handlers, () => ({ extensionId: 'ck', extensionOrigin: 'chrome-extension://ck' }) as never, { warn: vi.fn() }, async (error) =>
      error instanceof UserError ? error.in('ru') : undefined,
    );
    const fromPage = { id: 'ck', url: 'chrome-extension://ck/popup.html' };
    expect(await listener({ type: 'orders/list', data: {} }, fromPage)).toEqual({ ok: false, error: 'Этой вкладки больше нет: откройте страницу снова и повторите.' });
    expect(await listener({ type: 'drafts/list', data: {} }, fromPage)).toEqual({ ok: false, error: 'disk on fire' });
  });
});
