// Types for lint-walls.js (plain JavaScript, as ESLint's own config is), for tests/lint-walls.test.ts.
import type { Linter } from 'eslint';

export declare const lintWalls: Linter.Config;
