import type { CheckCatalogue, CheckResult } from '../../server/contract/byoh';
import { apiIntCheckWords } from './api-int-check-words';
import { buildCheckWords } from './build-check-words';
import type { CheckText } from './check-text';
import { say, type Wording, type WordsFor } from './wording';

/** What each BYOH preflight check found, and how to fix it, in the reader's language. */
export const checkWords: WordsFor<CheckCatalogue, CheckText> = {
  ...buildCheckWords,
  // ssh-port
  reachable: ({ t }, p) => ({ message: t('TCP {{port}} accepts connections.', p) }),
  refused: ({ t }, p) => ({
    message: t('Nothing listens on TCP {{port}}.', p),
    fix: t('Install and start the OpenSSH server (sshd) on the host.'),
  }),
  filtered: ({ t }, { port, ports }) =>
    ports === undefined
      ? {
          message: t('TCP {{port}} does not answer in time.', { port }),
          fix: t(
            "Open TCP {{port}} in the host's firewall and in any firewall between the cluster and the host.",
            { port },
          ),
        }
      : {
          message: t('TCP {{ports}} does not answer in time.', { ports }),
          fix: t('Open these ports in any firewall between the cluster and the host.'),
        },
  unresolvable: ({ t }, p) => ({
    message: t('{{address}} does not resolve to an IPv4 address.', p),
    fix: t("Add an A record for it to the cluster's DNS, or use the IPv4 address."),
  }),
  // host-key
  'matches-configmap': ({ t }, p) => ({
    message: t(
      'The host presented the key pinned in ConfigMap windows-ssh-host-keys ({{fingerprint}}).',
      p,
    ),
  }),
  'matches-node': ({ t }, p) => ({
    message: t('The host presented the key pinned on its node ({{fingerprint}}).', p),
  }),
  'pinned-now': ({ t }, p) => ({
    message: t(
      'First contact: host key {{fingerprint}} is now pinned in ConfigMap windows-ssh-host-keys, which WMCO trusts too.',
      p,
    ),
  }),
  'mismatch-configmap': (w, p) => pinMismatch(w, p),
  'mismatch-node': (w, p) => pinMismatch(w, p),
  'not-pinned-login-failed': ({ t }, p) => ({
    message: t('Host key {{fingerprint}} was not pinned because the login failed.', p),
    fix: t('It is pinned at the first successful login.'),
  }),
  'not-pinned-not-allowed': ({ t }, p) => ({
    message: t(
      'Host key {{fingerprint}} could not be pinned: you may not write ConfigMap windows-ssh-host-keys.',
      p,
    ),
    fix: t("Ask for permission to update ConfigMaps in WMCO's namespace."),
  }),
  'pins-unreadable': ({ t }) => ({
    message: t(
      'You may not read the pinned host keys, so the host cannot be verified; no connection was made.',
    ),
    fix: t('Ask for read access to nodes and to ConfigMap windows-ssh-host-keys.'),
  }),
  // login
  accepted: ({ t }) => ({ message: t('The host accepts cloud-private-key.') }),
  rejected: ({ t }, p) => ({
    message: t('The host does not accept cloud-private-key ({{fingerprint}}) for {{username}}.', p),
    fix: t(
      'Add the public key shown on the Install page to C:\\ProgramData\\ssh\\administrators_authorized_keys on the host.',
    ),
  }),
  timeout: ({ t }) => ({
    message: t('The SSH login did not finish in time.'),
    fix: t('Check that sshd runs and answers on the host.'),
  }),
  handshake: ({ t }) => ({
    message: t('The SSH handshake failed.'),
    fix: t("Check the host's sshd configuration and log."),
  }),
  // default-shell
  cmd: ({ t }) => ({ message: t('The default SSH shell is cmd.exe.') }),
  powershell: ({ t }) => ({
    message: t('The default SSH shell is PowerShell; current WMCO releases detect and use it.'),
    fix: t(
      'The guide asks for cmd.exe: set DefaultShell under HKLM\\SOFTWARE\\OpenSSH to cmd.exe.',
    ),
  }),
  unknown: ({ t }, p) => ({
    message: t('The default shell answered unexpectedly: {{output}}', p),
    fix: t('Make cmd.exe the default SSH shell.'),
  }),
  'no-answer': ({ t }) => ({
    message: t('The host did not answer the shell probe in time.'),
    fix: t('Check that commands run over SSH on the host.'),
  }),
  'no-facts': ({ t }) => ({
    message: t('The host did not report its build, hostname, adapters and services.'),
    fix: t('Check that PowerShell runs over SSH on the host.'),
  }),
  // hostname
  valid: ({ t }, p) => ({
    message: t('Hostname {{hostname}} gives node name {{nodeName}}, a valid DNS label.', p),
  }),
  invalid: ({ t }, p) => ({
    message: t(
      'Hostname {{hostname}} gives node name {{nodeName}}, which is not an RFC 1123 DNS label.',
      p,
    ),
    fix: t(
      'Rename the host: at most 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
    ),
  }),
  // reverse-dns
  'ptr-found': ({ t }, p) => ({ message: t('{{ip}} resolves back to {{ptr}}.', p) }),
  'forward-reverse-match': ({ t }, p) => ({
    message: t('The name resolves to {{ip}}, which resolves back to it ({{ptr}}).', p),
  }),
  'ptr-missing': ({ t }, p) => ({
    message: t('{{ip}} has no PTR record.', p),
    fix: t(
      "Add a PTR record for {{ip}} to the cluster's DNS: WMCO approves the node's certificates only then.",
      p,
    ),
  }),
  'forward-reverse-mismatch': ({ t }, p) => ({
    message: t('{{name}} resolves to {{ip}}, which resolves back to {{ptr}} instead.', p),
    fix: t('Make the PTR record of {{ip}} name {{name}}.', p),
  }),
  // node-ports
  open: ({ t }) => ({ message: t('TCP 10250 and 9182 answer from the cluster.') }),
  'open-not-listening': ({ t }, p) => ({
    message: t(
      'The firewall lets TCP {{ports}} through; kubelet and windows_exporter listen there once WMCO has configured the host.',
      p,
    ),
  }),
  'firewall-rule-missing': ({ t }, p) => ({
    message: t('Firewall rules {{rules}} for TCP {{ports}} are missing.', p),
    fix: t('Remediate creates them over SSH, or create them on the host with New-NetFirewallRule.'),
  }),
  'closed-rules-unknown': ({ t }, p) => ({
    message: t(
      "TCP {{ports}} refuses connections, and the host's firewall rules cannot be read without a login.",
      p,
    ),
    fix: t('Fix the login, then run the preflight again.'),
  }),
  // network-adapters
  one: ({ t }) => ({ message: t('One network adapter is up.') }),
  several: ({ t }, { count }) => ({
    message: t('{{count}} network adapters are up.', { count: Number(count) }),
    fix: t('Leave one network adapter: WMCO does not support hosts with more.'),
  }),
  'none-up': ({ t }) => ({
    message: t('No physical network adapter reports Up.'),
    fix: t("Check the host's network configuration."),
  }),
  // containerd
  absent: ({ t }) => ({ message: t('No containerd service is installed.') }),
  installed: ({ t }) => ({
    message: t('A containerd service is installed.'),
    fix: t('Uninstall it: WMCO installs and manages its own container runtime.'),
  }),
  ...apiIntCheckWords,
  // any check run over SSH
  'keepalive-timeout': ({ t }) => ({
    message: t('The host stopped answering over SSH while the check ran.'),
    fix: t(
      'Check that the host is up and that nothing between the cluster and the host drops the connection, then run the preflight again.',
    ),
  }),
  'connection-closed': ({ t }) => ({
    message: t('The host closed the SSH connection while the check ran.'),
    fix: t(
      "Check the host's sshd log (a restart, a crash, a session limit), then run the preflight again.",
    ),
  }),
  // any check
  'host-timeout': ({ t }) => ({
    message: t('The host did not finish within the time limit.'),
    fix: t("Check the host's network and load, then run the preflight again."),
  }),
  'internal-error': ({ t }) => ({
    message: t("The check failed unexpectedly; the backend's log has the details."),
  }),
  // why a check was skipped
  'no-connection': ({ t }) => ({ message: t('Not checked: no SSH connection.') }),
  'no-handshake': ({ t }) => ({ message: t('Not checked: the SSH handshake did not complete.') }),
  'host-key-refused': ({ t }) => ({ message: t('Not checked: the host key was refused.') }),
  'no-login': ({ t }) => ({ message: t('Not checked: the login failed.') }),
};

