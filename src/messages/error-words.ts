import type { ErrorCatalogue, ErrorResponse } from '../../server/contract/errors';
import { unsupportedKindText } from './unsupported-feature-words';
import { entryIssueWords } from './entry-issue-words';
import { machineSetProblemWords } from './machine-set-problem-words';
import { replacementErrorWords } from './replacement-words';
import { logQueryProblemWords, nodeLogProblemWords } from './node-log-words';
import { sampleWarningWords } from './sample-words';
import { say, type Wording, type WordsFor } from './wording';

const keyProblem = {
  unparseable: ({ t }: Wording) =>
    t('The private key is not a private key in PEM or OpenSSH format.'),
  encrypted: ({ t }: Wording) =>
    t('The private key is protected by a passphrase; WMCO needs an unencrypted key.'),
  'weak-rsa': ({ t }: Wording, bits?: number) =>
    bits === undefined
      ? t('The private key is an RSA key shorter than 2048 bits.')
      : t('The private key is an RSA key shorter than 2048 bits ({{bits}} bits).', { bits }),
};

const loginFailure = {
  'host-key-mismatch': ({ t }: Wording) =>
    t('the host presented another host key than the pinned one'),
  rejected: ({ t }: Wording) => t('the host did not accept cloud-private-key for this user'),
  failed: ({ t }: Wording) => t('the SSH connection failed'),
};

