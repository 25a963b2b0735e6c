/** The Workloads page's tabs; the open one, a dialog and prefilled fields live in the URL. */
export const workloadsTabs = ['runtime-classes', 'sample', 'checker'] as const;
export type WorkloadsTab = (typeof workloadsTabs)[number];

export function isWorkloadsTab(value: string | undefined): value is WorkloadsTab {
  return workloadsTabs.some((tab) => tab === value);
}

interface WorkloadsPlace {
  tab?: WorkloadsTab;
  /** A Windows build whose RuntimeClass dialog is open. */
  create?: string;
  /** The build the sample workload is prefilled with. */
  build?: string;
  /** The workload the checker is prefilled with. */
  kind?: string;
  namespace?: string;
  name?: string;
}

/** A link to a place on the Workloads page: each stage hands the next one what it needs. */
export function workloadsLink(place: WorkloadsPlace): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries<string | undefined>({ ...place }))
    if (value) params.set(key, value);
  const query = params.toString();
  return `/windows/workloads${query ? `?${query}` : ''}`;
}
