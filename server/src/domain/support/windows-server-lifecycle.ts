import type { WindowsServerVersion } from './support-matrix';

/**
 * One Windows Server LTSC release under Microsoft's Fixed Lifecycle Policy, with the instants its
 * lifecycle page gives. The pages show Pacific time: a phase ends at the close of its last day,
 * written there as `T22:59:59.999-08:00`. Containers built on a release follow the same dates.
 */
export interface LifecycleDates {
  start: string;
  mainstreamEnd: string;
  extendedEnd: string;
  /** Microsoft's lifecycle page the dates come from. */
  page: string;
}

const endOfDay = (day: string) => `${day}T22:59:59.999-08:00`;
const startOfDay = (day: string) => `${day}T00:00:00.000-08:00`;

function dates(start: string, mainstreamEnd: string, extendedEnd: string, page: string) {
  return {
    start: startOfDay(start),
    mainstreamEnd: endOfDay(mainstreamEnd),
    extendedEnd: endOfDay(extendedEnd),
    page: `https://learn.microsoft.com/lifecycle/products/${page}`,
  };
}

/**
 * Checked against learn.microsoft.com/lifecycle/products/windows-server-{2019,2022,2025}. For 2025
 * the lifecycle page (Nov 13, 2029 / Nov 14, 2034) differs from the Oct 2029 / Oct 2034 that
 * secondary sources repeat from the release-information page; the lifecycle page governs support.
 */
export const windowsServerLifecycle: Record<WindowsServerVersion, LifecycleDates> = {
  '2019': dates('2018-11-13', '2024-01-09', '2029-01-09', 'windows-server-2019'),
  '2022': dates('2021-08-18', '2026-10-13', '2031-10-14', 'windows-server-2022'),
  '2025': dates('2024-11-01', '2029-11-13', '2034-11-14', 'windows-server-2025'),
};

/** Where a release stands: full support, security updates only, or none at all. */
export type LifecyclePhase = 'mainstream' | 'extended' | 'ended';

export interface LifecycleStanding {
  phase: LifecyclePhase;
  /** The end of the current phase (for `ended`, the end of extended support). */
  phaseEnds: string;
  /** Whole days until the current phase ends; negative once support has ended. */
  daysLeft: number;
}

const dayMs = 24 * 60 * 60 * 1000;

export function lifecycleStanding(version: WindowsServerVersion, now: Date): LifecycleStanding {
  const release = windowsServerLifecycle[version];
  const mainstreamEnd = Date.parse(release.mainstreamEnd);
  const extendedEnd = Date.parse(release.extendedEnd);
  const at = now.getTime();
  const phase: LifecyclePhase =
    at <= mainstreamEnd ? 'mainstream' : at <= extendedEnd ? 'extended' : 'ended';
  const phaseEnds = phase === 'mainstream' ? release.mainstreamEnd : release.extendedEnd;
  return { phase, phaseEnds, daysLeft: Math.floor((Date.parse(phaseEnds) - at) / dayMs) };
}
