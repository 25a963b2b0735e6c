import { useMemo, type ReactNode } from 'react';
import {
  defaultPerPage,
  filteredOrder,
  indexRows,
  isFiltered,
  pageOf,
  sortedOrder,
  type ListModelSpec,
  type ListPage,
  type ListSort,
  type ListState,
} from './list-model';
import type { ListUrlSpec } from './list-url';
import { useListState, type ListUpdate } from './useListState';

export interface ListColumn<T> {
  id: string;
  title: string;
  cell: (row: T) => ReactNode;
  /** Makes the column sortable; read once per row when the data changes. */
  sortKey?: (row: T) => string | number;
  /** Shown only once chosen in column management. */
  hiddenByDefault?: boolean;
  /** Always shown: the column that names the row. */
  required?: boolean;
  modifier?: 'wrap' | 'nowrap' | 'truncate' | 'breakWord' | 'fitContent';
}

export interface ListAttribute<T> {
  /** Also the URL query key. */
  id: string;
  title: string;
  /** The filter's prompt: "Filter by status". */
  placeholder: string;
  /** The option ids a row has. */
  value: (row: T) => string | readonly string[];
  /** Options in the order to offer them; ids found in the data and not listed follow, sorted. */
  options?: readonly { id: string; label: string }[];
}

export interface ListSpec<T> {
  /** Names the list for column preferences and tests. */
  id: string;
  rowKey: (row: T) => string;
  rowTestId?: (row: T) => string;
  /** More `data-` attributes of a row, for tests and styles (`data-state`). */
  rowData?: (row: T) => Readonly<Record<`data-${string}`, string>>;
  columns: readonly ListColumn<T>[];
  attributes?: readonly ListAttribute<T>[];
  searchText: (row: T) => readonly (string | undefined)[];
  searchPlaceholder: string;
  defaultSort: ListSort;
  perPage?: number;
  /** A second list on a page gets a query prefix; `false` keeps the state in the component. */
  url?: { prefix?: string } | false;
}

export interface AttributeOption {
  id: string;
  label: string;
  count: number;
}

export interface List<T> {
  spec: ListSpec<T>;
  state: ListState;
  update: ListUpdate;
  /** Every row, before filters. */
  total: number;
  /** Every row that passes the filters, on all pages, in sort order. */
  matching: readonly T[];
  shown: ListPage<T>;
  isFiltered: boolean;
  /** Per attribute: the options present in the data or selected, with how many rows have each. */
  options: Readonly<Record<string, readonly AttributeOption[]>>;
}

const collator = new Intl.Collator(undefined, { numeric: true });

function urlSpecOf<T>(spec: ListSpec<T>): ListUrlSpec {
  return {
    prefix: spec.url ? spec.url.prefix : undefined,
    attributeIds: (spec.attributes ?? []).map((attribute) => attribute.id),
    sortColumns: spec.columns.flatMap((column) => (column.sortKey ? [column.id] : [])),
    defaults: {
      text: '',
      attributes: {},
      sort: spec.defaultSort,
      page: 1,
      perPage: spec.perPage ?? defaultPerPage,
    },
  };
}

function modelSpecOf<T>(spec: ListSpec<T>): ListModelSpec<T> {
  return {
    searchText: spec.searchText,
    sortKeys: Object.fromEntries(
      spec.columns.flatMap((column) => (column.sortKey ? [[column.id, column.sortKey]] : [])),
    ),
    attributes: Object.fromEntries(
      (spec.attributes ?? []).map((attribute) => [attribute.id, attribute.value]),
    ),
  };
}

/**
 * One list over all of `rows`: filter, sort and page state (in the URL unless the spec says not),
 * and the page of rows to render. Give it a memoized spec: its functions are read once per data
 * change, not per keystroke.
 */
export function useList<T>(rows: readonly T[], spec: ListSpec<T>): List<T> {
  const urlSpec = useMemo(() => urlSpecOf(spec), [spec]);
  const [state, update] = useListState(urlSpec, spec.url !== false);
  const index = useMemo(() => indexRows(rows, modelSpecOf(spec)), [rows, spec]);
  const order = useMemo(() => sortedOrder(index, state.sort), [index, state.sort]);
  const { text, attributes } = state;
  const matching = useMemo(
    () => filteredOrder(index, order, { text, attributes }),
    [index, order, text, attributes],
  );
  const matchingRows = useMemo(
    () => matching.flatMap((position) => index.rows[position] ?? []),
    [index, matching],
  );
  const shown = useMemo(
    () => pageOf(index, matching, state.page, state.perPage),
    [index, matching, state.page, state.perPage],
  );
  const options = useMemo(
    () =>
      Object.fromEntries(
        (spec.attributes ?? []).map((attribute) => {
          const counts = index.counts[attribute.id] ?? new Map<string, number>();
          const selected = attributes[attribute.id] ?? [];
          const listed = attribute.options ?? [];
          const listedIds = new Set(listed.map((option) => option.id));
          const unlisted = [...new Set([...counts.keys(), ...selected])]
            .filter((id) => !listedIds.has(id))
            .sort(collator.compare)
            .map((id) => ({ id, label: id }));
          const all = [...listed, ...unlisted]
            .map((option) => ({ ...option, count: counts.get(option.id) ?? 0 }))
            .filter((option) => option.count > 0 || selected.includes(option.id));
          return [attribute.id, all];
        }),
      ),
    [spec, index, attributes],
  );
  // One object per change, so that memoized views skip renders where nothing they show changed.
  return useMemo(
    () => ({
      spec,
      state,
      update,
      total: rows.length,
      matching: matchingRows,
      shown,
      isFiltered: isFiltered({ text, attributes }),
      options,
    }),
    [spec, state, update, rows.length, matchingRows, shown, text, attributes, options],
  );
}
