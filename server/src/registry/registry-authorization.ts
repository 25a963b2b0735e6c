import type { AuthChallenge } from './auth-challenge';
import type { RegistryCredential } from './docker-config';

/** `Basic <base64 user:password>`: how a credential goes to a registry or its token realm. */
export function basicAuthorization(
  credential: Pick<RegistryCredential, 'username' | 'password'>,
): string {
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
}

/** How a registry's 401 is answered: a token from its realm, the credential itself, or not at all. */
export type ChallengeAnswer =
  | { kind: 'bearer'; challenge: AuthChallenge }
  | { kind: 'basic'; authorization: string }
  | { kind: 'none' };

/**
 * Bearer wins where offered (docker.io, quay.io and most public registries), since it also serves
 * anonymous pulls; basic is answered only with a credential to send.
 */
export function answerTo(
  challenges: readonly AuthChallenge[],
  credential: RegistryCredential | undefined,
): ChallengeAnswer {
  const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
  if (bearer) return { kind: 'bearer', challenge: bearer };
  if (credential && challenges.some((c) => c.scheme === 'basic')) {
    return { kind: 'basic', authorization: basicAuthorization(credential) };
  }
  return { kind: 'none' };
}

/**
 * The token request of a bearer challenge (distribution's token spec): the realm with the
 * challenge's service and its scope, or a pull of the repository when the registry named none.
 * Undefined for a realm that is no URL.
 */
export function tokenRequestUrl(challenge: AuthChallenge, repository: string): URL | undefined {
  let realm: URL;
  try {
    realm = new URL(challenge.params.realm ?? '');
  } catch {
    return undefined;
  }
  if (challenge.params.service) realm.searchParams.set('service', challenge.params.service);
  realm.searchParams.set('scope', challenge.params.scope ?? `repository:${repository}:pull`);
  return realm;
}

/** The token of a token service's answer: `token`, or the OAuth2 `access_token` some send instead. */
export function tokenOf(answer: unknown): string | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const fields = answer as Record<string, unknown>;
  const token = fields.token ?? fields.access_token;
  return typeof token === 'string' && token !== '' ? token : undefined;
}
