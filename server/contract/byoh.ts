import Type from 'typebox';
import { maxPreflightHosts } from './limits';
import { CodeOf, StringParams, Verbatim } from './messages';

/**
 * What may be typed for an entry; the plugin's form applies the same limits. An address is an IPv4 address
 * or DNS name: `:` is admitted only so that an IPv6 address or a port reaches validation and is refused in words.
 * A user is `user`, `user@domain` or `DOMAIN\\user`. Shell metacharacters and spaces never pass either.
 */
export const instanceLimits = {
  address: { minLength: 1, maxLength: 253, pattern: '^[A-Za-z0-9.:-]+$' },
  username: { minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._@\\\\-]*$' },
} as const;

export const InstanceAddress = Type.String(instanceLimits.address);
export const InstanceUsername = Type.String(instanceLimits.username);

export const InstanceInput = Type.Object(
  { address: InstanceAddress, username: InstanceUsername },
  { additionalProperties: false },
);
export type InstanceInput = Type.Static<typeof InstanceInput>;

/** An entry already listed: any ConfigMap key, so that a malformed one can be fixed or removed. */
export const InstanceAddressParams = Type.Object(
  { address: Type.String({ minLength: 1, maxLength: 253, pattern: '^[-._:A-Za-z0-9]+$' }) },
  { additionalProperties: false },
);

/**
 * What is wrong with an entry. Those WMCO's parser rejects stop WMCO from configuring or removing any BYOH
 * host (`blocksAll`); the others WMCO accepts, and they fail at that host's login or are redundant.
 */
export const entryIssueCatalogue = {
  port: Type.Object({}),
  ipv6: Type.Object({}),
  'not-an-address': Type.Object({}),
  'value-format': Type.Object({}),
  'username-without-equals': Type.Object({}),
  unresolvable: Type.Object({}),
  'no-user': Type.Object({}),
  'user-whitespace': Type.Object({}),
  'user-characters': Type.Object({}),
  /** `other`: the other key resolving to the same IPv4 address. */
  'duplicate-address': Type.Object({ other: Type.Optional(Type.String()) }),
};
export type EntryIssueCatalogue = typeof entryIssueCatalogue;
export const EntryIssueCode = CodeOf(entryIssueCatalogue);
export type EntryIssueCode = Type.Static<typeof EntryIssueCode>;

export const EntryIssue = Type.Object({
  code: EntryIssueCode,
  /** WMCO's parser rejects the whole ConfigMap over this entry. */
  blocksAll: Type.Boolean(),
  /** For `duplicate-address`: the other key resolving to the same IPv4 address. */
  other: Type.Optional(Type.String()),
});
export type EntryIssue = Type.Static<typeof EntryIssue>;

export const CheckId = Type.Union([
  Type.Literal('ssh-port'),
  Type.Literal('host-key'),
  Type.Literal('login'),
  Type.Literal('default-shell'),
  Type.Literal('windows-build'),
  Type.Literal('hostname'),
  Type.Literal('reverse-dns'),
  Type.Literal('node-ports'),
  Type.Literal('network-adapters'),
  Type.Literal('containerd'),
  Type.Literal('api-int'),
]);
export type CheckId = Type.Static<typeof CheckId>;

export const CheckStatus = Type.Union([
  Type.Literal('pass'),
  Type.Literal('warn'),
  Type.Literal('fail'),
  /** The check could not run because an earlier one failed (no connection, no login). */
  Type.Literal('skipped'),
]);
export type CheckStatus = Type.Static<typeof CheckStatus>;

const none = Type.Object({});
const text = Type.String();
const port = Type.Object({ port: text });
/** TCP ports, as a comma-separated list. */
const ports = Type.Object({ ports: text });
const fingerprint = Type.Object({ fingerprint: text });
const pinMismatch = Type.Object({ presented: text, pinned: text });
const buildRules = { version: text, build: text, platform: text, wmco: text };
/** `supported`: the Windows Server versions allowed here, as a comma-separated list. */
const buildVerdict = Type.Object({ ...buildRules, supported: text });
const lookup = Type.Object({ ip: text, ptr: text });
const hostname = Type.Object({ hostname: text, nodeName: text });

