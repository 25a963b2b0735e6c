import Type from 'typebox';
import { EntryIssueCode } from './byoh';
import { GuideSection, UnsupportedFeature } from './guide';
import { InstallPart } from './install';
import { CodeOf, Params, Verbatim, type Coded } from './messages';

export const Severity = Type.Union([
  Type.Literal('ok'),
  Type.Literal('warning'),
  Type.Literal('blocked'),
]);
export type Severity = Type.Static<typeof Severity>;

export const FindingArea = Type.Union([
  Type.Literal('access'),
  Type.Literal('platform'),
  Type.Literal('network'),
  Type.Literal('operator'),
  Type.Literal('keys'),
  Type.Literal('byoh'),
  Type.Literal('nodes'),
]);
export type FindingArea = Type.Static<typeof FindingArea>;

const text = Type.String();
const optionalText = Type.Optional(text);
/** At most five names; `count` says how many there are in all. */
const names = Type.Array(text);
const count = Type.Integer();
const none = Type.Object({});

/**
 * The first entries of windows-instances with an issue, each with its issue and, for a redundant one, the
 * other key (`''` for none).
 */
const entries = Type.Object({
  count,
  addresses: names,
  issues: Type.Array(EntryIssueCode),
  others: Type.Optional(Type.Array(text)),
});

/** What says a cluster is disconnected: mirror sets, or OperatorHub's default catalog sources off. */
export const DisconnectedSign = Type.Enum(['mirror-sets', 'default-sources-off']);
export type DisconnectedSign = Type.Static<typeof DisconnectedSign>;

