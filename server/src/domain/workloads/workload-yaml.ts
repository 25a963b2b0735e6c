import { parseAllDocuments } from 'yaml';
import { maxCheckYamlLength, type WorkloadReadProblem } from '../../../contract/workloads';

export type ParsedYaml = { object: unknown } | { problem: WorkloadReadProblem };

/**
 * One Kubernetes object from pasted YAML, parsed as data only: the core schema (no custom tags,
 * no functions), a cap on alias expansion, and exactly one document.
 */
export function parseWorkloadYaml(source: string): ParsedYaml {
  if (source.length > maxCheckYamlLength) {
    return { problem: { code: 'yaml-too-long', params: { kib: maxCheckYamlLength / 1024 } } };
  }
  const documents = parseAllDocuments(source, {
    schema: 'core',
    customTags: [],
    uniqueKeys: true,
    prettyErrors: true,
    strict: true,
  });
  const empty = { problem: { code: 'yaml-empty', params: {} } } as const;
  if (!Array.isArray(documents)) return empty;
  const filled = documents.filter((document) => document.contents !== null);
  const [document] = filled;
  if (!document) return empty;
  if (filled.length > 1) {
    return { problem: { code: 'yaml-several-documents', params: { count: filled.length } } };
  }
  const [error] = document.errors;
  if (error) return unparseable(error.message.split('\n')[0] ?? '');
  try {
    // Aliases expand here; the cap stops a "billion laughs" document.
    const object: unknown = document.toJS({ maxAliasCount: 100 });
    if (typeof object === 'object' && object !== null && 'kind' in object) {
      if (object.kind === 'List') return { problem: { code: 'yaml-list', params: {} } };
    }
    return { object };
  } catch (error) {
    return unparseable(error instanceof Error ? error.message : String(error));
  }
}

function unparseable(detail: string): ParsedYaml {
  return { problem: { code: 'yaml-unparseable', params: { detail } } };
}