/**
 * What each preflight check found, and the values its sentence names (strings: results are kept in a
 * ConfigMap). A skipped check carries why it could not run: `unresolvable`, `no-connection`,
 * `no-handshake` (TCP answered, SSH did not complete), `host-key-refused` or `no-login`.
 */
export const checkCatalogue = {
  // ssh-port
  reachable: port,
  refused: port,
  /** ssh-port names its port, node-ports the ports that did not answer. */
  filtered: Type.Object({ port: Type.Optional(text), ports: Type.Optional(text) }),
  unresolvable: Type.Object({ address: Type.Optional(text) }),
  // host-key
  'matches-configmap': fingerprint,
  'matches-node': fingerprint,
  'pinned-now': fingerprint,
  'mismatch-configmap': pinMismatch,
  'mismatch-node': pinMismatch,
  'not-pinned-login-failed': fingerprint,
  'not-pinned-not-allowed': fingerprint,
  'pins-unreadable': none,
  // login
  accepted: none,
  rejected: Type.Object({ fingerprint: text, username: text }),
  timeout: none,
  handshake: none,
  // default-shell
  cmd: none,
  powershell: none,
  unknown: Type.Object({ output: Verbatim('what the host printed for the shell probe') }),
  'no-answer': none,
  // windows-build
  supported: Type.Object({ ...buildRules, supported: Type.Optional(text) }),
  'unsupported-on-platform': buildVerdict,
  /** Windows Server 2019 where the platform allows it, but the hybrid overlay has a custom VXLAN port. */
  'unsupported-with-vxlan-port': buildVerdict,
  'revision-too-old': Type.Object({ build: text, version: text, minimum: text }),
  /** `supported`: the versions that can run here, where the WMCO version and platform are known. */
  'unknown-build': Type.Object({ build: text, supported: Type.Optional(text) }),
  'no-rules': Type.Object({ build: text, version: text }),
  'no-facts': none,
  // hostname
  valid: hostname,
  invalid: hostname,
  // reverse-dns
  'ptr-found': lookup,
  'forward-reverse-match': lookup,
  'ptr-missing': Type.Object({ ip: text }),
  'forward-reverse-mismatch': Type.Object({ ip: text, ptr: text, name: text }),
  // node-ports
  open: none,
  'open-not-listening': ports,
  'firewall-rule-missing': Type.Object({ ports: text, rules: text }),
  'closed-rules-unknown': ports,
  // network-adapters
  one: none,
  several: Type.Object({ count: text }),
  'none-up': Type.Object({ count: text }),
  // containerd
  absent: none,
  installed: none,
  // api-int (vSphere only)
  'api-int-resolves': Type.Object({ name: text, addresses: text }),
  'api-int-unresolved': Type.Object({ name: text }),
  'api-int-no-answer': Type.Object({ name: text }),
  /** Infrastructure names no internal API host that is a DNS name, so there is nothing to look up. */
  'api-int-unnamed': none,
  // any check over SSH, or any check at all
  'keepalive-timeout': none,
  'connection-closed': none,
  'host-timeout': none,
  'internal-error': none,
  // why a check was skipped (besides unresolvable)
  'no-connection': none,
  'no-handshake': none,
  'host-key-refused': none,
  'no-login': none,
};
export type CheckCatalogue = typeof checkCatalogue;
export const CheckCode = CodeOf(checkCatalogue);
export type CheckCode = Type.Static<typeof CheckCode>;

/** One preflight check: the verdict, a code the plugin turns into a sentence and its fix, and its values. */
export const CheckResult = Type.Object({
  id: CheckId,
  status: CheckStatus,
  code: CheckCode,
  params: Type.Optional(StringParams),
  /** The BFF can fix this over SSH once the admin confirms (the firewall rules of node-ports). */
  remediable: Type.Optional(Type.Boolean()),
});
export type CheckResult = Type.Static<typeof CheckResult>;

