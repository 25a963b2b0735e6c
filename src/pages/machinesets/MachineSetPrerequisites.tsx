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
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { platformOf } from './machine-set-form';
import { prerequisiteBlockers } from './machine-set-prerequisites';

interface MachineSetPrerequisitesProps {
  platform: string;
  defaults: MachineSetDefaults;
  confirmed: ReadonlySet<string>;
  onConfirm: (item: string, checked: boolean) => void;
}

/** What the cluster says about itself, what blocks a Windows MachineSet, and the platform's checklist. */
export function MachineSetPrerequisites({
  platform,
  defaults,
  confirmed,
  onConfirm,
}: MachineSetPrerequisitesProps) {
  const { t } = usePluginTranslation();
  const blockers = new Set(prerequisiteBlockers(platform, defaults, confirmed));
  const needs = platformOf(platform).prerequisites;
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
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={t('No Windows Server version can be offered')}
        >
          {t(
            'Without a known WMCO version there is nothing to judge the image by. Install WMCO first.',
          )}{' '}
          <Link to="/windows/install">{t('Install WMCO')}</Link>
        </Alert>
      ) : null}
      {blockers.has('user-data-missing') ? (
        <Alert
          component="h2"
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
        <Alert
          component="h2"
          isInline
          variant="warning"
          title={t('Cannot check windows-user-data')}
        >
          {t('You may not read secrets in openshift-machine-api; the create will check it.')}
        </Alert>
      ) : null}
      <UnreadableAlert resources={defaults.unreadable} />
      {needs?.needsVxlanPort ? (
        blockers.has('vxlan-port-missing') ? (
          <Alert component="h2" isInline variant="danger" title={t('No custom VXLAN port')}>
            {t(
              'On vSphere, Windows nodes need hybrid networking with a custom VXLAN port (hybridOverlayVXLANPort), which can only be set when the cluster is installed.',
            )}
          </Alert>
        ) : (
          <Alert
            component="h2"
            isInline
            isPlain
            variant="success"
            title={t('Custom VXLAN port {{port}} is set', {
              port: defaults.hybridOverlayVXLANPort,
            })}
          />
        )
      ) : null}
      {needs?.checklistTitle ? <Title headingLevel="h3">{t(needs.checklistTitle)}</Title> : null}
      {needs?.checklist.map((item) => (
        <Checkbox
          key={item.id}
          id={`checklist-${item.id}`}
          label={t(item.text)}
          isChecked={confirmed.has(item.id)}
          onChange={(_event, checked) => {
            onConfirm(item.id, checked);
          }}
        />
      ))}
    </Stack>
  );
}
