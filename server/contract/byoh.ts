import Type from 'typebox';
import { maxPreflightHosts } from './limits';

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
export const EntryIssueCode = Type.Union([
  Type.Literal('port'),
  Type.Literal('ipv6'),
  Type.Literal('not-an-address'),
  Type.Literal('value-format'),
  Type.Literal('username-without-equals'),
  Type.Literal('unresolvable'),
  Type.Literal('no-user'),
  Type.Literal('user-whitespace'),
  Type.Literal('user-characters'),
  Type.Literal('duplicate-address'),
]);
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

/** One preflight check: the verdict, a code the plugin turns into a sentence and its fix, and its values. */
export const CheckResult = Type.Object({
  id: CheckId,
  status: CheckStatus,
  code: Type.String(),
  params: Type.Optional(Type.Record(Type.String(), Type.String())),
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
  reason: Type.String(),
  type: Type.String(),
  message: Type.String(),
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
  outcome: Type.Union([Type.Literal('added'), Type.Literal('updated'), Type.Literal('removed')]),
});
export type EntryWriteResult = Type.Static<typeof EntryWriteResult>;
