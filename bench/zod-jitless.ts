// Imported first by bench/seed-entry.ts, before any schema is built. zod compiles parsers with
// `new Function` when a probe says eval is allowed; that probe runs while the bundle is evaluated
// through DevTools, which may eval, but the worker's CSP forbids it in every later call. zod keeps
// its config on globalThis, so this also reaches the background's copy, which cannot eval anyway.
import { config } from 'zod';

config({ jitless: true });
