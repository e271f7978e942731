// @vitest-environment happy-dom
import { fuzzAdapterFixtures } from '../../../tests/support/fuzz-adapter';
import { aliexpress } from './index';

// Every AliExpress fixture, damaged 300 times (tests/support/fuzz-adapter.ts): no throw, schema-valid
// readings, never a wrong order number or total. Any element may be deleted except one character of a
// price printed one character per span (`es--char--`, order-list-global-en): deleting "1" from
// "US $17.05" does not damage the page's structure, it rewrites the amount the page shows ("US $7.05"),
// which no reader, human or not, can tell from a real price.
fuzzAdapterFixtures(aliexpress, { deletable: (el) => !/(^|\s)es--char--/.test(el.getAttribute('class') ?? '') });
