import { nodePorts } from '../domain/byoh/node-ports';

declare const catalogued: unique symbol;

/**
 * A command line from this file. Nothing else can be run on a host: the session only takes this type, and
 * every entry is built from constants here and validated cluster names, never from user input.
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

/** RFC 1123 host names, lowercase ASCII only: nothing a shell or PowerShell could read as syntax. */
const rfc1123Name =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;

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
  /**
   * The host's own lookup of a cluster name (api-int) with its DNS client (hosts file, then its DNS
   * servers); prints one address a line, exits 1 when the name does not resolve. Only RFC 1123 names
   * give a command.
   */
  resolveName: (name: string): CatalogueCommand | undefined =>
    rfc1123Name.test(name)
      ? powershell([
          "$ErrorActionPreference = 'Stop'",
          `Resolve-DnsName -Name '${name}' | Where-Object { $_.IPAddress } | ForEach-Object { $_.IPAddress }`,
        ])
      : undefined,
  /** Remediation: the inbound rules for kubelet (the guide's ContainerLogsPort) and metrics, where missing. */
  openNodePorts: powershell([
    "$ErrorActionPreference = 'Stop'",
    ...nodePorts.map(
      ({ rule, port }) =>
        `if (-not (Get-NetFirewallRule -DisplayName '${rule}' -ErrorAction SilentlyContinue)) { New-NetFirewallRule -DisplayName '${rule}' -Direction Inbound -Action Allow -Protocol TCP -LocalPort ${String(port)} | Out-Null }`,
    ),
  ]),
} as const;
