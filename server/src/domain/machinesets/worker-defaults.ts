import { textAt } from './object-path';
import {
  unique,
  type PlatformDefaults,
  type PlatformField,
  type WorkerReadout,
} from './machine-set-platform';

/**
 * The defaults most platforms take from their Linux workers: every text field of the machines step
 * as the first worker has it, and the zones the workers use, each with `zoneValues` of its first
 * worker. Image fields are never taken: the workers boot RHCOS.
 */
export function workerDefaults(
  fields: readonly PlatformField[],
  { specs }: WorkerReadout,
  zoneValues: (spec: Record<string, unknown>) => Record<string, string> = () => ({}),
): PlatformDefaults {
  const [first = {}] = specs;
  const values: Record<string, string> = {};
  for (const field of fields) {
    if (field.step !== 'machines' || !field.path || field.role === 'zone') continue;
    const value = textAt(first, field.path);
    if (value !== '') values[field.name] = value;
  }
  const zonePath = fields.find((field) => field.role === 'zone')?.path;
  const zones = zonePath
    ? unique(specs.map((spec) => textAt(spec, zonePath))).map((name) => ({
        name,
        values: zoneValues(specs.find((spec) => textAt(spec, zonePath) === name) ?? {}),
      }))
    : [];
  return { values, zones, forbidden: [] };
}
