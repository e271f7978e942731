// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { latinWords } from './latin-words';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  // A test's own markup, not page text: the helper reads what React would have rendered.
  root.append(document.createRange().createContextualFragment(html));
  return root;
}

describe('latinWords', () => {
  it('finds English in text and in the attributes a user sees or hears', () => {
    const root = page('<p>Сохранено: Screenshot</p><button aria-label="Copy номер" title="Подсказка">Копировать</button><input placeholder="Type here">');
    expect(latinWords(root).map((line) => line.split(' ')[0])).toEqual(['Screenshot', 'Copy', 'Type', 'here']);
    expect(latinWords(root)[1]).toBe('Copy (in aria-label: "Copy номер")');
  });

  it('lets names, currency codes, the fixture’s own words, other-language subtrees and ignored parts through', () => {
    const root = page(
      '<p>ClaimKit: заказ на AliExpress, 12,34 USD, товар «Phone case»</p>' +
        '<option lang="en">English</option><div class="core">Open a dispute</div><p lang="ru-RU">Срок</p>',
    );
    expect(latinWords(root, { allow: ['Phone case'], ignore: '.core' })).toEqual([]);
    expect(latinWords(root, { allow: ['Phone case'] })).toHaveLength(3);
  });
});
