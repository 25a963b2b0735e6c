/**
 * Test builds only: a write flow that creates several objects stops for good at a named point between
 * two of them, after saying so on stderr, so a test can SIGKILL the BFF exactly there (see
 * server/test/killed-mid-write.itest.ts). `npm run build:server`, which makes the image's bundle,
 * defines BFF_TEST_PAUSE_POINTS away: no setting of a deployed BFF reaches this.
 */
const pausePoints = new Set(
  (process.env.BFF_TEST_PAUSE_POINTS ?? '').split(',').filter((point) => point !== ''),
);

/** The flow's points, by name: `<flow>:<what was just written>`. */
export type PausePoint =
  | 'install:namespace'
  | 'install:operator-group'
  | 'install:subscription'
  | 'install:secret'
  | 'machineset:dry-run'
  | 'machineset:created'
  | 'byoh-add:validated'
  | 'byoh-add:written'
  | 'key-rotation:generated'
  | 'key-rotation:written';

export async function pausePoint(point: PausePoint): Promise<void> {
  if (!pausePoints.has(point)) return;
  process.stderr.write(`paused at ${point}\n`);
  await new Promise<never>(() => undefined);
}
