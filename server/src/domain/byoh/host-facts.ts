import Type from 'typebox';
import { Check } from 'typebox/value';

/** What the catalogue's facts command reports about a Windows host, as one line of JSON. */
export const HostFacts = Type.Object({
  /** `10.0.<build>.<revision>`, e.g. 10.0.20348.2340. */
  build: Type.String({ maxLength: 64 }),
  hostname: Type.String({ maxLength: 256 }),
  /** Physical network adapters that are up. */
  adapters: Type.Integer({ minimum: 0 }),
  containerd: Type.Boolean(),
  /** Display names of the enabled firewall rules among those WMCO's ports need. */
  firewallRules: Type.Array(Type.String({ maxLength: 256 })),
});
export type HostFacts = Type.Static<typeof HostFacts>;

/**
 * The facts in a command's output, or undefined when the output is not what the command prints. PowerShell
 * may put a byte-order mark or banner lines around it, and serialises a one-element array as a scalar.
 */
export function parseHostFacts(stdout: string): HostFacts | undefined {
  const line = stdout
    .split(/\r?\n/)
    .map((text) => text.replace(/^\uFEFF/, '').trim())
    .find((text) => text.startsWith('{'));
  if (!line) return undefined;
  try {
    const parsed = JSON.parse(line) as Record<string, unknown>;
    const rules = parsed.firewallRules;
    const facts: unknown = {
      ...parsed,
      firewallRules: rules === null || rules === undefined ? [] : [rules].flat(),
    };
    return Check(HostFacts, facts) ? facts : undefined;
  } catch {
    return undefined;
  }
}
