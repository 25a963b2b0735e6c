import type { NodeLifecycle, ownerActionCodes } from '../../../contract/lifecycle';
import { supportedWindowsVersions, wmcoRulesFor } from '../support/support-matrix';
import { lifecycleStanding } from '../support/windows-server-lifecycle';
import type { SupportContext } from './node-support';

type OwnerActionCode = (typeof ownerActionCodes)[number];

export interface OwnerAction {
  code: OwnerActionCode;
  params: Record<string, string | number>;
}

/**
 * The versions a host can move to: WMCO supports them on the platform and Microsoft still does, never
 * the one it leaves. Empty when the rules are not known.
 */
function supportedHere(context: SupportContext, leaving: string): string {
  const rules = context.wmcoVersion ? wmcoRulesFor(context.wmcoVersion) : undefined;
  if (!rules || !context.platform) return '';
  return supportedWindowsVersions(rules, context.platform)
    .filter(
      (version) => version !== leaving && lifecycleStanding(version, context.now).phase !== 'ended',
    )
    .join(', ');
}

/**
 * What the owner of a BYOH host does about its operating system, most urgent first: WMCO never
 * patches a host, it reconfigures the node once the owner has (the guide, ch. 8). A host on a
 * version past its support moves to a supported one; one below the build WMCO needs installs the
 * update that brings it there; one on extended support plans its move.
 */
export function ownerActions(node: NodeLifecycle, context: SupportContext): OwnerAction[] {
  const actions: OwnerAction[] = [];
  const codes = new Set(node.findings.map((finding) => finding.code));
  const version = node.version ?? '';
  if (codes.has('past-end-of-support') || codes.has('unsupported-by-wmco')) {
    actions.push({
      code: 'move-to-supported-version',
      params: { version, supported: supportedHere(context, version) },
    });
  }
  const below = node.findings.find((finding) => finding.code === 'below-required-build');
  if (below) actions.push({ code: 'install-update', params: below.params });
  if (codes.has('unknown-build') || codes.has('revision-unknown')) {
    actions.push({ code: 'report-build', params: {} });
  }
  const extended = node.findings.find((finding) => finding.code === 'extended-only');
  if (extended && actions.length === 0) {
    actions.push({ code: 'plan-version-move', params: extended.params });
  }
  return actions.length > 0 ? actions : [{ code: 'none', params: {} }];
}
