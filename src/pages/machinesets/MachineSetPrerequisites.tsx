import {
  Alert,
  Checkbox,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
  Title,
} from '@patternfly/react-core';
import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import type { MachineSetPlatform } from '../../../server/src/domain/machinesets/machine-set-inputs';
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';
import {
  prerequisiteBlockers,
  vsphereChecklist,
  type ChecklistItem,
} from './machine-set-prerequisites';

interface MachineSetPrerequisitesProps {
  platform: MachineSetPlatform;
  defaults: MachineSetDefaults;
  confirmed: ReadonlySet<ChecklistItem>;
  onConfirm: (item: ChecklistItem, checked: boolean) => void;
}

/** What the cluster says about itself, what blocks a Windows MachineSet, and vSphere's checklist. */
export function MachineSetPrerequisites({
  platform,
  defaults,
  confirmed,
  onConfirm,
}: MachineSetPrerequisitesProps) {
  const { t } = usePluginTranslation();
  const blockers = new Set(prerequisiteBlockers(platform, defaults, confirmed));
  const checklist: Record<ChecklistItem, string> = {
    'vmware-tools': t('VMware Tools 11.0.6 or later is installed and the VMTools service runs.'),
    'exclude-nics': t(
      'C:\\ProgramData\\VMware\\VMware Tools\\tools.conf contains exclude-nics= (empty), so the hybrid overlay’s virtual NIC is not ignored.',
    ),
    openssh: t(
      'The OpenSSH server is installed, and the administrator’s authorized keys hold the public half of the key in cloud-private-key.',
    ),
    firewall: t('A firewall rule (ContainerLogsPort) allows inbound TCP 10250 for container logs.'),
    sysprep: t(
      'A clone of the VM was generalized with sysprep (/generalize /oobe /shutdown) and an unattend.xml, then turned into a template.',
    ),
    template: t(
      'The template named in this MachineSet is that clone, never the original VM template: it stays powered off and is only cloned.',
    ),
    'api-int': t(
      'A DNS record api-int.<cluster>.<base domain> points to the API server, so Windows machines can fetch their Ignition files.',
    ),
  };
  return (
    <Stack hasGutter data-test="machineset-prerequisites">
      <DescriptionList isHorizontal isCompact>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Platform')}</DescriptionListTerm>
          <DescriptionListDescription data-test="machineset-platform">
            {platform}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Infrastructure ID')}</DescriptionListTerm>
          <DescriptionListDescription>
            {defaults.infrastructureName ?? '—'}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('WMCO version')}</DescriptionListTerm>
          <DescriptionListDescription>
            {defaults.wmco.version
              ? defaults.wmco.source === 'installed'
                ? t('{{version}} (installed)', { version: defaults.wmco.version })
                : t('{{version}} (offered by the catalog; not installed yet)', {
                    version: defaults.wmco.version,
                  })
              : t('Unknown')}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Windows Server versions supported here')}</DescriptionListTerm>
          <DescriptionListDescription>
            {defaults.windowsServerVersions.join(', ') || t('None')}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Secret windows-user-data')}</DescriptionListTerm>
          <DescriptionListDescription data-test="user-data-state">
            {defaults.userDataSecretPresent === undefined
              ? t('Cannot check')
              : defaults.userDataSecretPresent
                ? t('Present in openshift-machine-api')
                : t('Missing')}
          </DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>
      {blockers.has('no-windows-server') ? (
        <Alert isInline variant="danger" title={t('No Windows Server version can be offered')}>
          {t(
            'Without a known WMCO version there is nothing to judge the image by. Install WMCO first.',
          )}{' '}
          <Link to="/windows/install">{t('Install WMCO')}</Link>
        </Alert>
      ) : null}
      {blockers.has('user-data-missing') ? (
        <Alert
          isInline
          variant="danger"
          title={t('Secret windows-user-data does not exist yet')}
          data-test="user-data-missing"
        >
          {t(
            'WMCO creates it in openshift-machine-api from its SSH key; Windows machines boot with it. Install WMCO and create the key first.',
          )}{' '}
          <Link to="/windows/install">{t('Install WMCO')}</Link>
        </Alert>
      ) : null}
      {defaults.userDataSecretPresent === undefined ? (
        <Alert isInline variant="warning" title={t('Cannot check windows-user-data')}>
          {t('You may not read secrets in openshift-machine-api; the create will check it.')}
        </Alert>
      ) : null}
      <UnreadableAlert resources={defaults.unreadable} />
      {platform === 'VSphere' ? (
        <>
          {blockers.has('vxlan-port-missing') ? (
            <Alert isInline variant="danger" title={t('No custom VXLAN port')}>
              {t(
                'On vSphere, Windows nodes need hybrid networking with a custom VXLAN port (hybridOverlayVXLANPort), which can only be set when the cluster is installed.',
              )}
            </Alert>
          ) : (
            <Alert
              isInline
              isPlain
              variant="success"
              title={t('Custom VXLAN port {{port}} is set', {
                port: defaults.hybridOverlayVXLANPort,
              })}
            />
          )}
          <Title headingLevel="h3">{t('Confirm the vSphere preparation (guide 5.3.2)')}</Title>
          {vsphereChecklist.map((item) => (
            <Checkbox
              key={item}
              id={`vsphere-${item}`}
              label={checklist[item]}
              isChecked={confirmed.has(item)}
              onChange={(_event, checked) => {
                onConfirm(item, checked);
              }}
            />
          ))}
        </>
      ) : null}
    </Stack>
  );
}
