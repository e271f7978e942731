// Bundled by bench/readers.ts into one script for Chromium: the same readers the extension runs.
import { readPage } from '../src/marketplaces/read-page';
import { adapterOrGeneric } from '../src/marketplaces/registry';

Object.assign(globalThis, {
  claimkitBench(url: string, runs: number) {
    const adapter = adapterOrGeneric(new URL(url));
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const reading = readPage(adapter, document, new URL(url), new Date());
      times.push(performance.now() - start);
      if (reading.order?.orderId || reading.orders?.length) found++;
    }
    return { times, found, marketplace: adapter.id };
  },
});
