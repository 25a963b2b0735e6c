import Type from 'typebox';

/** Every error the BFF returns has this shape: a readable message, and the field when input was wrong. */
export const ErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
  field: Type.Optional(Type.String()),
});
export type ErrorResponse = Type.Static<typeof ErrorResponse>;
