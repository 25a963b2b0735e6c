/**
 * The strings the plugin translates, read from its source with TypeScript's parser: the literal first
 * argument of every `t(…)` call (also as a member, `wording.t(…)`) and of `uiText(…)` (the MachineSet
 * platform modules' form texts), exactly as the code means it once the literal's escapes are read (the
 * source's `\\` is one backslash in the key, as in the string the code passes at run time).
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface SourceString {
  key: string;
  /** Called with a `count` option: i18next looks up `<key>_one`, `<key>_other`. */
  plural: boolean;
}

const translators = new Set(['t', 'uiText']);

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text === 't' ? 't' : undefined;
  return undefined;
}

function isPlural(options: ts.Expression | undefined): boolean {
  return (
    options !== undefined &&
    ts.isObjectLiteralExpression(options) &&
    options.properties.some((property) => property.name?.getText() === 'count')
  );
}

export function sourceStringsOf(file: string, text: string): SourceString[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: SourceString[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && translators.has(calleeName(node) ?? '')) {
      const [key, options] = node.arguments;
      // Keys computed at run time cannot be listed; a literal is what the locale file can hold.
      if (key && (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)))
        found.push({ key: key.text, plural: isPlural(options) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function sourceStrings(files: string[]): SourceString[] {
  return files.flatMap((file) => sourceStringsOf(file, readFileSync(file, 'utf8')));
}
