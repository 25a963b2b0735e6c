import { perPageOptions, type ListState, type SortDirection } from './list-model';

/**
 * A list's state in the URL query, as the console keeps its lists': `name` for the text filter, each
 * attribute filter under its id (repeated for several options), `sortBy`/`orderBy`, `page`/`perPage`.
 * Defaults are left out. A page with more than one list gives the others a prefix (`rc-name`).
 */
export interface ListUrlSpec {
  prefix?: string;
  attributeIds: readonly string[];
  sortColumns: readonly string[];
  defaults: ListState;
}

function keyOf(spec: ListUrlSpec, name: string): string {
  return spec.prefix ? `${spec.prefix}-${name}` : name;
}

/** Every query key a list owns, so that writing it leaves other lists' keys alone. */
export function listUrlKeys(spec: ListUrlSpec): string[] {
  return ['name', 'sortBy', 'orderBy', 'page', 'perPage', ...spec.attributeIds].map((name) =>
    keyOf(spec, name),
  );
}

function positiveInteger(value: string | null): number | undefined {
  if (value === null || !/^[1-9][0-9]{0,5}$/.test(value)) return undefined;
  return Number(value);
}

export function readListState(params: URLSearchParams, spec: ListUrlSpec): ListState {
  const { defaults } = spec;
  const sortBy = params.get(keyOf(spec, 'sortBy'));
  const orderBy = params.get(keyOf(spec, 'orderBy'));
  const perPage = positiveInteger(params.get(keyOf(spec, 'perPage')));
  const attributes = Object.fromEntries(
    spec.attributeIds.map((id) => [id, params.getAll(keyOf(spec, id)).filter(Boolean)]),
  );
  return {
    text: params.get(keyOf(spec, 'name')) ?? defaults.text,
    attributes,
    sort: {
      column: sortBy !== null && spec.sortColumns.includes(sortBy) ? sortBy : defaults.sort.column,
      direction:
        orderBy === 'asc' || orderBy === 'desc'
          ? (orderBy satisfies SortDirection)
          : defaults.sort.direction,
    },
    page: positiveInteger(params.get(keyOf(spec, 'page'))) ?? defaults.page,
    perPage:
      perPage !== undefined && (perPageOptions as readonly number[]).includes(perPage)
        ? perPage
        : defaults.perPage,
  };
}

/** `params` with this list's keys replaced by `state`, other keys kept in their order. */
export function writeListState(
  params: URLSearchParams,
  state: ListState,
  spec: ListUrlSpec,
): URLSearchParams {
  const owned = new Set(listUrlKeys(spec));
  const next = new URLSearchParams([...params].filter(([key]) => !owned.has(key)));
  const { defaults } = spec;
  if (state.text !== '') next.set(keyOf(spec, 'name'), state.text);
  for (const id of spec.attributeIds) {
    for (const option of state.attributes[id] ?? []) next.append(keyOf(spec, id), option);
  }
  if (
    state.sort.column !== defaults.sort.column ||
    state.sort.direction !== defaults.sort.direction
  ) {
    next.set(keyOf(spec, 'sortBy'), state.sort.column);
    next.set(keyOf(spec, 'orderBy'), state.sort.direction);
  }
  if (state.page !== defaults.page) next.set(keyOf(spec, 'page'), String(state.page));
  if (state.perPage !== defaults.perPage) next.set(keyOf(spec, 'perPage'), String(state.perPage));
  return next;
}

/** This list's state as a canonical query string: equal states give equal strings. */
export function listQuery(state: ListState, spec: ListUrlSpec): string {
  return writeListState(new URLSearchParams(), state, spec).toString();
}
