/** Reads loosely typed Kubernetes objects (parsed YAML, providerSpecs) by dotted path: `disks.0.image`. */
export function valueAt(object: unknown, path: string): unknown {
  let value = object;
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** The text at a path: a string, or a number written out (vCPU counts); '' when there is none. */
export function textAt(object: unknown, path: string): string {
  const value = valueAt(object, path);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? value : '';
}
