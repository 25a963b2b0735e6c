import type Type from 'typebox';
import { Check } from 'typebox/value';

/**
 * A record the BFF keeps in a ConfigMap, or undefined when absent or not of the expected shape:
 * anyone with write access may edit a ConfigMap, so what is read back is checked like any input.
 */
export function parseStored<S extends Type.TSchema>(
  schema: S,
  text: string | undefined,
): Type.Static<S> | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return Check(schema, parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
