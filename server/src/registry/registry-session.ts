import { createHash } from 'node:crypto';
import { parseAuthChallenges, type AuthChallenge } from './auth-challenge';
import type { RegistryCredential } from './docker-config';
import { answerTo, basicAuthorization, tokenOf, tokenRequestUrl } from './registry-authorization';
import { mayFollow, type RegistryEndpoint } from './registry-endpoint';
import { RegistryFailure } from './registry-failure';

export interface RegistryLimits {
  /** Per request, body included. */
  timeoutMs: number;
  /** The most bytes read of any one document (manifest, index, config, token). */
  maxBytes: number;
  /** Plain http to loopback registries and token realms: for the tests' registry only. */
  plainHttpLoopback: boolean;
}

export interface RegistryDocument {
  body: Buffer;
  /** `sha256:<hex>` of the body: what a digest reference must equal. */
  digest: string;
  contentType: string;
}

const maxRedirects = 3;

async function readCapped(response: Response, maxBytes: number, registry: string): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new RegistryFailure('too-large', { registry, limit: maxBytes });
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw new RegistryFailure('too-large', { registry, limit: maxBytes });
    }
    chunks.push(Buffer.from(read.value));
  }
  return Buffer.concat(chunks);
}

/** A document's JSON; anything else is the registry's fault, reported as a bad response. */
export function parseJson(body: Buffer, registry: string): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new RegistryFailure('bad-response', { registry });
  }
}

function failureFor(status: number, registry: string): RegistryFailure {
  if (status === 401 || status === 403) return new RegistryFailure('unauthorized', { registry });
  if (status === 404) return new RegistryFailure('not-found', { registry });
  return new RegistryFailure('registry-error', { registry, status });
}

/**
 * Reads one repository of one registry as one identity (a credential, or anonymous) over the OCI
 * distribution API. A 401 is answered once per session: with a bearer token from the challenge's
 * realm (the credential sent there as basic auth), or with the credential itself when the registry
 * asks for basic auth. Redirects are followed by hand so that none leads to plain http and the
 * Authorization header never leaves the registry's origin.
 */
export class RegistrySession {
  private authorization?: string;

  constructor(
    private readonly endpoint: RegistryEndpoint,
    private readonly repository: string,
    private readonly credential: RegistryCredential | undefined,
    private readonly limits: RegistryLimits,
  ) {}

  async get(path: string, accept: string): Promise<RegistryDocument> {
    const url = new URL(`/v2/${this.repository}/${path}`, this.endpoint.origin);
    let response = await this.send(url, accept);
    if (response.status === 401 && this.authorization === undefined) {
      await response.body?.cancel();
      this.authorization = await this.answer(
        parseAuthChallenges(response.headers.get('www-authenticate')),
      );
      response = await this.send(url, accept);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw failureFor(response.status, this.endpoint.registry);
    }
    const body = await readCapped(response, this.limits.maxBytes, this.endpoint.registry);
    return {
      body,
      digest: `sha256:${createHash('sha256').update(body).digest('hex')}`,
      contentType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
    };
  }

  private async send(start: URL, accept: string, authorization = this.authorization) {
    let url = start;
    for (let hop = 0; ; hop += 1) {
      const sameOrigin = url.origin === this.endpoint.origin;
      const response = await fetch(url, {
        headers: {
          accept,
          ...(authorization && sameOrigin ? { authorization } : {}),
        },
        redirect: 'manual',
        signal: AbortSignal.timeout(this.limits.timeoutMs),
      });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return response;
      await response.body?.cancel();
      url = new URL(location, url);
      if (hop >= maxRedirects || !mayFollow(url, this.limits.plainHttpLoopback)) {
        throw new RegistryFailure('insecure-redirect', { registry: this.endpoint.registry });
      }
    }
  }

  /** The Authorization header that answers the registry's challenge. */
  private async answer(challenges: AuthChallenge[]): Promise<string> {
    const answer = answerTo(challenges, this.credential);
    if (answer.kind === 'bearer') return `Bearer ${await this.token(answer.challenge)}`;
    if (answer.kind === 'basic') return answer.authorization;
    throw new RegistryFailure('unauthorized', { registry: this.endpoint.registry });
  }

  private async token(challenge: AuthChallenge): Promise<string> {
    const registry = this.endpoint.registry;
    const realm = tokenRequestUrl(challenge, this.repository);
    if (!realm || !mayFollow(realm, this.limits.plainHttpLoopback)) {
      throw new RegistryFailure('insecure-redirect', { registry });
    }
    const response = await fetch(realm, {
      headers: {
        accept: 'application/json',
        ...(this.credential ? { authorization: basicAuthorization(this.credential) } : {}),
      },
      redirect: 'error',
      signal: AbortSignal.timeout(this.limits.timeoutMs),
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new RegistryFailure('unauthorized', { registry });
    }
    const token = tokenOf(
      parseJson(await readCapped(response, this.limits.maxBytes, registry), registry),
    );
    if (!token) throw new RegistryFailure('bad-response', { registry });
    return token;
  }
}
