import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandCatalogue } from './command-catalogue';

function script(command: string): string {
  const encoded = /-EncodedCommand (\S+)$/.exec(command)?.[1] ?? '';
  return Buffer.from(encoded, 'base64').toString('utf16le');
}

test('PowerShell entries are one encoded command line, readable by cmd.exe and PowerShell alike', () => {
  for (const command of [commandCatalogue.hostFacts, commandCatalogue.openNodePorts]) {
    assert.match(
      command,
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
