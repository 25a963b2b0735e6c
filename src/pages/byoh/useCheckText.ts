import type { CheckId, CheckResult } from '../../../server/contract/byoh';
import { usePluginTranslation } from '../../i18n';

export interface CheckText {
  message: string;
  /** One sentence saying how to fix it; absent when there is nothing to fix. */
  fix?: string;
}

/** The name of each check, and for each verdict code what was found and how to fix it. */
export function useCheckText(): {
  title: (id: CheckId) => string;
  describe: (check: CheckResult) => CheckText;
} {
  const { t } = usePluginTranslation();
  const titles: Record<CheckId, string> = {
    'ssh-port': t('SSH port reachable'),
    'host-key': t('Host key'),
    login: t('Key accepted for the user'),
    'default-shell': t('Default shell'),
    'windows-build': t('Windows Server build'),
    hostname: t('Hostname'),
    'reverse-dns': t('Reverse DNS'),
    'node-ports': t('TCP 10250 and 9182 reachable'),
    'network-adapters': t('Network adapters'),
    containerd: t('No containerd installed'),
  };

  const skippedBecause = (code: string): string => {
    switch (code) {
      case 'unresolvable':
        return t('Not checked: the address does not resolve.');
      case 'host-key-refused':
        return t('Not checked: the host key was refused.');
      case 'no-login':
        return t('Not checked: the login failed.');
      default:
        return t('Not checked: no SSH connection.');
    }
  };

  const describe = ({ id, status, code, params = {} }: CheckResult): CheckText => {
    if (status === 'skipped') return { message: skippedBecause(code) };
    switch (code) {
      // ssh-port
      case 'reachable':
        return { message: t('TCP {{port}} accepts connections.', params) };
      case 'refused':
        return {
          message: t('Nothing listens on TCP {{port}}.', params),
          fix: t('Install and start the OpenSSH server (sshd) on the host.'),
        };
      case 'filtered':
        return id === 'ssh-port'
          ? {
              message: t('TCP {{port}} does not answer in time.', params),
              fix: t(
                "Open TCP {{port}} in the host's firewall and in any firewall between the cluster and the host.",
                params,
              ),
            }
          : {
              message: t('TCP {{ports}} does not answer in time.', params),
              fix: t('Open these ports in any firewall between the cluster and the host.'),
            };
      case 'unresolvable':
        return {
          message: t('{{address}} does not resolve to an IPv4 address.', params),
          fix: t("Add an A record for it to the cluster's DNS, or use the IPv4 address."),
        };
      // host-key
      case 'matches-configmap':
        return {
          message: t(
            'The host presented the key pinned in ConfigMap windows-ssh-host-keys ({{fingerprint}}).',
            params,
          ),
        };
      case 'matches-node':
        return {
          message: t('The host presented the key pinned on its node ({{fingerprint}}).', params),
        };
      case 'pinned-now':
        return {
          message: t(
            'First contact: host key {{fingerprint}} is now pinned in ConfigMap windows-ssh-host-keys, which WMCO trusts too.',
            params,
          ),
        };
      case 'mismatch-configmap':
      case 'mismatch-node':
        return {
          message: t(
            'The host presented key {{presented}}, but {{pinned}} is pinned: the connection was refused.',
            params,
          ),
          fix: t(
            "If the host was rebuilt on purpose, remove its pin (ConfigMap windows-ssh-host-keys or the node's ssh-host-key annotation); otherwise treat this as an attack.",
          ),
        };
      case 'not-pinned-login-failed':
        return {
          message: t('Host key {{fingerprint}} was not pinned because the login failed.', params),
          fix: t('It is pinned at the first successful login.'),
        };
      case 'not-pinned-not-allowed':
        return {
          message: t(
            'Host key {{fingerprint}} could not be pinned: you may not write ConfigMap windows-ssh-host-keys.',
            params,
          ),
          fix: t("Ask for permission to update ConfigMaps in WMCO's namespace."),
        };
      case 'pins-unreadable':
        return {
          message: t(
            'You may not read the pinned host keys, so the host cannot be verified; no connection was made.',
          ),
          fix: t('Ask for read access to nodes and to ConfigMap windows-ssh-host-keys.'),
        };
      // login
      case 'accepted':
        return { message: t('The host accepts cloud-private-key.') };
      case 'rejected':
        return {
          message: t(
            'The host does not accept cloud-private-key ({{fingerprint}}) for {{username}}.',
            params,
          ),
          fix: t(
            'Add the public key shown on the Install page to C:\\ProgramData\\ssh\\administrators_authorized_keys on the host.',
          ),
        };
      case 'timeout':
        return {
          message: t('The SSH login did not finish in time.'),
          fix: t('Check that sshd runs and answers on the host.'),
        };
      case 'handshake':
        return {
          message: t('The SSH handshake failed.'),
          fix: t("Check the host's sshd configuration and log."),
        };
      // default-shell
      case 'cmd':
        return { message: t('The default SSH shell is cmd.exe.') };
      case 'powershell':
        return {
          message: t(
            'The default SSH shell is PowerShell; current WMCO releases detect and use it.',
          ),
          fix: t(
            'The guide asks for cmd.exe: set DefaultShell under HKLM\\SOFTWARE\\OpenSSH to cmd.exe.',
          ),
        };
      case 'unknown':
        return {
          message: t('The default shell answered unexpectedly: {{output}}', params),
          fix: t('Make cmd.exe the default SSH shell.'),
        };
      case 'no-answer':
        return {
          message: t('The host did not answer the shell probe in time.'),
          fix: t('Check that commands run over SSH on the host.'),
        };
      // windows-build
      case 'supported':
        return {
          message: t(
            'Windows Server {{version}} (build {{build}}) is supported on {{platform}} by WMCO {{wmco}}.',
            params,
          ),
        };
      case 'unsupported-on-platform':
        return {
          message: t(
            'Windows Server {{version}} is not supported on {{platform}} by WMCO {{wmco}} (supported: {{supported}}).',
            params,
          ),
          fix: t('Use a Windows Server version this cluster supports.'),
        };
      case 'revision-too-old':
        return {
          message: t('Build {{build}} is older than {{minimum}}.', params),
          fix: t('Install the latest cumulative update (Windows Server 2022 needs KB5012637).'),
        };
      case 'unknown-build':
        return {
          message: t('Build {{build}} is not a Windows Server release WMCO supports.', params),
          fix: t('Use Windows Server 2019 or 2022, or 2025 where this WMCO supports it.'),
        };
      case 'no-rules':
        return {
          message: t(
            'Windows Server {{version}} (build {{build}}): the WMCO version or the platform is unknown, so support cannot be judged.',
            params,
          ),
          fix: t('Install WMCO first, or run the preflight with permission to read it.'),
        };
      case 'no-facts':
        return {
          message: t('The host did not report its build, hostname, adapters and services.'),
          fix: t('Check that PowerShell runs over SSH on the host.'),
        };
      // hostname
      case 'valid':
        return {
          message: t(
            'Hostname {{hostname}} gives node name {{nodeName}}, a valid DNS label.',
            params,
          ),
        };
      case 'invalid':
        return {
          message: t('Hostname {{hostname}} is not an RFC 1123 DNS label.', params),
          fix: t(
            'Rename the host: at most 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
          ),
        };
      // reverse-dns
      case 'ptr-found':
        return { message: t('{{ip}} resolves back to {{ptr}}.', params) };
      case 'forward-reverse-match':
        return { message: t('The name resolves to {{ip}}, which resolves back to it.', params) };
      case 'ptr-missing':
        return {
          message: t('{{ip}} has no PTR record.', params),
          fix: t(
            "Add a PTR record for {{ip}} to the cluster's DNS: WMCO approves the node's certificates only then.",
            params,
          ),
        };
      case 'forward-reverse-mismatch':
        return {
          message: t(
            '{{name}} resolves to {{ip}}, which resolves back to {{ptr}} instead.',
            params,
          ),
          fix: t('Make the PTR record of {{ip}} name {{name}}.', params),
        };
      // node-ports
      case 'open':
        return { message: t('TCP 10250 and 9182 answer from the cluster.') };
      case 'open-not-listening':
        return {
          message: t(
            'The firewall lets TCP {{ports}} through; kubelet and windows_exporter listen there once WMCO has configured the host.',
            params,
          ),
        };
      case 'firewall-rule-missing':
        return {
          message: t('Firewall rules {{rules}} for TCP {{ports}} are missing.', params),
          fix: t(
            'Remediate creates them over SSH, or create them on the host with New-NetFirewallRule.',
          ),
        };
      case 'closed-rules-unknown':
        return {
          message: t(
            "TCP {{ports}} refuses connections, and the host's firewall rules cannot be read without a login.",
            params,
          ),
          fix: t('Fix the login, then run the preflight again.'),
        };
      // network-adapters
      case 'one':
        return { message: t('One network adapter is up.') };
      case 'several':
        return {
          message: t('{{count}} network adapters are up.', params),
          fix: t('Leave one network adapter: WMCO does not support hosts with more.'),
        };
      case 'none-up':
        return {
          message: t('No physical network adapter reports Up.'),
          fix: t("Check the host's network configuration."),
        };
      // containerd
      case 'absent':
        return { message: t('No containerd service is installed.') };
      case 'installed':
        return {
          message: t('A containerd service is installed.'),
          fix: t('Uninstall it: WMCO installs and manages its own container runtime.'),
        };
      // any check run over SSH
      case 'keepalive-timeout':
        return {
          message: t('The host stopped answering over SSH while the check ran.'),
          fix: t(
            'Check that the host is up and that nothing between the cluster and the host drops the connection, then run the preflight again.',
          ),
        };
      case 'connection-closed':
        return {
          message: t('The host closed the SSH connection while the check ran.'),
          fix: t(
            "Check the host's sshd log (a restart, a crash, a session limit), then run the preflight again.",
          ),
        };
      // any check
      case 'host-timeout':
        return {
          message: t('The host did not finish within the time limit.'),
          fix: t("Check the host's network and load, then run the preflight again."),
        };
      case 'internal-error':
        return { message: t("The check failed unexpectedly; the backend's log has the details.") };
      default:
        return { message: code };
    }
  };

  return { title: (id) => titles[id], describe };
}