/** Every judgement of the overview, with the values its title and explanation name. */
export const findingCatalogue = {
  'cannot-read': Type.Object({ resource: text }),
  /** `platforms`: the platform types the release runs Windows nodes on. */
  'platform-unsupported': Type.Object({
    platform: text,
    release: text,
    platforms: Type.Array(text),
  }),
  /** `versions`: those that can run here; `vxlanPort`: the custom port that rules out 2019. */
  'platform-supported': Type.Object({
    platform: text,
    versions: names,
    release: text,
    vxlanPort: Type.Optional(Type.Integer()),
  }),
  'platform-byoh-only': Type.Object({
    platform: text,
    versions: names,
    vxlanPort: Type.Optional(Type.Integer()),
  }),
  'cluster-version-unsupported': Type.Object({ wmco: text, openshift: text, min: text, max: text }),
  'network-not-ovn': Type.Object({ networkType: optionalText }),
  'hybrid-overlay-missing': none,
  'hybrid-cluster-network-empty': none,
  'vsphere-vxlan-port-missing': none,
  'vxlan-port-with-2019': Type.Object({ port: Type.Integer(), affected: Type.Array(text) }),
  'hybrid-networking-ok': Type.Object({
    cidrs: Type.Array(text),
    port: Type.Optional(Type.Integer()),
  }),
  'cluster-proxy-unsupported': Type.Object({ wmco: text }),
  'cluster-proxy-supported': Type.Object({ wmco: text }),
  /** `target`: the version OLM is updating to, when it is 7.1. */
  'wmco-7-1-needs-cluster-4-12-3': Type.Object({
    wmco: text,
    openshift: text,
    target: optionalText,
  }),
  /** `approval`: the Subscription's installPlanApproval (Automatic lets OLM install 7.0.0). */
  'wmco-7-0-0-custom-namespace': Type.Object({
    namespace: text,
    defaultNamespace: text,
    approval: optionalText,
  }),
  /** Without `hpa` among them, the release scales Windows workloads by CPU and memory. */
  'windows-unsupported-features': Type.Object({
    release: text,
    features: Type.Array(UnsupportedFeature),
  }),
  'wmco-version-newer-than-known': Type.Object({ wmco: text, release: text }),
  'wmco-version-unknown': Type.Object({ wmco: text }),
  'wmco-version-none': none,
  'wmco-not-upgradeable': Type.Object({
    reason: Type.Optional(Verbatim('OperatorCondition Upgradeable reason')),
    message: Type.Optional(Verbatim('OperatorCondition Upgradeable message')),
  }),
  /** WMCO `wmco` reads service log rotation from Subscription `subscription`, which sets no size. */
  'service-logs-unbounded': Type.Object({ wmco: text, subscription: text }),
  /** WMCO's namespace lacks `openshift.io/cluster-monitoring=true`: no Windows node metrics. */
  'wmco-monitoring-label-missing': Type.Object({ namespace: text }),
  /** The label was set (`labelledAt`) after WMCO's pod started (`podStartedAt`): ISO timestamps. */
  'wmco-monitoring-needs-restart': Type.Object({
    namespace: text,
    labelledAt: Type.String({ format: 'date-time' }),
    podStartedAt: Type.String({ format: 'date-time' }),
  }),
  /** A hand-made Windows node DaemonSet of `driver`, whose operator deploys its own from OpenShift 5.0. */
  'csi-daemon-set-conflict': Type.Object({
    namespace: text,
    name: text,
    driver: text,
    openshift: text,
    operatorNamespace: text,
  }),
  'private-key-missing': Type.Object({ namespace: text }),
  'private-key-unparseable': none,
  'private-key-encrypted': none,
  'private-key-weak-rsa': Type.Object({ bits: Type.Optional(Type.Integer()) }),
  'private-key-missing-field': none,
  'private-key-ok': Type.Object({ keyType: optionalText, bits: Type.Optional(Type.Integer()) }),
  'user-data-missing': none,
  'wmco-not-installed': Type.Object({ namespace: text, catalogVersion: optionalText }),
  /** The install stopped after it made the namespace, before it made `missing`. */
  'wmco-install-incomplete': Type.Object({ namespace: text, missing: Type.Array(InstallPart) }),
  'wmco-failed': Type.Object({
    csv: text,
    reason: Type.Optional(Verbatim('ClusterServiceVersion status reason')),
    message: Type.Optional(Verbatim('ClusterServiceVersion status message')),
  }),
  'wmco-install-plan-pending': Type.Object({ installPlan: text }),
  'wmco-installing': Type.Object({
    phase: optionalText,
    message: Type.Optional(Verbatim('ClusterServiceVersion status message')),
  }),
  'wmco-installed': Type.Object({
    version: optionalText,
    namespace: text,
    channel: optionalText,
    /** The Subscription's installPlanApproval: Automatic or Manual. */
    approval: optionalText,
  }),
  /** A cloud cluster without the Machine API: `machineSets` are its Windows MachineSets, which cannot work. */
  'cluster-user-provisioned': Type.Object({ platform: text, machineSets: names }),
  /**
   * A disconnected cluster, by its `signs`; `mirrorSets`: how many ImageDigestMirrorSets and
   * ImageTagMirrorSets; `wmco`: the judged WMCO version.
   */
  'cluster-disconnected': Type.Object({
    signs: Type.Array(DisconnectedSign),
    mirrorSets: count,
    wmco: optionalText,
  }),
  /** As above, with a WMCO release older than 10.16, which does not run on disconnected clusters. */
  'cluster-disconnected-unsupported': Type.Object({
    signs: Type.Array(DisconnectedSign),
    mirrorSets: count,
    wmco: text,
  }),
  /** BYOH entries whose addresses lie outside every machine network `cidrs`. */
  'byoh-outside-machine-network': Type.Object({ count, addresses: names, cidrs: Type.Array(text) }),
  /** The machine network (install-config in kube-system/cluster-config-v1) could not be read. */
  'byoh-machine-network-unknown': Type.Object({ configMap: text }),
  /**
   * The BYOH prerequisites the BFF cannot check, with the cluster's values: `awsTag` on AWS (the tag
   * key, `kubernetes.io/cluster/<infrastructure name>`), `apiInt` on vSphere (the internal API host).
   */
  'byoh-prerequisites': Type.Object({ awsTag: optionalText, apiInt: optionalText }),
  'byoh-malformed-entries': entries,
  'byoh-entry-cautions': entries,
  'nodes-not-ready': Type.Object({ count, nodes: names }),
  'nodes-older-wmco': Type.Object({ count, nodes: names, wmco: text }),
  'nodes-unsupported-windows': Type.Object({
    count,
    nodes: names,
    release: text,
    versions: Type.Array(text),
    platform: text,
  }),
  /** Nodes of a supported version below its minimum build (`minimums`: e.g. `10.0.20348.681`). */
  'nodes-below-minimum-build': Type.Object({ count, nodes: names, minimums: Type.Array(text) }),
  'nodes-ready': Type.Object({ count, wmco: optionalText }),
};
export type FindingCatalogue = typeof findingCatalogue;
export const FindingCode = CodeOf(findingCatalogue);
export type FindingCode = Type.Static<typeof FindingCode>;

/** What the page that fixes a finding lets the user do; the plugin words it. */
export const FindingAction = Type.Enum([
  'add-byoh-instances',
  'create-machine-set',
  'choose-channel',
  'manage-machine-sets',
  'follow-upgrade',
  'create-key',
  'replace-key',
  'install-wmco',
  'resume-install',
  'see-installation',
  'review-and-approve',
  'follow-installation',
  'see-nodes',
  'fix-byoh-entries',
  'set-log-rotation',
  /** Not a page: the Overview asks to confirm, then labels WMCO's namespace and restarts its pod. */
  'enable-monitoring',
]);
export type FindingAction = Type.Static<typeof FindingAction>;

/** One judgement of the cluster against the guide: what, why, where the guide says so, and how to fix it. */
export const Finding = Type.Object({
  /** Unique within the overview; usually the code, with what it is about for per-object findings. */
  id: Type.String(),
  area: FindingArea,
  severity: Severity,
  code: FindingCode,
  params: Params,
  guideSection: Type.Optional(GuideSection),
  fix: Type.Optional(Type.Object({ action: FindingAction, route: Type.String() })),
});

/** A finding with the params its code needs, as the BFF builds it. */
export type Finding = Omit<Type.Static<typeof Finding>, 'code' | 'params'> &
  Coded<FindingCatalogue>;
