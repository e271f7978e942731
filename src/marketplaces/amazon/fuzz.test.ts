// @vitest-environment happy-dom
import { fuzzAdapterFixtures } from '../../../tests/support/fuzz-adapter';
import { amazon } from './index';

// Every amazon fixture, damaged 300 times (tests/support/fuzz-adapter.ts): no throw, schema-valid
// readings, never a wrong order number or total.
fuzzAdapterFixtures(amazon, { timeoutMs: 120_000 });
