import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { verbatimKeyword } from '../../server/contract/messages';

/** Names of fields that hold words for a person, whatever they are called. */
const proseField =
  /(message|title|detail|fix|label|warning|text|description|reason|sentence|summary|note|hint|problem)s?$/i;

interface Schema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  [verbatimKeyword]?: boolean;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && ('type' in value || 'anyOf' in value);
}

/** A string anyone could write a sentence into: not a code, not the cluster's own words. */
function isFreeText(schema: Schema): boolean {
  if (schema[verbatimKeyword] === true || schema.const !== undefined || schema.enum) return false;
  if (schema.type === 'string') return true;
  if (schema.type === 'array' && schema.items) return isFreeText(schema.items);
  return schema.anyOf?.some(isFreeText) ?? false;
}

function walk(schema: Schema, where: string, found: string[]): void {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (proseField.test(name) && isFreeText(property)) found.push(`${where}.${name}`);
    walk(property, `${where}.${name}`, found);
  }
  for (const property of Object.values(schema.patternProperties ?? {}))
    walk(property, where, found);
  if (schema.items) walk(schema.items, `${where}[]`, found);
  for (const branch of schema.anyOf ?? []) walk(branch, where, found);
}

/**
 * Fields of the contract's schemas (and of its message catalogues' params) that would carry a sentence
 * written by the BFF: every such field must be a code, or marked Verbatim (the cluster's own words).
 */
export function contractTextFields(modules: Record<string, Record<string, unknown>>): string[] {
  const found: string[] = [];
  for (const [file, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (isSchema(value)) walk(value, `${file}:${name}`, found);
      else if (typeof value === 'object' && value !== null) {
        // A catalogue: code → params schema.
        for (const [code, params] of Object.entries(value)) {
          if (isSchema(params)) walk(params, `${file}:${name}['${code}']`, found);
        }
      }
    }
  }
  return [...new Set(found)];
}

/** Three words with the last two in lower case: the start of an English sentence. */
const sentenceLike = /[A-Za-z]+[,;:]? [a-z’']+[,;:]? [a-z’']+/;
const exemptMark = 'i18n-exempt';

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
  }
  return undefined;
}

const logLevels = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
/** Calls whose words are for the plugin's translator (`uiText`) or the API's own documentation. */
const exemptCalls = new Set(['uiText', 'routeOptions']);
/** Properties that document the API (OpenAPI `summary`, `description`) or a metric (`help`). */
const documentingProperties = new Set(['summary', 'description', 'help']);

/**
 * Words not for the console's user: `new Error('…')` speaks to the log (the error handler hides it, and an
 * `HttpError` takes codes only); so do logger calls (`request.log.warn(…)`); `uiText('…')` is a key the
 * plugin translates; route summaries, descriptions and metric help document the API; imports are paths.
 */
function isExempt(node: ts.Node, source: ts.SourceFile): boolean {
  const parent = node.parent;
  if (ts.isNewExpression(parent) && ts.isIdentifier(parent.expression)) {
    const made = parent.expression.text;
    if (made !== 'HttpError' && /Error$|^RegExp$/.test(made)) return true;
  }
  if (ts.isCallExpression(parent)) {
    const callee = parent.expression;
    if (ts.isIdentifier(callee) && exemptCalls.has(callee.text)) return true;
    if (ts.isPropertyAccessExpression(callee) && logLevels.has(callee.name.text)) return true;
  }
  if (ts.isPropertyAssignment(parent) && documentingProperties.has(parent.name.getText()))
    return true;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
  // The mark sits before the statement the literal is part of.
  let at: ts.Node = node;
  while (!ts.isSourceFile(at)) {
    const comments = ts.getLeadingCommentRanges(source.text, at.getFullStart()) ?? [];
    if (comments.some((range) => source.text.slice(range.pos, range.end).includes(exemptMark))) {
      return true;
    }
    if (ts.isStatement(at)) break;
    at = at.parent;
  }
  return false;
}

/**
 * English sentences in the BFF's code: it must return codes the plugin words. A literal that is not for
 * people (a script the guide ships) is marked with an `i18n-exempt` comment saying why.
 */
export function sentenceLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const literal = literalText(node);
    if (literal !== undefined && sentenceLike.test(literal) && !isExempt(node, source)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${String(line + 1)}: ${literal.slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every non-test TypeScript file under a folder. */
export function productFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => path.join(folder, file));
}

export function sentencesIn(files: string[], root: string): string[] {
  return files.flatMap((file) =>
    sentenceLiterals(path.relative(root, file), readFileSync(file, 'utf8')),
  );
}
