import { useCallback, useState, type ReactNode } from 'react';
import { EmptyState, EmptyStateBody, EmptyStateFooter } from '@patternfly/react-core';
import { ColumnManagementModal } from './ColumnManagementModal';
import { ListLinksProvider } from './ListLink';
import { ListPagination } from './ListPagination';
import { ListTable, type ListRowsProps } from './ListTable';
import { ListToolbar } from './ListToolbar';
import { useColumnVisibility } from './useColumnVisibility';
import type { List } from './useList';

/** What an empty list says: that there is nothing yet, why, and how to make some. */
export interface ListEmpty {
  title: string;
  body: string;
  actions?: ReactNode;
}

interface ListViewProps<T> extends ListRowsProps<T> {
  list: List<T>;
  /** Said instead of the list when there are no rows at all (not when filters hide them). */
  empty: ListEmpty;
  /** The page's own actions on the list (ToolbarItems), such as Create. */
  actions?: ReactNode;
}

/**
 * The plugin's list page body, modelled on the console's own lists: a filter toolbar (text and
 * attribute filters), sortable columns the user picks, a kebab per row, and pagination, so the page
 * holds one page of rows while counts and filters cover them all.
 */
export function ListView<T>({ list, empty, actions, ...rows }: ListViewProps<T>) {
  const columns = useColumnVisibility(list.spec.id, list.spec.columns);
  const [managing, setManaging] = useState(false);
  const manageColumns = useCallback(() => {
    setManaging(true);
  }, []);
  if (list.total === 0) {
    return (
      <EmptyState headingLevel="h2" titleText={empty.title} data-test={`${list.spec.id}-empty`}>
        <EmptyStateBody>{empty.body}</EmptyStateBody>
        {empty.actions ? <EmptyStateFooter>{empty.actions}</EmptyStateFooter> : null}
      </EmptyState>
    );
  }
  return (
    <ListLinksProvider>
      <div data-test={`${list.spec.id}-list`}>
        <ListToolbar
          list={list}
          label={rows.label}
          actions={actions}
          onManageColumns={manageColumns}
        />
        <ListTable list={list} columns={columns.visible} {...rows} />
        <ListPagination list={list} label={rows.label} bottom />
        {managing ? (
          <ColumnManagementModal
            listId={list.spec.id}
            columns={list.spec.columns}
            shown={columns.shownIds}
            onSave={columns.setShown}
            onClose={() => {
              setManaging(false);
            }}
          />
        ) : null}
      </div>
    </ListLinksProvider>
  );
}
