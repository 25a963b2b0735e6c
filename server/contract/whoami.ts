import Type from 'typebox';

/** The identity the API server sees for the caller's token (SelfSubjectReview). */
export const WhoAmI = Type.Object({
  username: Type.String(),
  groups: Type.Array(Type.String()),
});
export type WhoAmI = Type.Static<typeof WhoAmI>;
