import Type, { type Static, type TObject } from 'typebox';

/**
 * The BFF never sends a sentence of its own: it sends a code and the values the sentence names, and the
 * plugin words them in the reader's language. A catalogue maps each code to the schema of its params, so
 * both sides are checked by the compiler: the BFF can only send a code with its params, the plugin must
 * word every code.
 */
export type Catalogue = Record<string, TObject>;

/** Marks a string as the cluster's own words (the API server, an operator's condition or event). */
export const verbatimKeyword = 'x-verbatim';

/** Text that comes from the cluster and is shown as it is, untranslated, as the console shows it. */
export function Verbatim(description: string) {
  return Type.String({ description, [verbatimKeyword]: true });
}

/** A value a message names; lists are joined, and numbers formatted, in the reader's language. */
export const ParamValue = Type.Union([Type.String(), Type.Number(), Type.Array(Type.String())]);
export type ParamValue = Static<typeof ParamValue>;
/** An absent optional param is left out of the JSON; the type admits it so typed params fit. */
export const Params = Type.Unsafe<Record<string, ParamValue | undefined>>(
  Type.Record(Type.String(), ParamValue),
);
export type Params = Static<typeof Params>;
/** Params of messages kept in the cluster as strings. */
export const StringParams = Type.Unsafe<Record<string, string | undefined>>(
  Type.Record(Type.String(), Type.String()),
);

/** The codes of a catalogue, as a schema (a union of literals). */
export function CodeOf<C extends Catalogue>(catalogue: C) {
  return Type.KeyOf(Type.Object(catalogue));
}

/** On the wire: a code of the catalogue and its params (checked per code by the type below). */
export function MessageOf<C extends Catalogue>(catalogue: C) {
  return Type.Object({ code: CodeOf(catalogue), params: Params });
}

/** The params of one code; a code without any takes an empty object. */
export type ParamsOf<T extends TObject> = keyof Static<T> extends never
  ? Record<string, never>
  : Static<T>;

/** `{ code, params }` with the params each code needs: what the BFF builds and the plugin words. */
export type Coded<C extends Catalogue> = {
  [K in keyof C & string]: { code: K; params: ParamsOf<C[K]> };
}[keyof C & string];
