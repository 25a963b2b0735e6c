/**
 * Monthly cumulative updates as anchors for a node's patch age: the revision each Patch Tuesday
 * brought per build (Microsoft's update history pages and the revisions its container base images
 * were published with). Revisions only grow, so a revision between two anchors was released
 * between their dates. Add a row now and then; older and newer revisions are judged from the ends.
 */
export const patchReleases: Readonly<Record<string, readonly (readonly [number, string])[]>> = {
  '10.0.17763': [
    [5576, '2024-03-12'],
    [6893, '2025-02-11'],
    [7009, '2025-03-11'],
    [7312, '2025-05-13'],
  ],
  '10.0.20348': [
    [2340, '2024-03-12'],
    [3207, '2025-02-11'],
    [3328, '2025-03-11'],
    [3692, '2025-05-13'],
    [4648, '2026-01-13'],
    [5139, '2026-05-12'],
  ],
  '10.0.26100': [
    [1742, '2024-09-10'],
    [3476, '2025-03-11'],
    [4061, '2025-05-13'],
  ],
};

/**
 * How old a node's monthly update is, as far as the anchors tell: the exact release day, the two
 * releases it lies between, or only a bound when it is older or newer than every anchor.
 */
export type PatchAge =
  | { kind: 'released'; on: string; days: number }
  | { kind: 'between'; after: string; before: string; minDays: number; maxDays: number }
  | { kind: 'older-than'; before: string; minDays: number }
  | { kind: 'newer-than'; after: string; maxDays: number };

const dayMs = 24 * 60 * 60 * 1000;

function daysSince(day: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${day}T00:00:00Z`)) / dayMs);
}

/** The patch age of `build` (`10.0.20348`) at `revision`; undefined for a build without anchors. */
export function patchAge(build: string, revision: number, now: Date): PatchAge | undefined {
  const anchors = patchReleases[build] ?? [];
  const exact = anchors.find(([known]) => known === revision);
  if (exact) return { kind: 'released', on: exact[1], days: daysSince(exact[1], now) };
  const after = anchors.filter(([known]) => known < revision).at(-1);
  const before = anchors.find(([known]) => known > revision);
  if (after && before) {
    return {
      kind: 'between',
      after: after[1],
      before: before[1],
      minDays: daysSince(before[1], now),
      maxDays: daysSince(after[1], now),
    };
  }
  if (before) return { kind: 'older-than', before: before[1], minDays: daysSince(before[1], now) };
  if (after) return { kind: 'newer-than', after: after[1], maxDays: daysSince(after[1], now) };
  return undefined;
}