function pinMismatch({ t }: Wording, params: { presented: string; pinned: string }): CheckText {
  return {
    message: t(
      'The host presented key {{presented}}, but {{pinned}} is pinned: the connection was refused.',
      params,
    ),
    fix: t(
      "If the host was rebuilt on purpose, remove its pin (ConfigMap windows-ssh-host-keys or the node's ssh-host-key annotation); otherwise treat this as an attack.",
    ),
  };
}

/** A check's verdict in words: a skipped check says why it could not run. */
export function describeCheck(wording: Wording, check: CheckResult): CheckText {
  if (check.status === 'skipped') {
    return check.code === 'unresolvable'
      ? { message: wording.t('Not checked: the address does not resolve.') }
      : say(checkWords, wording, check.code in skipReasons ? check : { code: 'no-connection' });
  }
  return say(checkWords, wording, check);
}

const skipReasons = {
  'no-connection': true,
  'no-handshake': true,
  'host-key-refused': true,
  'no-login': true,
};

/** Login verdicts of an SSH session that never completed, though TCP had answered. */
const sessionFailures: readonly CheckResult['code'][] = ['handshake', 'timeout'];

/**
 * A check's verdict among its host's others: an open SSH port beside an SSH session that did not
 * complete says that only the port answered, so the two rows do not read as a contradiction.
 */
export function describeHostCheck(
  wording: Wording,
  check: CheckResult,
  checks: readonly CheckResult[],
): CheckText {
  const sessionFailed = checks.some(
    (other) =>
      other.id === 'login' && other.status === 'fail' && sessionFailures.includes(other.code),
  );
  if (check.code === 'reachable' && sessionFailed) {
    return {
      message: wording.t('TCP {{port}} accepts connections, but SSH did not complete: see below.', {
        port: check.params?.port,
      }),
    };
  }
  return describeCheck(wording, check);
}
