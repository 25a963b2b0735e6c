/**
 * The list pattern's pure core: what a list shows for a state (text filter, attribute filters, sort,
 * page) over the whole fleet. Per-row work (lower-casing, sort keys, attribute values) happens once per
 * data change in `indexRows`; a keystroke only scans strings and a sort only reorders positions.
 */

export type SortDirection = 'asc' | 'desc';

export interface ListSort {
  column: string;
  direction: SortDirection;
}

export interface ListState {
  text: string;
  /** Selected option ids per attribute filter: OR within one attribute, AND across attributes. */
  attributes: Readonly<Record<string, readonly string[]>>;
  sort: ListSort;
  /** 1-based. */
  page: number;
  perPage: number;
}

export const perPageOptions = [10, 20, 50, 100] as const;
/** The console's list pages show 50 rows a page. */
export const defaultPerPage = 50;

/** How a list reads its rows: what the text filter searches, how columns sort, what attributes say. */
export interface ListModelSpec<T> {
  searchText: (row: T) => readonly (string | undefined)[];
  sortKeys: Readonly<Record<string, (row: T) => string | number>>;
  /** The option ids a row has for each attribute filter. */
  attributes: Readonly<Record<string, (row: T) => string | readonly string[]>>;
}

export interface ListIndex<T> {
  rows: readonly T[];
  text: readonly string[];
  /** Each column's keys, made comparable by `<` (see `comparableKey`); computed on first use. */
  sortKeys: (column: string) => readonly (string | number)[] | undefined;
  attributes: Readonly<Record<string, readonly (readonly string[])[]>>;
  /** Rows per option of each attribute, over every row: counts cover the whole fleet. */
  counts: Readonly<Record<string, ReadonlyMap<string, number>>>;
}

function asList(value: string | readonly string[]): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}

/**
 * A key plain `<` orders as people expect names to be: case-insensitively, digits by their value
 * (`win-9` before `win-10`). Computed once per row, so a sort compares no locale at all.
 */
export function comparableKey(key: string | number): string | number {
  if (typeof key === 'number') return key;
  return key.toLowerCase().replace(/\d+/g, (digits) => digits.padStart(16, '0'));
}

export function indexRows<T>(rows: readonly T[], spec: ListModelSpec<T>): ListIndex<T> {
  const text = rows.map((row) =>
    spec
      .searchText(row)
      .filter((value) => value !== undefined && value !== '')
      .join('\n')
      .toLowerCase(),
  );
  const keys = new Map<string, readonly (string | number)[]>();
  const sortKeys = (column: string) => {
    const key = spec.sortKeys[column];
    if (!key) return undefined;
    let values = keys.get(column);
    if (!values) {
      values = rows.map((row) => comparableKey(key(row)));
      keys.set(column, values);
    }
    return values;
  };
  const attributes: Record<string, (readonly string[])[]> = {};
  const counts: Record<string, Map<string, number>> = {};
  for (const [id, read] of Object.entries(spec.attributes)) {
    const values = rows.map((row) => asList(read(row)));
    const count = new Map<string, number>();
    for (const options of values) {
      for (const option of new Set(options)) count.set(option, (count.get(option) ?? 0) + 1);
    }
    attributes[id] = values;
    counts[id] = count;
  }
  return { rows, text, sortKeys, attributes, counts };
}

/** Every row position in sort order; ties keep the order the rows came in. */
export function sortedOrder<T>(index: ListIndex<T>, sort: ListSort): number[] {
  const positions = index.rows.map((_row, position) => position);
  const keys = index.sortKeys(sort.column);
  if (!keys) return positions;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return positions.sort((a, b) => {
    const [x, y] = [keys[a] ?? '', keys[b] ?? ''];
    if (x < y) return -sign;
    if (x > y) return sign;
    return a - b;
  });
}

export type ListFilter = Pick<ListState, 'text' | 'attributes'>;

export function isFiltered(filter: ListFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    Object.values(filter.attributes).some((selected) => selected.length > 0)
  );
}

/** The positions of `order` that pass the filter, in the same order. */
export function filteredOrder<T>(
  index: ListIndex<T>,
  order: readonly number[],
  filter: ListFilter,
): readonly number[] {
  const text = filter.text.trim().toLowerCase();
  const active = Object.entries(filter.attributes).flatMap(([id, selected]) => {
    const values = index.attributes[id];
    return values && selected.length > 0 ? [{ values, selected: new Set(selected) }] : [];
  });
  if (text === '' && active.length === 0) return order;
  return order.filter(
    (position) =>
      (text === '' || (index.text[position] ?? '').includes(text)) &&
      active.every(({ values, selected }) =>
        (values[position] ?? []).some((value) => selected.has(value)),
      ),
  );
}

export interface ListPage<T> {
  rows: readonly T[];
  /** The page shown: the requested one, or the last one when fewer rows match now. */
  page: number;
  /** Rows that pass the filters, on every page. */
  matching: number;
}

export function pageOf<T>(
  index: ListIndex<T>,
  order: readonly number[],
  page: number,
  perPage: number,
): ListPage<T> {
  const lastPage = Math.max(1, Math.ceil(order.length / perPage));
  const shown = Math.min(Math.max(1, page), lastPage);
  const start = (shown - 1) * perPage;
  const rows = order.slice(start, start + perPage).flatMap((position) => {
    const row = index.rows[position];
    return row === undefined ? [] : [row];
  });
  return { rows, page: shown, matching: order.length };
}

// State transitions: a changed filter goes back to the first page, as the console's lists do.

export function withText(state: ListState, text: string): ListState {
  return { ...state, text, page: 1 };
}

export function withAttributeToggled(state: ListState, id: string, option: string): ListState {
  const selected = state.attributes[id] ?? [];
  const next = selected.includes(option)
    ? selected.filter((value) => value !== option)
    : [...selected, option];
  return { ...state, attributes: { ...state.attributes, [id]: next }, page: 1 };
}

export function withAttributeCleared(state: ListState, id: string): ListState {
  return { ...state, attributes: { ...state.attributes, [id]: [] }, page: 1 };
}

export function withoutFilters(state: ListState): ListState {
  return { ...state, text: '', attributes: {}, page: 1 };
}

export function withSort(state: ListState, sort: ListSort): ListState {
  return { ...state, sort };
}

export function withPage(state: ListState, page: number): ListState {
  return { ...state, page };
}

export function withPerPage(state: ListState, perPage: number): ListState {
  return { ...state, perPage, page: 1 };
}