/** Every failure the BFF reports, in the reader's language. */
export const errorWords: WordsFor<ErrorCatalogue> = {
  'invalid-request': ({ t }, p) => t('{{field}} is not valid: {{detail}}', p),
  'bad-request': ({ t }, p) => t('The request is not valid: {{detail}}', p),
  'no-such-route': ({ t }, p) => t('No such resource: {{method}} {{path}}', p),
  'too-many-requests': ({ t }, p) =>
    t('Too many requests: at most {{max}} per {{window}}. Try again shortly.', p),
  'no-bearer-token': ({ t }) =>
    t(
      'No bearer token: open this page through the OpenShift console, whose proxy forwards your token.',
    ),
  'internal-error': ({ t }, p) => t('Internal error (request {{requestId}}).', p),
  'view-failed': ({ t }) => t('The backend could not build this page.'),
  'metrics-forbidden': ({ t }) => t('Reading /metrics needs get on the non-resource URL /metrics.'),
  // The API server's own words stay as they are (the console shows them so too), marked as its.
  'api-server-refused': ({ t }, { status, message }) =>
    message === undefined
      ? t('The API server refused the request ({{status}}).', { status })
      : t('The API server answered: {{message}}', { message }),
  'token-rejected': ({ t }) => t('The API server did not accept your token. Log in again.'),
  'api-server-failed': ({ t }, p) => t('The API server failed the request ({{status}}).', p),
  'api-server-unreachable': ({ t }) => t('The Kubernetes API server is unreachable right now.'),
  'private-key-unusable': (w, { problem, bits }) => keyProblem[problem](w, bits),
  'no-key-to-keep': ({ t }) => t('There is no key to keep: generate or upload one.'),
  'rotation-needs-key': ({ t }) => t('Rotation needs a new key: generate or upload one.'),
  'install-stopped': (w, { inPlace }) =>
    inPlace.length > 0
      ? w.t('Already in place: {{objects}}.', { objects: w.list(inPlace) })
      : w.t('Nothing was created.'),
  'install-plan-unreadable': (w, { resources }) =>
    w.t('You may not read {{resources}}, so WMCO’s InstallPlan cannot be approved by you.', {
      resources: w.list(resources),
    }),
  'not-pending-install-plan': ({ t }, p) =>
    t('InstallPlan {{installPlan}} is not WMCO’s pending InstallPlan.', p),
  'uninstall-check-unreadable': (w, { resources }) =>
    w.t('Cannot check what still uses WMCO: you may not read {{resources}}.', {
      resources: w.list(resources),
    }),
  'wmco-in-use': (w, { machines, instances }) =>
    w.t('WMCO still manages {{objects}}. Delete the Windows Machines and BYOH instances first.', {
      objects: w.list([
        ...machines.map((name) => w.t('Machine {{name}}', { name })),
        ...instances.map((address) => w.t('BYOH instance {{address}}', { address })),
      ]),
    }),
  'wmco-not-installed': ({ t }) => t('WMCO is not installed.'),
  'operator-still-installed': ({ t }) => t('Uninstall the operator before deleting its namespace.'),
  'namespace-missing': ({ t }, p) => t('Namespace {{namespace}} does not exist.', p),
  'subscription-not-writable': ({ t }, p) =>
    t('You may not change Subscription {{name}} in {{namespace}}.', p),
  'monitoring-label-not-allowed': ({ t }, p) =>
    t('You may not label namespace {{namespace}}, so cluster monitoring stays off.', p),
  'wmco-restart-not-allowed': ({ t }, p) =>
    t('You may not restart WMCO: reading or deleting {{resource}} in {{namespace}} is refused.', p),
  'wmco-deployment-missing': ({ t }, p) =>
    t('WMCO’s Deployment {{name}} is not in {{namespace}}; OLM has not deployed it yet.', p),
  'log-rotation-unsupported': ({ t }, { wmco, since }) =>
    wmco === undefined
      ? t('Service log rotation needs WMCO {{since}} or later installed.', { since })
      : t('WMCO {{wmco}} does not rotate service logs; that needs WMCO {{since}} or later.', {
          wmco,
          since,
        }),
  'machine-set-invalid': ({ t }, { count }) =>
    t('The MachineSet breaks {{count}} rule of the guide:', { count }),
  'infrastructure-unreadable': ({ t }) =>
    t(
      'Cannot check this MachineSet against the cluster: you may not read its Infrastructure (infrastructures.config.openshift.io). Creating Windows MachineSets needs cluster-admin rights.',
    ),
  'not-windows-machine-set': ({ t }, p) =>
    t(
      'MachineSet {{name}} is not a Windows MachineSet (no machine.openshift.io/os-id: Windows); manage it elsewhere.',
      p,
    ),
  'machine-not-in-set': ({ t }, p) =>
    t('Machine {{machine}} does not belong to MachineSet {{machineSet}}.', p),
  'machine-set-has-replicas': ({ t }, { name, count }) =>
    t(
      'MachineSet {{name}} still has {{count}} replica. Scale it to 0 first, so its machines are drained and removed, then delete it.',
      { name, count },
    ),
  'machine-set-machines-remain': ({ t }, { name, count }) =>
    t(
      'MachineSet {{name}} is scaled to 0, but {{count}} machine is still being removed. Delete it once they are gone.',
      { name, count },
    ),
  'instance-entry-invalid': (w, { issue, address, other }) =>
    w.t('{{address}}: {{issue}}', {
      address,
      issue: say(entryIssueWords, w, { code: issue, params: { other } }),
    }),
  'address-unresolvable': ({ t }, p) =>
    t(
      '{{address}} does not resolve to an IPv4 address (hosts file, then DNS): WMCO would reject every entry over it.',
      p,
    ),
  'already-listed': ({ t }, p) => t('{{address}} is already listed.', p),
  'shares-address': ({ t }, p) =>
    t(
      '{{address}} resolves to {{ip}}, as entry {{other}} does: WMCO would configure that host twice.',
      p,
    ),
  'configmap-missing': ({ t }, p) => t('ConfigMap {{configMap}} does not exist.', p),
  'not-listed': ({ t }, p) => t('{{address}} is not listed in ConfigMap {{configMap}}.', p),
  'private-key-unreadable': ({ t }, p) =>
    t(
      'You may not read secret {{secret}}: the SSH preflight logs in with that key, with your permissions.',
      p,
    ),
  'private-key-secret-missing': ({ t }, p) =>
    t('Secret {{secret}} does not exist: install WMCO and create its key first.', p),
  'private-key-secret-unusable': ({ t }, p) =>
    t(
      'Secret {{secret}} holds no usable private key in {{field}}: replace it on the Install page.',
      p,
    ),
  'host-keys-unreadable': ({ t }, p) =>
    t(
      'You may not read the pinned host keys (nodes, ConfigMap {{configMap}}), so {{address}} cannot be trusted.',
      p,
    ),
  'host-key-not-pinned': ({ t }, p) =>
    t('The host key of {{address}} is not pinned yet: run the preflight first.', p),
  'login-failed': (w, { address, reason }) =>
    w.t('Could not log in to {{address}}: {{reason}}.', {
      address,
      reason: loginFailure[reason](w),
    }),
  'firewall-rules-failed': ({ t }, { address, reason, exitCode }) => {
    const why = {
      'exit-code': () => t('exit code {{exitCode}}', { exitCode }),
      'no-exit-code': () => t('no exit code'),
      'no-answer': () => t('no answer'),
      'connection-lost': () => t('the SSH connection was lost'),
    }[reason]();
    return t('Creating the firewall rules on {{address}} failed ({{why}}).', { address, why });
  },
  'runtime-class-name-empty': ({ t }) => t('Enter a name for the RuntimeClass.'),
  'runtime-class-name-too-long': ({ t }) => t('A RuntimeClass name has at most 253 characters.'),
  'runtime-class-name-invalid': ({ t }) =>
    t(
      'A RuntimeClass name uses lower-case letters, digits, "-" and ".", and starts and ends with a letter or digit.',
    ),
  'runtime-class-name-taken': ({ t }, { name, build }) =>
    build
      ? t(
          'A RuntimeClass named {{name}} already exists for build {{build}} with other settings: choose another name.',
          { name, build },
        )
      : t('A RuntimeClass named {{name}} already exists: choose another name.', { name }),
  'no-image-for-build': ({ t }, p) =>
    t('No Windows Server image tag is known for build {{build}}.', p),
  'runtime-class-not-found': sampleWarningWords['runtime-class-not-found'],
  'runtime-class-other-build': sampleWarningWords['runtime-class-other-build'],
  'sample-not-allowed': (w, { namespace, resources }) =>
    w.t(
      'You may not create the sample in namespace {{namespace}}: it needs permission to create {{resources}} there (for example the edit role). Nothing was created.',
      { namespace, resources: w.list(resources) },
    ),
  'namespace-create-not-allowed': ({ t }, p) =>
    t(
      'Namespace {{namespace}} does not exist and you may not create it: choose a namespace you may use, or ask an administrator to create it. Nothing was created.',
      p,
    ),
  'sample-stopped': (w, { created }) =>
    created.length > 0
      ? w.t('Already created: {{objects}}.', { objects: w.list(created) })
      : w.t('Nothing was created.'),
  'object-exists': ({ t }, p) =>
    t('A {{kind}} named {{name}} already exists in namespace {{namespace}}.', p),
  'yaml-too-long': ({ t }, p) => t('The YAML is longer than {{kib}} KiB.', p),
  'yaml-empty': ({ t }) => t('The YAML holds no object.'),
  'yaml-several-documents': ({ t }, { count }) =>
    t('The YAML holds {{count}} documents; paste one workload at a time.', { count }),
  'yaml-unparseable': ({ t }, p) => t('The YAML does not parse: {{detail}}', p),
  'yaml-list': ({ t }) => t('The YAML is a List; paste one workload.'),
  'not-an-object': ({ t }) => t('The YAML is not a Kubernetes object.'),
  'no-kind': ({ t }) => t('The object has no kind.'),
  'kind-not-checkable': (w, { kind, kinds }) =>
    w.t('A {{kind}} is not a workload the checker reads; paste one of {{kinds}}.', {
      kind,
      kinds: w.list(kinds),
    }),
  'no-pod-template': ({ t }, p) => t('The {{kind}} has no pod template ({{path}}).', p),
  'unsupported-kind': (w, { kind, feature }) => unsupportedKindText(w, kind, feature),
  'reference-or-yaml': ({ t }) =>
    t('Name a workload (reference) or paste its YAML (yaml): exactly one of the two.'),
  'workload-unreadable': ({ t }, p) =>
    t(
      'You may not read {{kind}} {{name}} in namespace {{namespace}}: checking it needs get on {{resource}} there.',
      p,
    ),
  'workload-not-found': ({ t }, p) =>
    t('There is no {{kind}} {{name}} in namespace {{namespace}}.', p),
  ...replacementErrorWords,
  ...nodeLogProblemWords,
  ...logQueryProblemWords,
};

/** A failure the BFF reported, in words: what caused it, what it is, and each MachineSet problem. */
export function failureText(wording: Wording, body: Partial<ErrorResponse>): string | undefined {
  if (!body.code) return undefined;
  const parts = [
    ...(body.cause ? [say(errorWords, wording, body.cause)] : []),
    say(errorWords, wording, { code: body.code, params: body.params }),
    ...(body.problems ?? []).map(
      (problem) => `${problem.field}: ${say(machineSetProblemWords, wording, problem)}`,
    ),
  ];
  return wording.sentences(...parts);
}
