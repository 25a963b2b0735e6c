import { parseAllDocuments } from 'yaml';
import { maxCheckYamlLength } from '../../../contract/workloads';

export type ParsedYaml = { object: unknown } | { problem: string };

/**
 * One Kubernetes object from pasted YAML, parsed as data only: the core schema (no custom tags,
 * no functions), a cap on alias expansion, and exactly one document.
 */
export function parseWorkloadYaml(source: string): ParsedYaml {
  if (source.length > maxCheckYamlLength) {
    return { problem: `The YAML is longer than ${String(maxCheckYamlLength / 1024)} KiB.` };
  }
  const documents = parseAllDocuments(source, {
    schema: 'core',
    customTags: [],
    uniqueKeys: true,
    prettyErrors: true,
    strict: true,
  });
  if (!Array.isArray(documents)) return { problem: 'The YAML holds no object.' };
  const filled = documents.filter((document) => document.contents !== null);
  const [document] = filled;
  if (!document) return { problem: 'The YAML holds no object.' };
  if (filled.length > 1) {
    return {
      problem: `The YAML holds ${String(filled.length)} documents; paste one workload at a time.`,
    };
  }
  const [error] = document.errors;
  if (error) return { problem: `The YAML does not parse: ${error.message.split('\n')[0] ?? ''}` };
  try {
    // Aliases expand here; the cap stops a "billion laughs" document.
    const object: unknown = document.toJS({ maxAliasCount: 100 });
    if (typeof object === 'object' && object !== null && 'kind' in object) {
      if (object.kind === 'List') return { problem: 'The YAML is a List; paste one workload.' };
    }
    return { object };
  } catch (error) {
    return {
      problem: `The YAML cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
