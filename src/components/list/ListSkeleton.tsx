import { Skeleton } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginTranslation } from '../../i18n';
import { useColumnVisibility } from './useColumnVisibility';
import type { ListSpec } from './useList';

const skeletonRows = 5;

/** The list's shape while its data loads: the real headers over placeholder rows, as the console does. */
export function ListSkeleton<T>({ spec, label }: { spec: ListSpec<T>; label: string }) {
  const { t } = usePluginTranslation();
  const titles = useColumnVisibility(spec.id, spec.columns).visible.map(({ title }) => title);
  return (
    <Table aria-label={label} aria-busy="true" variant="compact" data-test="list-skeleton">
      <Thead>
        <Tr>
          {titles.map((title) => (
            <Th key={title} modifier="wrap">
              {title}
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {Array.from({ length: skeletonRows }, (_row, row) => (
          <Tr key={row}>
            {titles.map((title) => (
              <Td key={title} dataLabel={title}>
                <Skeleton screenreaderText={row === 0 ? t('Loading') : undefined} />
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
