// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/load-fixture';
import { aliexpressOrderBlock } from './order-block';

const FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures');

describe('the order block', () => {
  it.each(['order-detail-global-en', 'order-detail-global-fr', 'order-detail-legacy', 'order-detail-ru', 'order-detail-ru-en'])(
    '%s: holds every product the page lists, and is smaller than the page',
    (name) => {
      const doc = loadFixture(`aliexpress/${name}.html`);
      const expected = JSON.parse(readFileSync(join(FIXTURES, `aliexpress/${name}.expected.json`), 'utf8')) as { order: { items: { title: string }[] } };
      const block = aliexpressOrderBlock(doc)!;
      expect(block).not.toBeNull();
      expect(block).not.toBe(doc.documentElement);
      expect(block).not.toBe(doc.body);
      const text = (block.textContent ?? '').replace(/\s+/g, ' ');
      for (const item of expected.order.items) expect(text).toContain(item.title.replace(/\s+/g, ' '));
    },
  );

  it('is null on a page that is not an order page', () => {
    expect(aliexpressOrderBlock(loadFixture('aliexpress/not-an-order.html'))).toBeNull();
  });
});
