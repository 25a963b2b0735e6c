import { nodePorts } from '../domain/byoh/node-ports';

declare const catalogued: unique symbol;

/**
 * A command line from this file. Nothing else can be run on a host: the session only takes this type, and
 * every entry is built from constants here, never from anything a user typed.
 */
export type CatalogueCommand = string & { readonly [catalogued]: true };

/**
 * A PowerShell script as one command line that reads the same under cmd.exe and PowerShell (a host's default
 * shell may be either): `-EncodedCommand` takes base64 UTF-16LE, so no quoting rules apply.
 */
function powershell(lines: string[]): CatalogueCommand {
  const encoded = Buffer.from(lines.join('\n'), 'utf16le').toString('base64');
  return `powershell.exe -NoLogo -NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand ${encoded}` as CatalogueCommand;
}

const ruleNames = nodePorts.map(({ rule }) => `'${rule}'`).join(', ');

export const commandCatalogue = {
  /** cmd.exe expands %COMSPEC% to its own path; PowerShell echoes it as typed. */
  shellProbe: 'echo %COMSPEC%' as CatalogueCommand,
  /** Build, hostname, adapters, containerd and firewall rules, as one line of JSON (see HostFacts). */
  hostFacts: powershell([
    "$ErrorActionPreference = 'Stop'",
    "$os = Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'",
    `$rules = @(Get-NetFirewallRule -DisplayName @(${ruleNames}) -ErrorAction SilentlyContinue | Where-Object { $_.Enabled -eq 'True' } | ForEach-Object { $_.DisplayName })`,
    '[ordered]@{',
    "  build = '10.0.{0}.{1}' -f $os.CurrentBuildNumber, $os.UBR",
    '  hostname = [System.Net.Dns]::GetHostName()',
    "  adapters = @(Get-NetAdapter -Physical | Where-Object { $_.Status -eq 'Up' }).Count",
    '  containerd = $null -ne (Get-Service -Name containerd -ErrorAction SilentlyContinue)',
    '  firewallRules = $rules',
    '} | ConvertTo-Json -Compress',
  ]),
  /** Remediation: the inbound rules for kubelet (the guide's ContainerLogsPort) and metrics, where missing. */
  openNodePorts: powershell([
    "$ErrorActionPreference = 'Stop'",
    ...nodePorts.map(
      ({ rule, port }) =>
        `if (-not (Get-NetFirewallRule -DisplayName '${rule}' -ErrorAction SilentlyContinue)) { New-NetFirewallRule -DisplayName '${rule}' -Direction Inbound -Action Allow -Protocol TCP -LocalPort ${String(port)} | Out-Null }`,
    ),
  ]),
} as const;
