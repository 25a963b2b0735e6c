import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consoleBuildFor } from './console-build';

test('each OpenShift version gets the build of its console line; none below 4.19', () => {
  const cases: [string, string | undefined][] = [
    ['4.18.30', undefined],
    ['4.19.0', 'console-4.19'],
    ['4.19.0-rc.3', 'console-4.19'],
    ['4.20.14', 'console-4.19'],
    ['4.21.9', 'console-4.19'],
    ['4.22.0-ec.2', 'console-4.22'],
    ['4.22.3', 'console-4.22'],
    ['4.23.1', 'console-4.22'],
    ['5.0.0', 'console-4.22'],
  ];
  for (const [version, build] of cases) assert.equal(consoleBuildFor(version), build, version);
});
