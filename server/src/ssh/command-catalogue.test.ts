import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandCatalogue } from './command-catalogue';

function script(command: string): string {
  const encoded = /-EncodedCommand (\S+)$/.exec(command)?.[1] ?? '';
  return Buffer.from(encoded, 'base64').toString('utf16le');
}

const apiInt = 'api-int.winlab.vsphere.example.com';

test('PowerShell entries are one encoded command line, readable by cmd.exe and PowerShell alike', () => {
  for (const command of [
    commandCatalogue.hostFacts,
    commandCatalogue.openNodePorts,
    commandCatalogue.resolveName(apiInt),
  ]) {
    assert.match(
      command ?? 'no command',
      /^powershell\.exe -NoLogo -NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand [A-Za-z0-9+/=]+$/,
    );
  }
});

test('the facts script reports what the checks judge, as JSON', () => {
  const facts = script(commandCatalogue.hostFacts);
  for (const part of [
    'CurrentBuildNumber',
    'UBR',
    'GetHostName',
    'Get-NetAdapter -Physical',
    'Get-Service -Name containerd',
    "'ContainerLogsPort', 'WindowsExporterMetricsPort'",
    'ConvertTo-Json -Compress',
  ]) {
    assert.ok(facts.includes(part), part);
  }
});

test('remediation creates exactly the two inbound TCP rules, only where missing', () => {
  const lines = script(commandCatalogue.openNodePorts).split('\n');
  assert.deepEqual(
    lines
      .filter((line) => line.includes('New-NetFirewallRule'))
      .map((line) =>
        /-DisplayName '(\w+)' -Direction Inbound -Action Allow -Protocol TCP -LocalPort (\d+)/
          .exec(line.slice(line.indexOf('New-NetFirewallRule')))
          ?.slice(1),
      ),
    [
      ['ContainerLogsPort', '10250'],
      ['WindowsExporterMetricsPort', '9182'],
    ],
  );
  assert.ok(
    lines.every(
      (line) =>
        !line.includes('New-NetFirewallRule') || line.startsWith('if (-not (Get-NetFirewallRule'),
    ),
  );
});

test('a name lookup is the constant script with the validated name in single quotes', () => {
  assert.deepEqual(script(commandCatalogue.resolveName(apiInt) ?? '').split('\n'), [
    "$ErrorActionPreference = 'Stop'",
    `Resolve-DnsName -Name '${apiInt}' | Where-Object { $_.IPAddress } | ForEach-Object { $_.IPAddress }`,
  ]);
  for (const name of ['localhost', 'a', 'x1.example', `${'a'.repeat(63)}.example.com`]) {
    assert.ok(commandCatalogue.resolveName(name), name);
  }
});

test('anything but an RFC 1123 name never produces a command', () => {
  const invalid = [
    '',
    "api-int.example.com' ; Remove-Item C:\\ -Recurse; '",
    "api-int'.example.com",
    'api-int".example.com',
    'api int.example.com',
    'api-int.example.com;shutdown',
    'api-int.example.com & whoami',
    'api-int.example.com|whoami',
    '$(whoami).example.com',
    '`whoami`.example.com',
    'api-int.example.com\nwhoami',
    'api-int.example.com\r\n',
    '%COMSPEC%.example.com',
    'api-int.exämple.com',
    'api-\u017Fnt.example.com',
    'api-\u212Ant.example.com',
    'api-int.例え.jp',
    'API-INT.example.com',
    '-api-int.example.com',
    'api-int-.example.com',
    'api-int..example.com',
    '.api-int.example.com',
    'api-int.example.com.',
    'api_int.example.com',
    `${'a'.repeat(64)}.example.com`,
    `${'a.'.repeat(127)}ab`,
    '10.0.0.5:6443',
    '[fd00::5]',
  ];
  for (const name of invalid) {
    assert.equal(commandCatalogue.resolveName(name), undefined, JSON.stringify(name));
  }
});
