import Type from 'typebox';

/** The values a coded failure names; the plugin words the code and fills them in. */
export const ErrorParams = Type.Record(
  Type.String(),
  Type.Union([Type.String(), Type.Number(), Type.Array(Type.String())]),
);

/**
 * Every error the BFF returns has this shape: a readable message, and the field when input was wrong;
 * a failure with a code of its own also sends it with its params, for the plugin to word.
 */
export const ErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
  code: Type.Optional(Type.String()),
  params: Type.Optional(ErrorParams),
  field: Type.Optional(Type.String()),
});
export type ErrorResponse = Type.Static<typeof ErrorResponse>;
