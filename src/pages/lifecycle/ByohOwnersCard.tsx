import { Card, CardBody, CardTitle, List, ListItem } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ByohHost } from '../../../server/contract/lifecycle';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { useLifecycleText } from './useLifecycleText';

/** BYOH hosts are patched by their owners: what each owner must do, and where to re-run the check. */
export function ByohOwnersCard({ hosts }: { hosts: ByohHost[] }) {
  const { t } = usePluginTranslation();
  const text = useLifecycleText();
  if (hosts.length === 0) return null;
  return (
    <Card data-test="byoh-owners">
      <CardTitle>{t('BYOH hosts: what their owners must do')}</CardTitle>
      <CardBody>
        <Table aria-label={t('BYOH hosts: what their owners must do')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Node')}</Th>
              <Th>{t('Address')}</Th>
              <Th>{t('Owner’s actions')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {hosts.map((host) => (
              <Tr key={host.node} data-test={`byoh-owner-${host.node}`}>
                <Td dataLabel={t('Node')}>{host.node}</Td>
                <Td dataLabel={t('Address')}>{host.address}</Td>
                <Td dataLabel={t('Owner’s actions')}>
                  <List isPlain>
                    {host.actions.map((action) => (
                      <ListItem key={action.code}>{text.ownerAction(action)}</ListItem>
                    ))}
                  </List>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
        <Link to="/windows/byoh">
          {t('After patching, re-run the preflight’s build check on the BYOH instances page')}
        </Link>
      </CardBody>
    </Card>
  );
}
