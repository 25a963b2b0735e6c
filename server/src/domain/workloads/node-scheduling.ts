import type { V1NodeSelectorTerm, V1Taint, V1Toleration } from '@kubernetes/client-node';
import { wmcoNames } from '../wmco-names';

// How the scheduler decides whether a pod may land on a node: tolerations against taints, node
// selector and required node affinity against labels. Only what the workload checker needs.

/** A Windows node as the checker needs it: its labels (build, OS) and taints. */
export interface NodeFacts {
  name: string;
  labels: Record<string, string>;
  taints: V1Taint[];
}

/** WMCO's taint on every Windows node; assumed when nodes cannot be read. */
export const windowsTaint: V1Taint = { key: 'os', value: 'Windows', effect: 'NoSchedule' };

/** A Windows node as the scheduler sees one when the real ones cannot be read. */
export const typicalWindowsNode: NodeFacts = {
  name: 'a Windows node',
  labels: {
    [wmcoNames.osLabel]: 'windows',
    'kubernetes.io/arch': 'amd64',
    'node-role.kubernetes.io/worker': '',
  },
  taints: [windowsTaint],
};

/** Kubernetes' toleration matching (v1/toleration.go). */
export function tolerates(toleration: V1Toleration, taint: V1Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  const operator = toleration.operator ?? 'Equal';
  if (operator === 'Exists') return true;
  return Boolean(toleration.key) && (toleration.value ?? '') === (taint.value ?? '');
}

/** WMCO's `os` taints of a node that keep pods off: those a pod must tolerate to land there. */
function osTaints(node: NodeFacts): V1Taint[] {
  return node.taints.filter((taint) => taint.key === 'os' && taint.effect !== 'PreferNoSchedule');
}

export function toleratesNode(tolerations: V1Toleration[], node: NodeFacts): boolean {
  return osTaints(node).every((taint) => tolerations.some((t) => tolerates(t, taint)));
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** One node selector requirement against a node's labels (and its name, for matchFields). */
function requirementMatches(
  requirement: unknown,
  lookup: (key: string) => string | undefined,
): boolean {
  if (typeof requirement !== 'object' || requirement === null) return false;
  const { key, operator, values } = requirement as Record<string, unknown>;
  if (typeof key !== 'string') return false;
  const value = lookup(key);
  const list = stringList(values);
  switch (operator) {
    case 'In':
      return value !== undefined && list.includes(value);
    case 'NotIn':
      return value === undefined || !list.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      const [bound] = list;
      if (value === undefined || bound === undefined) return false;
      return operator === 'Gt' ? Number(value) > Number(bound) : Number(value) < Number(bound);
    }
    default:
      return false;
  }
}

function termMatches(term: V1NodeSelectorTerm, node: NodeFacts): boolean {
  const expressions: unknown[] = Array.isArray(term.matchExpressions) ? term.matchExpressions : [];
  const fields: unknown[] = Array.isArray(term.matchFields) ? term.matchFields : [];
  if (expressions.length === 0 && fields.length === 0) return false; // an empty term matches nothing
  return (
    expressions.every((r) => requirementMatches(r, (key) => node.labels[key])) &&
    fields.every((r) =>
      requirementMatches(r, (key) => (key === 'metadata.name' ? node.name : undefined)),
    )
  );
}

export function selectorMatches(
  nodeSelector: Record<string, string>,
  terms: V1NodeSelectorTerm[],
  node: NodeFacts,
): boolean {
  return (
    Object.entries(nodeSelector).every(([key, value]) => node.labels[key] === value) &&
    (terms.length === 0 || terms.some((term) => termMatches(term, node)))
  );
}
