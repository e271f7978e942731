// @vitest-environment happy-dom
import { fuzzAdapterFixtures } from '../../../tests/support/fuzz-adapter';
import { temu } from './index';

// Every temu fixture, damaged 300 times (tests/support/fuzz-adapter.ts): no throw, schema-valid
// readings, never a wrong order number or total.
fuzzAdapterFixtures(temu, { timeoutMs: 60_000 });
