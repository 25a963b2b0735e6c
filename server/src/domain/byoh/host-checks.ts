import type { CheckResult } from '../../../contract/byoh';
import {
  meetsMinimumRevision,
  minimumBuild,
  supportedWindowsVersions,
  usableWindowsVersions,
  windowsServerReleaseOfBuild,
  type WmcoRules,
} from '../support/support-matrix';

/** What the cluster says about which Windows Server builds WMCO will configure here. */
export interface BuildRules {
  /** The rules of the installed WMCO version; undefined when WMCO's version is unknown. */
  wmco?: WmcoRules;
  /** Infrastructure `platformStatus.type`; undefined when unreadable. */
  platform?: string;
  /** A custom hybrid overlay VXLAN port excludes Windows Server 2019. */
  customVxlanPort: boolean;
}

/**
 * The shell probe runs `echo %COMSPEC%`: cmd.exe expands it to its own path, PowerShell prints it verbatim.
 * WMCO expects cmd.exe; current releases detect PowerShell and cope, so it only warns.
 */
export function judgeShell(output: string): CheckResult {
  const text = output.trim();
  if (/\\cmd\.exe$/i.test(text)) return { id: 'default-shell', status: 'pass', code: 'cmd' };
  if (text === '%COMSPEC%') return { id: 'default-shell', status: 'warn', code: 'powershell' };
  return {
    id: 'default-shell',
    status: 'warn',
    code: 'unknown',
    params: { output: text.slice(0, 80) },
  };
}

/** The build must be a Windows Server release WMCO supports on this platform, at its minimum revision. */
export function judgeBuild(build: string, rules: BuildRules): CheckResult {
  const release = windowsServerReleaseOfBuild(build);
  if (!release) {
    // The advice names only what can run here, when that is known.
    const usable =
      rules.wmco && rules.platform !== undefined
        ? usableWindowsVersions(rules.wmco, rules.platform, rules.customVxlanPort)
        : [];
    const params = usable.length > 0 ? { build, supported: usable.join(', ') } : { build };
    return { id: 'windows-build', status: 'fail', code: 'unknown-build', params };
  }
  const version = release.version;
  if (!meetsMinimumRevision(build)) {
    const minimum = minimumBuild(release) ?? release.build;
    return {
      id: 'windows-build',
      status: 'fail',
      code: 'revision-too-old',
      params: { build, version, minimum },
    };
  }
  if (!rules.wmco || rules.platform === undefined) {
    return { id: 'windows-build', status: 'warn', code: 'no-rules', params: { build, version } };
  }
  const onPlatform = supportedWindowsVersions(rules.wmco, rules.platform);
  const supported = usableWindowsVersions(rules.wmco, rules.platform, rules.customVxlanPort);
  const params = {
    build,
    version,
    platform: rules.platform,
    wmco: rules.wmco.version,
    supported: supported.join(', '),
  };
  if (supported.includes(version))
    return { id: 'windows-build', status: 'pass', code: 'supported', params };
  // The platform allows it, the custom VXLAN port does not: that is the reason, not the platform.
  return onPlatform.includes(version)
    ? { id: 'windows-build', status: 'fail', code: 'unsupported-with-vxlan-port', params }
    : { id: 'windows-build', status: 'fail', code: 'unsupported-on-platform', params };
}

const rfc1123Label = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** The node is named after the host: its lowercased hostname must be an RFC 1123 label (guide 8.1). */
export function judgeHostname(hostname: string): CheckResult {
  const nodeName = hostname.toLowerCase();
  const params = { hostname, nodeName };
  return rfc1123Label.test(nodeName)
    ? { id: 'hostname', status: 'pass', code: 'valid', params }
    : { id: 'hostname', status: 'fail', code: 'invalid', params };
}

/** WMCO does not support hosts with more than one network adapter. */
export function judgeAdapters(adapters: number): CheckResult {
  const params = { count: String(adapters) };
  if (adapters === 1) return { id: 'network-adapters', status: 'pass', code: 'one' };
  if (adapters === 0) return { id: 'network-adapters', status: 'warn', code: 'none-up', params };
  return { id: 'network-adapters', status: 'fail', code: 'several', params };
}

/** WMCO installs and manages containerd itself; one installed by hand gets in its way. */
export function judgeContainerd(installed: boolean): CheckResult {
  return installed
    ? { id: 'containerd', status: 'fail', code: 'installed' }
    : { id: 'containerd', status: 'pass', code: 'absent' };
}

const canonical = (name: string) => name.toLowerCase().replace(/\.$/, '');

/**
 * WMCO approves the node's certificates only when DNS agrees with the instance: an IP key needs a PTR record,
 * a DNS name must come back from the reverse lookup of the address it resolves to.
 */
export function judgeReverseDns(
  key: string,
  ip: string,
  ptrNames: readonly string[],
  keyIsIp: boolean,
): CheckResult {
  if (ptrNames.length === 0) {
    return { id: 'reverse-dns', status: 'fail', code: 'ptr-missing', params: { ip } };
  }
  const ptr = canonical(ptrNames[0] ?? '');
  if (keyIsIp) return { id: 'reverse-dns', status: 'pass', code: 'ptr-found', params: { ip, ptr } };
  return ptrNames.some((name) => canonical(name) === canonical(key))
    ? { id: 'reverse-dns', status: 'pass', code: 'forward-reverse-match', params: { ip, ptr } }
    : {
        id: 'reverse-dns',
        status: 'fail',
        code: 'forward-reverse-mismatch',
        params: { ip, ptr, name: key },
      };
}
