import type { EntryIssue } from '../../../contract/byoh';
import {
  instanceKeyIssue,
  instanceValueIssue,
  isGoDomainName,
  isIPv4Address,
  issue,
  type InstanceEntry,
} from './instance-entry';

/**
 * Each key's IPv4 addresses as WMCO's resolver finds them (the hosts file, then DNS; an IPv4 literal
 * stands for itself); a key missing from the map, or with none, does not resolve to IPv4.
 */
export type KeyResolution = ReadonlyMap<string, readonly string[]>;

/** The one judgement of `windows-instances`, shared by the Overview and the BYOH page. */
export interface EntriesJudgement {
  /** The issue of each entry that has one, by key. */
  issues: Map<string, EntryIssue>;
  /** Keys for which WMCO's parser rejects the whole ConfigMap: no BYOH host is configured or removed. */
  blocking: string[];
}

/** A key's IPv4 addresses: an IPv4 literal stands for itself. */
export function ipv4Of(address: string, resolution: KeyResolution): string[] {
  return isIPv4Address(address) ? [address] : [...(resolution.get(address) ?? [])];
}

/** The keys a judgement needs looked up: every key that is not an IPv4 literal nor refused by form. */
export function keysToResolve(entries: readonly InstanceEntry[]): string[] {
  return entries
    .map((entry) => entry.address)
    .filter((address) => !isIPv4Address(address) && instanceKeyIssue(address) === undefined);
}

/**
 * WMCO's parser, entry by entry (`wiparser.Parse`): the value, then the key's IPv4 address. Any one entry
 * it rejects stops all of BYOH. Two keys resolving to one address are both accepted by WMCO (its test
 * "valid dns and ip addresses with no nodes"): they are named as redundant, never as blocking.
 */
export function judgeInstanceEntries(
  entries: readonly InstanceEntry[],
  resolution: KeyResolution,
): EntriesJudgement {
  const issues = new Map<string, EntryIssue>();
  const owner = new Map<string, string>();
  for (const { address, value } of entries) {
    const valueCode = instanceValueIssue(value);
    const valueIssue = valueCode ? issue(valueCode) : undefined;
    if (valueIssue?.blocksAll) {
      issues.set(address, valueIssue);
      continue;
    }
    const ipv4 = ipv4Of(address, resolution);
    const keyCode = instanceKeyIssue(address);
    // A hosts-file line may name what is no DNS name: Go looks there before refusing the name.
    if (keyCode === 'port' || keyCode === 'ipv6' || ipv4.length === 0) {
      issues.set(
        address,
        issue(keyCode ?? (isGoDomainName(address) ? 'unresolvable' : 'not-an-address')),
      );
      continue;
    }
    if (valueIssue) issues.set(address, valueIssue);
    for (const ip of ipv4) {
      const other = owner.get(ip);
      if (other === undefined) owner.set(ip, address);
      else if (other !== address) {
        if (!issues.has(address)) issues.set(address, issue('duplicate-address', other));
        if (!issues.has(other)) issues.set(other, issue('duplicate-address', address));
      }
    }
  }
  const blocking = [...issues].filter(([, found]) => found.blocksAll).map(([key]) => key);
  return { issues, blocking };
}
