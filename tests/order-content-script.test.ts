import { describe, expect, it } from 'vitest';
import orderScript from '../entrypoints/order.content';

// Content-script builds replace WXT's ContentScriptContext with a silent stand-in that has none of
// its methods (src/platform/quiet-content-script-context.ts): WXT's announces every start to the
// page with ClaimKit's id. Code that took the context and called ctx.onInvalidated or
// ctx.setTimeout would type-check against WXT's type and fail only in the browser.
describe('the order content script', () => {
  it('takes no context argument', () => {
    expect(orderScript.main.length).toBe(0);
  });
});
