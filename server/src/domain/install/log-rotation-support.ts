import semver from 'semver';

/** WMCO reads the service log rotation settings from 10.22 on (docs/log-rotation-managed-services.md). */
export const logRotationSince = '10.22.0';

/** Whether this WMCO version reads them; an unknown version does not count as one that does. */
export function supportsLogRotation(version: string | undefined): boolean {
  const parsed = version ? semver.coerce(version) : null;
  return parsed !== null && semver.gte(parsed, logRotationSince);
}
