import Type, { type TObject, type TSchema } from 'typebox';

/** A serializer compiled from a response schema (fastify's, which drops what the schema does not name). */
export type SchemaSerializer = (value: unknown) => string;

/**
 * Serializes a view's document whose rows are kept between derivations (the nodes page's 2,000 rows are
 * rebuilt only for the node that changed): each row's JSON is kept with the row, so a change serializes
 * one row and joins the others. Rows must not change once derived; the rest of the document is
 * serialized afresh each time.
 */
export class KeptRowsSerializer {
  private readonly restSchema: TSchema;
  private readonly rowSchema: TSchema;
  private readonly rowJson = new WeakMap<object, string>();

  constructor(
    response: TObject,
    private readonly rows: string,
  ) {
    const array: (TSchema & { items?: TSchema }) | undefined = response.properties[rows];
    if (!array?.items) throw new Error(`${rows} is not an array of the response`);
    this.rowSchema = array.items;
    this.restSchema = Type.Omit(response, [rows]);
  }

  /** The document's serializer, with `compile` (the route's, which keeps what it compiled). */
  serializer(compile: (schema: TSchema) => SchemaSerializer): SchemaSerializer {
    const serializeRest = compile(this.restSchema);
    const serializeRow = compile(this.rowSchema);
    return (value) => {
      const document = value as Record<string, unknown>;
      const rows = (document[this.rows] ?? []) as object[];
      const json = rows.map((row) => {
        const kept = this.rowJson.get(row);
        if (kept !== undefined) return kept;
        const serialized = serializeRow(row);
        this.rowJson.set(row, serialized);
        return serialized;
      });
      const rest = serializeRest(document).slice(1, -1);
      return `{${JSON.stringify(this.rows)}:[${json.join(',')}]${rest && `,${rest}`}}`;
    };
  }
}
