/**
 * The strings the plugin translates, read from its source with TypeScript's parser: the literal first
 * argument of every `t(…)` call (and `uiText(…)`, the MachineSet platform modules' form texts), exactly as the code means it once the literal's escapes are read (the
 * source's `\\` is one backslash in the key, as in the string the code passes at run time).
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface SourceString {
  key: string;
  /** Called with a `count` option: i18next looks up `<key>_one`, `<key>_other`. */
  plural: boolean;
}

function isPlural(options: ts.Expression | undefined): boolean {
  return (
    options !== undefined &&
    ts.isObjectLiteralExpression(options) &&
    options.properties.some((property) => property.name?.getText() === 'count')
  );
}

export function sourceStrings(files: string[]): SourceString[] {
  const found: SourceString[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        (node.expression.text === 't' || node.expression.text === 'uiText')
      ) {
        const [key, options] = node.arguments;
        // Keys computed at run time cannot be listed; a literal is what the locale file can hold.
        if (key && (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)))
          found.push({ key: key.text, plural: isPlural(options) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
