import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wmcoRulesFor } from '../support/support-matrix';
import {
  judgeAdapters,
  judgeBuild,
  judgeContainerd,
  judgeHostname,
  judgeReverseDns,
  judgeShell,
  type BuildRules,
} from './host-checks';

const rules = (
  platform: string | undefined,
  customVxlanPort = false,
  wmco = '10.22.0',
): BuildRules => ({
  wmco: wmcoRulesFor(wmco),
  platform,
  customVxlanPort,
});

const buildCases: [name: string, build: string, rules: BuildRules, status: string, code: string][] =
  [
    ['2022 on vSphere', '10.0.20348.2340', rules('VSphere', true), 'pass', 'supported'],
    ['2022 at exactly .681', '10.0.20348.681', rules('None'), 'pass', 'supported'],
    ['2022 before KB5012637', '10.0.20348.680', rules('None'), 'fail', 'revision-too-old'],
    [
      '2019 on vSphere',
      '10.0.17763.6414',
      rules('VSphere', true),
      'fail',
      'unsupported-on-platform',
    ],
    [
      '2019 on bare metal with 10.21',
      '10.0.17763.6414',
      rules('BareMetal', false, '10.21.0'),
      'pass',
      'supported',
    ],
    // RN 4.22 lists 2022 and 2025 for bare metal and platform-agnostic clusters from 10.22.
    [
      '2019 on bare metal with 10.22',
      '10.0.17763.6414',
      rules('BareMetal'),
      'fail',
      'unsupported-on-platform',
    ],
    // The platform's own refusal comes first: 10.22 runs no 2019 on platform-agnostic clusters.
    [
      '2019 with a custom VXLAN port where 10.22 has no 2019 anyway',
      '10.0.17763.6414',
      rules('None', true),
      'fail',
      'unsupported-on-platform',
    ],
    [
      '2019 with a custom VXLAN port on AWS, which supports 2019',
      '10.0.17763.6414',
      rules('AWS', true),
      'fail',
      'unsupported-with-vxlan-port',
    ],
    [
      '2019 with a custom VXLAN port on a platform-agnostic cluster with 10.21',
      '10.0.17763.6414',
      rules('None', true, '10.21.0'),
      'fail',
      'unsupported-with-vxlan-port',
    ],
    [
      '2022 with a custom VXLAN port on AWS',
      '10.0.20348.2340',
      rules('AWS', true),
      'pass',
      'supported',
    ],
    ['2025 on AWS with 10.22', '10.0.26100.1', rules('AWS'), 'pass', 'supported'],
    [
      '2025 on AWS with 10.21',
      '10.0.26100.1',
      rules('AWS', false, '10.21.0'),
      'fail',
      'unsupported-on-platform',
    ],
    ['Windows Server 2016', '10.0.14393.7000', rules('None'), 'fail', 'unknown-build'],
    [
      'WMCO version unknown',
      '10.0.20348.2340',
      { customVxlanPort: false, platform: 'None' },
      'warn',
      'no-rules',
    ],
    ['platform unreadable', '10.0.20348.2340', rules(undefined), 'warn', 'no-rules'],
  ];

for (const [name, build, buildRules, status, code] of buildCases) {
  test(`build: ${name} → ${status} (${code})`, () => {
    const result = judgeBuild(build, buildRules);
    assert.equal(result.status, status);
    assert.equal(result.code, code);
  });
}

test('the supported list names what would pass', () => {
  assert.equal(judgeBuild('10.0.17763.1', rules('VSphere', true)).params?.supported, '2022, 2025');
});

test('shell: cmd.exe passes, PowerShell warns, anything else warns with what it printed', () => {
  assert.equal(judgeShell('C:\\Windows\\system32\\cmd.exe\r\n').status, 'pass');
  assert.deepEqual(judgeShell('%COMSPEC%\r\n'), {
    id: 'default-shell',
    status: 'warn',
    code: 'powershell',
  });
  assert.equal(judgeShell('/bin/bash').code, 'unknown');
});

const hostnameCases: [string, string][] = [
  ['win-good', 'pass'],
  ['WIN-7K2Q9P1', 'pass'],
  ['win_host01', 'fail'],
  ['-win', 'fail'],
  ['a'.repeat(64), 'fail'],
  ['win.example.com', 'fail'],
];
for (const [hostname, status] of hostnameCases) {
  test(`hostname ${hostname} → ${status}`, () => {
    assert.equal(judgeHostname(hostname).status, status);
  });
}

test('adapters: one passes, several fail, none warns', () => {
  assert.equal(judgeAdapters(1).status, 'pass');
  assert.equal(judgeAdapters(2).status, 'fail');
  assert.equal(judgeAdapters(0).status, 'warn');
});

test('containerd installed by hand fails', () => {
  assert.equal(judgeContainerd(true).status, 'fail');
  assert.equal(judgeContainerd(false).status, 'pass');
});

test('reverse DNS: PTR for IP keys, forward-reverse match for names', () => {
  assert.equal(
    judgeReverseDns('127.0.0.11', '127.0.0.11', ['win.example.'], true).code,
    'ptr-found',
  );
  assert.equal(judgeReverseDns('127.0.0.11', '127.0.0.11', [], true).code, 'ptr-missing');
  assert.equal(
    judgeReverseDns('Win.Example.com', '127.0.0.11', ['win.example.com.'], false).code,
    'forward-reverse-match',
  );
  const mismatch = judgeReverseDns('alias.example.com', '127.0.0.11', ['win.example.com'], false);
  assert.equal(mismatch.status, 'fail');
  assert.equal(mismatch.params?.ptr, 'win.example.com');
});
