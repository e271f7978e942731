#!/usr/bin/env node
// `npm test`: every check CI runs, cheapest first, with the time of each step, closing on the
// plain line CI reads: "N passed, N failed" (tests counted from vitest's JSON reports; a failed
// step that is not a test suite — lint, typecheck, build, budget — counts as one failure).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const only = process.argv.includes('--unit') ? 'unit' : process.argv.includes('--e2e') ? 'e2e' : 'all';
mkdirSync('.tmp', { recursive: true });
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

const steps = [
  { name: 'lint', cmd: 'npx eslint . --max-warnings 0', when: ['all'] },
  { name: 'typecheck', cmd: 'npx tsc --noEmit -p .', when: ['all'] },
  { name: 'unit tests', cmd: 'npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/unit.json', report: '.tmp/unit.json', when: ['all', 'unit'] },
  { name: 'build chrome-mv3', cmd: 'npx wxt build', when: ['all'] },
  { name: 'build firefox', cmd: 'npx wxt build -b firefox', when: ['all'] },
  { name: 'build e2e', cmd: 'NODE_ENV=production npx wxt build --mode e2e', when: ['all', 'e2e'] },
  { name: 'manifest and budgets', cmd: 'node scripts/check-build.mjs', when: ['all'] },
  { name: 'e2e tests (Chromium)', cmd: 'npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/e2e.json', report: '.tmp/e2e.json', when: ['all', 'e2e'], needs: 'build e2e' },
];

let passed = 0;
let failed = 0;
const failedSteps = [];
const times = [];
for (const step of steps.filter((s) => s.when.includes(only))) {
  if (step.needs && failedSteps.includes(step.needs)) {
    console.log(`\n== ${step.name}: skipped, because "${step.needs}" failed`);
    failed++;
    failedSteps.push(step.name);
    continue;
  }
  console.log(`\n== ${step.name}: ${step.cmd}`);
  if (step.report && existsSync(step.report)) rmSync(step.report);
  const started = Date.now();
  const result = spawnSync(step.cmd, { shell: true, stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  times.push(`${step.name} ${seconds}s`);
  const ok = result.status === 0;
  if (step.report) {
    const counts = readCounts(step.report);
    passed += counts.passed;
    failed += counts.failed;
    if (!ok && counts.failed === 0) failed++; // the suite itself failed (no report, or an error outside tests)
  } else if (!ok) {
    failed++;
  }
  if (!ok) failedSteps.push(step.name);
  console.log(`== ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${seconds}s`);
}

console.log(`\nSteps: ${times.join(', ')}`);
if (failedSteps.length) console.log(`Failed: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function readCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0) };
}
