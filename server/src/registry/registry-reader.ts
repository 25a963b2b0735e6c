import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { ImageDescription } from '../domain/lifecycle/image-compatibility';
import { parseImageName } from '../domain/workloads/image-name';
import { credentialsFor, type DockerConfigEntry, type RegistryCredential } from './docker-config';
import { readImagePlatforms, type ImageReading } from './image-platforms';
import { registryEndpoint } from './registry-endpoint';
import { asRegistryFailure, RegistryFailure, type RegistryFailureCode } from './registry-failure';
import { RegistrySession, type RegistryLimits } from './registry-session';

/** What one image reference came to: its platforms, or why they could not be read. */
export type ImageLookup =
  | { ok: true; digest: string; description: ImageDescription }
  | { ok: false; failure: { code: RegistryFailureCode; params: Record<string, string | number> } };

export interface RegistryReaderOptions extends RegistryLimits {
  /** How long a tag's answer (and a failure) is reused before the registry is asked again. */
  tagTtlMs: number;
  /** Most entries kept per cache. */
  maxEntries: number;
}

export const defaultRegistryReaderOptions: RegistryReaderOptions = {
  timeoutMs: 10_000,
  maxBytes: 4 * 1024 * 1024,
  plainHttpLoopback: false,
  tagTtlMs: 60_000,
  maxEntries: 2_000,
};

interface LookupContext {
  image: string;
  credentials: RegistryCredential[];
}

/** Names a set of credentials in cache keys without keeping the secrets themselves. */
function identityKey(credentials: RegistryCredential[]): string {
  if (credentials.length === 0) return 'anonymous';
  const hash = createHash('sha256');
  for (const c of credentials) hash.update(`${c.username}\u0000${c.password}\u0000`);
  return hash.digest('hex');
}

/**
 * Reads the platforms of images from their registries with the pull secrets that apply to each.
 * Answers are kept per identity (which credentials were offered) so that no caller learns of an
 * image through another's secret: per digest for as long as the cache has room (a digest's
 * content never changes), per tag and for failures only briefly. Concurrent lookups of one image
 * share one read. Every failure is an answer for that image, never an exception.
 */
export class RegistryReader {
  private readonly options: RegistryReaderOptions;
  private readonly byDigest: LRUCache<string, ImageReading>;
  private readonly lookups: LRUCache<string, ImageLookup, LookupContext>;

  constructor(options: Partial<RegistryReaderOptions> = {}) {
    this.options = { ...defaultRegistryReaderOptions, ...options };
    this.byDigest = new LRUCache({ max: this.options.maxEntries });
    this.lookups = new LRUCache<string, ImageLookup, LookupContext>({
      max: this.options.maxEntries,
      ttl: this.options.tagTtlMs,
      fetchMethod: (_key, _stale, { context }) => this.lookUp(context),
    });
  }

  /** The platforms of `image` as read with the first of the keyring's matching credentials that works. */
  async read(image: string, keyring: DockerConfigEntry[]): Promise<ImageLookup> {
    const name = parseImageName(image);
    const credentials = credentialsFor(keyring, name.registry, name.repository);
    const context = { image, credentials };
    const key = `${identityKey(credentials)}|${image}`;
    const pinned = name.digest
      ? this.byDigest.get(
          `${identityKey(credentials)}|${name.registry}/${name.repository}@${name.digest}`,
        )
      : undefined;
    if (pinned) return { ok: true, ...pinned };
    const answer = await this.lookups.fetch(key, { context });
    return (
      answer ?? { ok: false, failure: { code: 'unreachable', params: { registry: name.registry } } }
    );
  }

  private digestKey(credentials: RegistryCredential[], image: string, digest: string): string {
    const { registry, repository } = parseImageName(image);
    return `${identityKey(credentials)}|${registry}/${repository}@${digest}`;
  }

  private async lookUp({ image, credentials }: LookupContext): Promise<ImageLookup> {
    const name = parseImageName(image);
    const reference = name.digest ?? name.tag ?? 'latest';
    try {
      const endpoint = registryEndpoint(name.registry, this.options.plainHttpLoopback);
      let lastFailure: RegistryFailure | undefined;
      // Each matching credential in turn, as kubelet tries them; anonymous only when none matched.
      for (const credential of credentials.length > 0 ? credentials : [undefined]) {
        const session = new RegistrySession(endpoint, name.repository, credential, this.options);
        try {
          const reading = await readImagePlatforms(
            session,
            reference,
            endpoint.registry,
            (digest) => this.byDigest.get(this.digestKey(credentials, image, digest)),
          );
          this.byDigest.set(this.digestKey(credentials, image, reading.digest), reading);
          return { ok: true, ...reading };
        } catch (error) {
          lastFailure = asRegistryFailure(error, name.registry);
          if (lastFailure.code !== 'unauthorized') throw lastFailure;
        }
      }
      throw lastFailure ?? new RegistryFailure('unauthorized', { registry: name.registry });
    } catch (error) {
      const failure = asRegistryFailure(error, name.registry);
      return { ok: false, failure: { code: failure.code, params: failure.params } };
    }
  }
}
