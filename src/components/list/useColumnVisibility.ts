import { useCallback, useMemo, useState } from 'react';
import type { ListColumn } from './useList';

const storagePrefix = 'windows-nodes-plugin/columns/';

function storedColumns(listId: string): string[] | undefined {
  try {
    const stored = window.localStorage.getItem(storagePrefix + listId);
    const parsed: unknown = stored === null ? undefined : JSON.parse(stored);
    return Array.isArray(parsed) && parsed.every((id) => typeof id === 'string')
      ? parsed
      : undefined;
  } catch {
    // Storage may be disabled or hold something else: the defaults apply.
    return undefined;
  }
}

export function defaultColumnIds<T>(columns: readonly ListColumn<T>[]): string[] {
  return columns.filter((column) => !column.hiddenByDefault).map((column) => column.id);
}

export interface ColumnVisibility<T> {
  visible: readonly ListColumn<T>[];
  shownIds: readonly string[];
  setShown: (shown: readonly string[]) => void;
}

/**
 * The columns a user chose to see in one list, kept in this browser (the console keeps its own in
 * user settings). Required columns are always shown.
 */
export function useColumnVisibility<T>(
  listId: string,
  columns: readonly ListColumn<T>[],
): ColumnVisibility<T> {
  const [shownIds, setShownIds] = useState<readonly string[]>(
    () => storedColumns(listId) ?? defaultColumnIds(columns),
  );
  const setShown = useCallback(
    (shown: readonly string[]) => {
      setShownIds(shown);
      try {
        window.localStorage.setItem(storagePrefix + listId, JSON.stringify(shown));
      } catch {
        // Not kept across reloads, still applied now.
      }
    },
    [listId],
  );
  const visible = useMemo(
    () => columns.filter((column) => column.required || shownIds.includes(column.id)),
    [columns, shownIds],
  );
  return { visible, shownIds, setShown };
}
