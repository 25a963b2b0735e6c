import { memo } from 'react';
import { Pagination, PaginationVariant } from '@patternfly/react-core';
import { usePluginTranslation } from '../../i18n';
import { perPageOptions, withPage, withPerPage } from './list-model';
import type { List } from './useList';

interface ListPaginationProps<T> {
  list: List<T>;
  /** The list's name (its table's label): a page may hold several lists, each with its own pages. */
  label: string;
  bottom?: boolean;
}

/** The console's pagination: compact above the table, full below it. */
function ListPaginationControls<T>({ list, label, bottom = false }: ListPaginationProps<T>) {
  const { t } = usePluginTranslation();
  return (
    <Pagination
      itemCount={list.shown.matching}
      page={list.shown.page}
      perPage={list.state.perPage}
      perPageOptions={perPageOptions.map((value) => ({ title: String(value), value }))}
      onSetPage={(_event, page) => {
        list.update((state) => withPage(state, page));
      }}
      onPerPageSelect={(_event, perPage) => {
        list.update((state) => withPerPage(state, perPage));
      }}
      variant={bottom ? PaginationVariant.bottom : PaginationVariant.top}
      isCompact={!bottom}
      titles={{
        paginationAriaLabel: bottom
          ? t('Pages of {{list}}, below it', { list: label })
          : t('Pages of {{list}}', { list: label }),
        ofWord: t('of'),
        items: t('items'),
        page: t('page'),
        pages: t('pages'),
        itemsPerPage: t('Items per page'),
        perPageSuffix: t('per page'),
        toFirstPageAriaLabel: t('Go to first page'),
        toPreviousPageAriaLabel: t('Go to previous page'),
        toNextPageAriaLabel: t('Go to next page'),
        toLastPageAriaLabel: t('Go to last page'),
        currPageAriaLabel: t('Current page'),
      }}
      widgetId={list.spec.id}
      data-test={bottom ? 'pagination-bottom' : 'pagination'}
    />
  );
}

export const ListPagination = memo(ListPaginationControls) as typeof ListPaginationControls;