/** The last preflight of an address, kept in the cluster so every replica and every admin sees it. */
export const PreflightRecord = Type.Object({
  at: Type.String(),
  username: Type.String(),
  checks: Type.Array(CheckResult),
});
export type PreflightRecord = Type.Static<typeof PreflightRecord>;

export const PreflightRequest = Type.Object(
  { hosts: Type.Array(InstanceInput, { minItems: 1, maxItems: maxPreflightHosts }) },
  { additionalProperties: false },
);
export type PreflightRequest = Type.Static<typeof PreflightRequest>;

/** One line of the preflight's NDJSON stream. */
export type PreflightLine =
  | { type: 'check'; address: string; check: CheckResult }
  | { type: 'host'; address: string; outcome: CheckStatus; saved: boolean }
  | { type: 'end' };

export const RemediateRequest = Type.Object(
  { address: InstanceAddress, username: InstanceUsername, confirmed: Type.Literal(true) },
  { additionalProperties: false },
);
export type RemediateRequest = Type.Static<typeof RemediateRequest>;

export const RemediateResult = Type.Object({
  address: Type.String(),
  /** The check run again after the firewall rules were created. */
  check: CheckResult,
});
export type RemediateResult = Type.Static<typeof RemediateResult>;

export const InstanceStage = Type.Union([
  /** WMCO's parser rejects it: WMCO touches no BYOH host until it is fixed. */
  Type.Literal('malformed'),
  Type.Literal('listed'),
  /** WMCO's last event for this address is InstanceSetupFailure. */
  Type.Literal('failed'),
  Type.Literal('joined'),
  Type.Literal('ready'),
]);
export type InstanceStage = Type.Static<typeof InstanceStage>;

export const InstanceEvent = Type.Object({
  reason: Verbatim('the event’s reason, as WMCO set it'),
  type: Type.String(),
  message: Verbatim('the event’s message, as WMCO wrote it'),
  at: Type.Optional(Type.String()),
  count: Type.Integer(),
});
export type InstanceEvent = Type.Static<typeof InstanceEvent>;

export const InstanceNode = Type.Object({
  name: Type.String(),
  ready: Type.Boolean(),
  wmcoVersion: Type.Optional(Type.String()),
});
export type InstanceNode = Type.Static<typeof InstanceNode>;

/** One `windows-instances` entry and everything known about it. */
export const ByohInstance = Type.Object({
  address: Type.String(),
  /** The entry's value as stored. */
  value: Type.String(),
  username: Type.Optional(Type.String()),
  issue: Type.Optional(EntryIssue),
  /** The IPv4 addresses the key stands for: itself, or what its DNS name resolves to. */
  ipv4: Type.Array(Type.String()),
  stage: InstanceStage,
  node: Type.Optional(InstanceNode),
  preflight: Type.Optional(PreflightRecord),
  events: Type.Array(InstanceEvent),
});
export type ByohInstance = Type.Static<typeof ByohInstance>;

export const ByohState = Type.Object({
  namespace: Type.String(),
  configMapExists: Type.Boolean(),
  instances: Type.Array(ByohInstance),
  /** Entries WMCO's parser rejects (each one blocks all BYOH hosts). */
  malformed: Type.Integer(),
  /** BYOH nodes no entry stands for: WMCO is removing them. */
  orphanNodes: Type.Array(Type.String()),
  operatorVersion: Type.Optional(Type.String()),
  unreadable: Type.Array(Type.String()),
});
export type ByohState = Type.Static<typeof ByohState>;

export const EntryWriteResult = Type.Object({
  address: Type.String(),
  /** `unchanged`: the entry was listed already, exactly as asked (an add repeated). */
  outcome: Type.Union([
    Type.Literal('added'),
    Type.Literal('updated'),
    Type.Literal('unchanged'),
    Type.Literal('removed'),
  ]),
});
export type EntryWriteResult = Type.Static<typeof EntryWriteResult>;
