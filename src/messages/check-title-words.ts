import type { CheckId } from '../../server/contract/byoh';
import type { Wording } from './wording';

/** The name of each BYOH preflight check. */
export const checkTitleWords: Record<CheckId, (wording: Wording) => string> = {
  'ssh-port': ({ t }) => t('SSH port reachable'),
  'host-key': ({ t }) => t('Host key'),
  login: ({ t }) => t('Key accepted for the user'),
  'default-shell': ({ t }) => t('Default shell'),
  'windows-build': ({ t }) => t('Windows Server build'),
  hostname: ({ t }) => t('Hostname'),
  'reverse-dns': ({ t }) => t('Reverse DNS'),
  'node-ports': ({ t }) => t('TCP 10250 and 9182 reachable'),
  'network-adapters': ({ t }) => t('Network adapters'),
  containerd: ({ t }) => t('No containerd installed'),
  'api-int': ({ t }) => t('Internal API name resolves'),
};
