/**
 * `npm test`: every check the project makes, in order, each timed. A failing step does not hide the
 * others; the exit code is non-zero if any failed.
 */
import { spawnSync } from 'node:child_process';
import { chooseConsole } from '../integration-tests/e2e/console-choice';

const browserConsole = chooseConsole();
console.log(browserConsole.notice);

const steps: { name: string; script: string }[] = [
  { name: 'lint (ESLint, Prettier, Stylelint)', script: 'lint' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'unit tests', script: 'test:unit' },
  { name: 'production plugin build (ConsoleRemotePlugin)', script: 'build' },
  { name: 'i18n drift check', script: 'i18n:check' },
  { name: 'dev shell build', script: 'build:dev-shell' },
  { name: 'BFF and cluster integration tests', script: 'test:integration' },
  {
    name: `browser tests (Playwright, Debian Chromium) in ${browserConsole.realConsole ? 'the real OpenShift console 4.22, smoke in 4.20' : 'the dev shell'}`,
    script: 'test:e2e',
  },
  { name: 'Helm chart (lint, template)', script: 'helm:check' },
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  const started = performance.now();
  const { status } = spawnSync('npm', ['run', '--silent', step.script], { stdio: 'inherit' });
  results.push({
    name: step.name,
    ok: status === 0,
    seconds: (performance.now() - started) / 1000,
  });
}

console.log('\n━━ summary ━━');
for (const { name, ok, seconds } of results) {
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds.toFixed(1)} s)`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
