import { memo, useState, type ReactNode } from 'react';
import {
  Bullseye,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateFooter,
} from '@patternfly/react-core';
import { SearchIcon } from '@patternfly/react-icons';
import {
  ExpandableRowContent,
  Table,
  Tbody,
  Td,
  Thead,
  Tr,
  type ThProps,
} from '@patternfly/react-table';
import { usePluginTranslation } from '../../i18n';
import { withoutFilters, withSort } from './list-model';
import { ListTd, ListTh } from './ListCells';
import { RowActions, type RowAction } from './RowActions';
import type { List, ListColumn } from './useList';

/** Rows that unfold into more detail (a MachineSet's machines), rendered only while unfolded. */
export interface ListExpansion<T> {
  /** Whether rows start unfolded: at fleet scale they start folded. */
  initiallyExpanded: boolean;
  content: (row: T) => ReactNode;
}

/** Give these stable identities (useCallback, useMemo): the table renders again only when they change. */
export interface ListRowsProps<T> {
  /** The table's accessible name. */
  label: string;
  /** The table's `data-test`. */
  testId: string;
  /** The row's kebab menu; a list without it has no actions column. */
  rowActions?: (row: T) => readonly RowAction[];
  expansion?: ListExpansion<T>;
}

interface ListTableProps<T> extends ListRowsProps<T> {
  list: List<T>;
  columns: readonly ListColumn<T>[];
}

function NoMatch<T>({ list, colSpan }: { list: List<T>; colSpan: number }) {
  const { t } = usePluginTranslation();
  return (
    <Tbody>
      <Tr>
        <Td colSpan={colSpan}>
          <Bullseye>
            <EmptyState headingLevel="h2" icon={SearchIcon} titleText={t('No results found')}>
              <EmptyStateBody>
                {t('No result matches the filter criteria. Clear all filters and try again.')}
              </EmptyStateBody>
              <EmptyStateFooter>
                <Button
                  variant="link"
                  onClick={() => {
                    list.update(withoutFilters);
                  }}
                >
                  {t('Clear all filters')}
                </Button>
              </EmptyStateFooter>
            </EmptyState>
          </Bullseye>
        </Td>
      </Tr>
    </Tbody>
  );
}

/** One page of a list as a compact table: sortable headers, a kebab per row, rows that unfold. */
function ListTableRows<T>({
  list,
  columns,
  label,
  testId,
  rowActions,
  expansion,
}: ListTableProps<T>) {
  const { rowKey, rowTestId, rowData } = list.spec;
  const { t } = usePluginTranslation();
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const offset = expansion ? 1 : 0;
  const colSpan = columns.length + offset + (rowActions ? 1 : 0);
  const sortIndex = columns.findIndex((column) => column.id === list.state.sort.column) + offset;
  const sortOf = (column: ListColumn<T>, index: number): ThProps['sort'] =>
    column.sortKey
      ? {
          sortBy: { index: sortIndex, direction: list.state.sort.direction },
          onSort: (_event, _index, direction) => {
            list.update((state) => withSort(state, { column: column.id, direction }));
          },
          columnIndex: index + offset,
        }
      : undefined;

  const rows = list.shown.rows.map((row, rowIndex) => {
    const key = rowKey(row);
    const isExpanded = toggled.get(key) ?? expansion?.initiallyExpanded ?? false;
    // Rows are keyed by their place on the page: after a sort or a keystroke React updates them in
    // place instead of mounting a page of new ones. What a row unfolds into keeps its row's key.
    const cells = (
      <Tr key={rowIndex} data-test={expansion ? undefined : rowTestId?.(row)} {...rowData?.(row)}>
        {expansion ? (
          <ListTd
            expand={{
              rowIndex,
              isExpanded,
              onToggle: () => {
                setToggled((previous) => new Map(previous).set(key, !isExpanded));
              },
              expandId: `${testId}-expand`,
            }}
          />
        ) : null}
        {columns.map((column) => (
          <ListTd key={column.id} dataLabel={column.title} modifier={column.modifier}>
            {column.cell(row)}
          </ListTd>
        ))}
        {rowActions ? (
          <ListTd isActionCell>
            <RowActions
              label={t('Actions for {{name}}', { name: key })}
              actions={rowActions(row)}
            />
          </ListTd>
        ) : null}
      </Tr>
    );
    if (!expansion) return cells;
    return (
      <Tbody key={rowIndex} isExpanded={isExpanded} data-test={rowTestId?.(row)}>
        {cells}
        {isExpanded ? (
          <Tr isExpanded>
            <Td colSpan={colSpan}>
              <ExpandableRowContent key={key}>{expansion.content(row)}</ExpandableRowContent>
            </Td>
          </Tr>
        ) : null}
      </Tbody>
    );
  });

  return (
    <Table aria-label={label} variant="compact" data-test={testId}>
      <Thead>
        <Tr>
          {expansion ? <ListTh screenReaderText={t('Details')} /> : null}
          {columns.map((column, index) => (
            <ListTh
              key={column.id}
              sort={sortOf(column, index)}
              modifier={column.modifier ?? 'wrap'}
            >
              {column.title}
            </ListTh>
          ))}
          {rowActions ? <ListTh screenReaderText={t('Actions')} /> : null}
        </Tr>
      </Thead>
      {list.shown.rows.length === 0 ? <NoMatch list={list} colSpan={colSpan} /> : null}
      {expansion ? rows : <Tbody>{rows}</Tbody>}
    </Table>
  );
}

// A page renders again on every URL change (the console's router re-renders its route): the rows
// render again only when the list or the row callbacks changed.
export const ListTable = memo(ListTableRows) as typeof ListTableRows;
