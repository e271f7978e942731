// Stands in for WXT's ContentScriptContext in the content-script builds (aliased by
// src/manifest/content-script-aliases.ts; WXT's entry wrapper constructs it and passes it to main).
//
// WXT's context, on every start, dispatches a CustomEvent on the page's `document` named
// "<extension id>:<script>:wxt:content-script-started" (to stop the copies of an older version).
// DOM events cross from the content script's world to the page's, so any shop that knows
// ClaimKit's store id, as fingerprinting scripts keep lists of them, could tell that ClaimKit is
// installed (tests/e2e/non-order-pages.e2e.ts listens for it). ClaimKit's content script never
// used the context (its main takes no argument): this one does nothing and says nothing.
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
