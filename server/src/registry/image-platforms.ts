import type Type from 'typebox';
import { Check } from 'typebox/value';
import type { ImageDescription, ImagePlatform } from '../domain/lifecycle/image-compatibility';
import {
  ImageConfig,
  ImageIndex,
  ImageManifest,
  indexMediaTypes,
  manifestAccept,
  manifestMediaTypes,
} from './media-types';
import { RegistryFailure } from './registry-failure';
import { parseJson, type RegistryDocument, type RegistrySession } from './registry-session';

/** The manifests of one index read for their configs at most: enough for any real image. */
const maxConfigLookups = 8;

function mediaTypeOf(document: RegistryDocument, parsed: unknown): string {
  const declared = (parsed as { mediaType?: unknown }).mediaType;
  if (typeof declared === 'string' && declared !== '') return declared;
  // Schema 2 documents name their type; an OCI document may leave it to the Content-Type.
  if (document.contentType !== '') return document.contentType;
  return Array.isArray((parsed as { manifests?: unknown }).manifests)
    ? (indexMediaTypes[0] ?? '')
    : '';
}

function checked<S extends Type.TSchema>(
  schema: S,
  value: unknown,
  registry: string,
): Type.Static<S> {
  if (!Check(schema, value)) throw new RegistryFailure('bad-response', { registry });
  return value;
}

function verified(document: RegistryDocument, digest: string, registry: string): RegistryDocument {
  if (document.digest !== digest) throw new RegistryFailure('bad-response', { registry, digest });
  return document;
}

/** The platform an image manifest's config declares. */
async function configPlatform(
  session: RegistrySession,
  manifest: ImageManifest,
  registry: string,
): Promise<ImagePlatform> {
  const { digest } = manifest.config;
  const blob = verified(await session.get(`blobs/${digest}`, '*/*'), digest, registry);
  const config = checked(ImageConfig, parseJson(blob.body, registry), registry);
  return {
    os: config.os ?? '',
    architecture: config.architecture ?? '',
    variant: config.variant,
    osVersion: config['os.version'],
  };
}

async function manifestAt(session: RegistrySession, digest: string, registry: string) {
  const document = verified(
    await session.get(`manifests/${digest}`, manifestAccept),
    digest,
    registry,
  );
  return checked(ImageManifest, parseJson(document.body, registry), registry);
}

/**
 * A Windows entry of an index without `os.version` is looked up in its manifest's config, which
 * Windows images carry it in; an entry whose config lacks it too stays without.
 */
async function withOsVersions(session: RegistrySession, index: ImageIndex, registry: string) {
  let lookups = 0;
  return Promise.all(
    index.manifests.map(async (entry): Promise<ImagePlatform> => {
      const platform = entry.platform;
      const known: ImagePlatform = {
        os: platform?.os ?? '',
        architecture: platform?.architecture ?? '',
        variant: platform?.variant,
        osVersion: platform?.['os.version'],
        digest: entry.digest,
      };
      if (known.os !== 'windows' || known.osVersion || lookups >= maxConfigLookups) return known;
      lookups += 1;
      const config = await configPlatform(
        session,
        await manifestAt(session, entry.digest, registry),
        registry,
      );
      return { ...known, osVersion: config.osVersion };
    }),
  );
}

export interface ImageReading {
  /** The digest the reference resolved to. */
  digest: string;
  description: ImageDescription;
}

/**
 * The platforms `reference` (a tag or a digest) offers, read through the session; `known` answers
 * for a digest read before, which spares the index's manifests and configs.
 */
export async function readImagePlatforms(
  session: RegistrySession,
  reference: string,
  registry: string,
  known: (digest: string) => ImageReading | undefined = () => undefined,
): Promise<ImageReading> {
  const document = await session.get(`manifests/${reference}`, manifestAccept);
  if (reference.includes(':')) verified(document, reference, registry);
  const seen = known(document.digest);
  if (seen) return seen;
  const parsed = parseJson(document.body, registry);
  const mediaType = mediaTypeOf(document, parsed);
  if (indexMediaTypes.includes(mediaType)) {
    const index = checked(ImageIndex, parsed, registry);
    return {
      digest: document.digest,
      description: { kind: 'index', platforms: await withOsVersions(session, index, registry) },
    };
  }
  if (manifestMediaTypes.includes(mediaType)) {
    const manifest = checked(ImageManifest, parsed, registry);
    const platform = await configPlatform(session, manifest, registry);
    return {
      digest: document.digest,
      description: { kind: 'manifest', platforms: [{ ...platform, digest: document.digest }] },
    };
  }
  throw new RegistryFailure('unsupported-media-type', {
    registry,
    mediaType: mediaType.slice(0, 120),
  });
}
