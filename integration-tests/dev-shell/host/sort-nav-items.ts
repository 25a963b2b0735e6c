/**
 * Orders nav extensions by their `insertBefore` / `insertAfter` ids the way the console does
 * (console-app nav utils): items that name no sibling keep manifest order, then each round inserts the items
 * whose anchors are already placed; items in a cycle are inserted as found.
 */
type Positioned = {
  properties: { id: string; insertBefore?: string | string[]; insertAfter?: string | string[] };
};

const ids = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const anchors = (item: Positioned): string[] => [
  ...ids(item.properties.insertBefore),
  ...ids(item.properties.insertAfter),
];

const isPositioned = (item: Positioned, among: Positioned[]): boolean =>
  among.some((other) => anchors(item).includes(other.properties.id));

function insertionIndex(item: Positioned, placed: Positioned[]): number {
  for (const id of ids(item.properties.insertBefore)) {
    const index = placed.findIndex((other) => other.properties.id === id);
    if (index >= 0) return index;
  }
  for (const id of ids(item.properties.insertAfter)) {
    const index = placed.findIndex((other) => other.properties.id === id);
    if (index >= 0) return index + 1;
  }
  return placed.length;
}

function insertAll<T extends Positioned>(items: T[], placed: T[]): void {
  if (items.length === 0) return;
  const ready = items.filter((item) => !isPositioned(item, items));
  const waiting = items.filter((item) => isPositioned(item, items));
  for (const item of ready.length > 0 ? ready : waiting)
    placed.splice(insertionIndex(item, placed), 0, item);
  if (ready.length > 0) insertAll(waiting, placed);
}

export function sortNavItems<T extends Positioned>(items: T[]): T[] {
  const placed = items.filter((item) => !isPositioned(item, items));
  insertAll(
    items.filter((item) => isPositioned(item, items)),
    placed,
  );
  return placed;
}
