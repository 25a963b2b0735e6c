import { Check } from 'typebox/value';
import { PreflightRecord } from '../../../contract/byoh';

/**
 * The plugin's own ConfigMap in WMCO's namespace holding the last preflight of each address (key: the
 * address, value: the record as JSON). The BFF is stateless; this is where "last run" lives, for every
 * replica and every admin, and it goes with the namespace when WMCO is uninstalled.
 */
export const preflightConfigMap = 'windows-nodes-byoh-preflight';

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One address's record, if it is in the shape this plugin writes. */
export function preflightRecordOf(
  data: Readonly<Record<string, string>> | undefined,
  address: string,
): PreflightRecord | undefined {
  const text = data?.[address];
  const record = text === undefined ? undefined : parsedOrUndefined(text);
  return Check(PreflightRecord, record) ? record : undefined;
}

/** Every record of the ConfigMap's data by address; anything not in the shape this plugin writes is ignored. */
export function preflightRecords(
  data: Readonly<Record<string, string>> | undefined,
): Map<string, PreflightRecord> {
  const records = new Map<string, PreflightRecord>();
  for (const address of Object.keys(data ?? {})) {
    const record = preflightRecordOf(data, address);
    if (record) records.set(address, record);
  }
  return records;
}
