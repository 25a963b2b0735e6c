import Type from 'typebox';

/** The values a coded error names; the plugin words the code with them. */
export const ErrorParams = Type.Record(
  Type.String(),
  Type.Union([Type.String(), Type.Number(), Type.Array(Type.String())]),
);

/**
 * Every error the BFF returns has this shape: a message, the field when input was wrong, and, where
 * the failure has one, a code with its params that the plugin words (`message` is then the code).
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
