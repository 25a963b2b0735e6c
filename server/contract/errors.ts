import Type from 'typebox';
import { EntryIssueCode } from './byoh';
import { PrivateKeyProblem } from './install';
import { MachineSetProblem } from './machinesets';
import { logQueryProblemCatalogue, nodeLogProblemCatalogue } from './node-logs';
import { CodeOf, Params, Verbatim, type Coded } from './messages';
import { replacementErrorCatalogue } from './replacement';
import {
  runtimeClassNameCatalogue,
  sampleProblemCatalogue,
  workloadReadCatalogue,
} from './workloads';

const none = Type.Object({});
const text = Type.String();
const texts = Type.Array(text);
const count = Type.Integer();
const address = Type.Object({ address: text });

/** Every failure the BFF reports, and the values each one names; the plugin words them. */
export const errorCatalogue = {
  // The request itself
  'invalid-request': Type.Object({
    field: text,
    detail: Verbatim('what the schema validator found'),
  }),
  'bad-request': Type.Object({ detail: Verbatim('what the HTTP server found') }),
  'no-such-route': Type.Object({ method: text, path: text }),
  'too-many-requests': Type.Object({ max: count, window: text }),
  'no-bearer-token': none,
  'internal-error': Type.Object({ requestId: text }),
  'view-failed': none,
  'metrics-forbidden': none,
  // The API server
  /** The API server refused the request and said why: its own words. */
  'api-server-refused': Type.Object({
    status: count,
    message: Type.Optional(Verbatim('the API server’s Status message')),
  }),
  'token-rejected': none,
  'api-server-failed': Type.Object({ status: count }),
  'api-server-unreachable': none,
  // Install, key rotation, uninstall
  'private-key-unusable': Type.Object({
    problem: PrivateKeyProblem,
    bits: Type.Optional(count),
  }),
  'no-key-to-keep': none,
  'rotation-needs-key': none,
  /** An install stopped by `cause`; what was already in place stays. */
  'install-stopped': Type.Object({ inPlace: texts }),
  'install-plan-unreadable': Type.Object({ resources: texts }),
  'not-pending-install-plan': Type.Object({ installPlan: text }),
  'uninstall-check-unreadable': Type.Object({ resources: texts }),
  /** The Windows Machines and BYOH instances (addresses) WMCO still manages. */
  'wmco-in-use': Type.Object({ machines: texts, instances: texts }),
  'wmco-not-installed': none,
  'operator-still-installed': none,
  'namespace-missing': Type.Object({ namespace: text }),
  /** The caller may not update WMCO's Subscription (or not read it, to find it). */
  'subscription-not-writable': Type.Object({ name: text, namespace: text }),
  /** The caller may not label WMCO's namespace with openshift.io/cluster-monitoring. */
  'monitoring-label-not-allowed': Type.Object({ namespace: text }),
  /** The caller may not read WMCO's Deployment or delete its pods (`resource`) to restart it. */
  'wmco-restart-not-allowed': Type.Object({ namespace: text, resource: text }),
  'wmco-deployment-missing': Type.Object({ name: text, namespace: text }),
  /** The installed WMCO (`wmco`, unknown while none is installed) reads no log rotation before `since`. */
  'log-rotation-unsupported': Type.Object({ wmco: Type.Optional(text), since: text }),
  // MachineSets
  /** The MachineSet breaks the guide's rules: `problems` lists each. */
  'machine-set-invalid': Type.Object({ count }),
  'infrastructure-unreadable': none,
  'not-windows-machine-set': Type.Object({ name: text }),
  'machine-not-in-set': Type.Object({ machine: text, machineSet: text }),
  'machine-set-has-replicas': Type.Object({ name: text, count }),
  'machine-set-machines-remain': Type.Object({ name: text, count }),
  // BYOH
  'instance-entry-invalid': Type.Object({
    issue: EntryIssueCode,
    address: text,
    other: Type.Optional(text),
  }),
  'address-unresolvable': address,
  'already-listed': address,
  'shares-address': Type.Object({ address: text, ip: text, other: text }),
  'configmap-missing': Type.Object({ configMap: text }),
  'not-listed': Type.Object({ address: text, configMap: text }),
  'private-key-unreadable': Type.Object({ secret: text }),
  'private-key-secret-missing': Type.Object({ secret: text }),
  'private-key-secret-unusable': Type.Object({ secret: text, field: text }),
  'host-keys-unreadable': Type.Object({ address: text, configMap: text }),
  'host-key-not-pinned': address,
  'login-failed': Type.Object({
    address: text,
    reason: Type.Enum(['host-key-mismatch', 'rejected', 'failed']),
  }),
  'firewall-rules-failed': Type.Object({
    address: text,
    reason: Type.Enum(['exit-code', 'no-exit-code', 'no-answer', 'connection-lost']),
    exitCode: Type.Optional(count),
  }),
  // Workloads
  ...runtimeClassNameCatalogue,
  'runtime-class-name-taken': Type.Object({ name: text, build: Type.Optional(text) }),
  'no-image-for-build': Type.Object({ build: text }),
  ...sampleProblemCatalogue,
  /** `resources`: what the caller may not create there (`deployments.apps`, `services`). */
  'sample-not-allowed': Type.Object({ namespace: text, resources: texts }),
  /** The sample's namespace does not exist and the caller may not create it. */
  'namespace-create-not-allowed': Type.Object({ namespace: text }),
  /** Creating the sample stopped by `cause`; `created` lists what exists. */
  'sample-stopped': Type.Object({ created: texts }),
  'object-exists': Type.Object({ kind: text, name: text, namespace: text }),
  ...workloadReadCatalogue,
  'reference-or-yaml': none,
  'workload-unreadable': Type.Object({
    kind: text,
    name: text,
    namespace: text,
    resource: text,
  }),
  'workload-not-found': Type.Object({ kind: text, name: text, namespace: text }),
  // Lifecycle
  ...replacementErrorCatalogue,
  // Diagnostics
  ...nodeLogProblemCatalogue,
  ...logQueryProblemCatalogue,
};
export type ErrorCatalogue = typeof errorCatalogue;
export const ErrorCode = CodeOf(errorCatalogue);
export type ErrorCode = Type.Static<typeof ErrorCode>;
/** A failure with the params its code names, as the BFF raises it. */
export type ErrorMessage = Coded<ErrorCatalogue>;

/** A failure on the wire: its code and the values it names. */
export const CodedError = Type.Object({ code: ErrorCode, params: Params });

/**
 * Every error the BFF returns has this shape: a code and its params (the plugin words them), the field
 * when input was wrong, what caused a failure that left some work done, and each MachineSet problem.
 * `message` repeats the code for clients that read only Fastify's `message`; the BFF has no sentences.
 */
export const ErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String({ description: 'the HTTP status text' }),
  message: ErrorCode,
  code: ErrorCode,
  params: Params,
  field: Type.Optional(Type.String()),
  cause: Type.Optional(CodedError),
  problems: Type.Optional(Type.Array(MachineSetProblem)),
});
export type ErrorResponse = Type.Static<typeof ErrorResponse>;
