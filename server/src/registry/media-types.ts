import Type from 'typebox';

export const mediaTypes = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

/** What a manifest request accepts: both index forms first, so a multi-platform tag is not resolved. */
export const manifestAccept = [
  mediaTypes.ociIndex,
  mediaTypes.dockerManifestList,
  mediaTypes.ociManifest,
  mediaTypes.dockerManifest,
].join(', ');

export const indexMediaTypes: readonly string[] = [
  mediaTypes.ociIndex,
  mediaTypes.dockerManifestList,
];
export const manifestMediaTypes: readonly string[] = [
  mediaTypes.ociManifest,
  mediaTypes.dockerManifest,
];

const Descriptor = Type.Object({
  mediaType: Type.Optional(Type.String()),
  digest: Type.String({ pattern: '^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$' }),
  size: Type.Optional(Type.Number()),
});

const Platform = Type.Object({
  os: Type.String(),
  architecture: Type.String(),
  variant: Type.Optional(Type.String()),
  'os.version': Type.Optional(Type.String()),
});

/** An OCI image index or a Docker manifest list: the fields this reader uses. */
export const ImageIndex = Type.Object({
  mediaType: Type.Optional(Type.String()),
  manifests: Type.Array(
    Type.Intersect([Descriptor, Type.Object({ platform: Type.Optional(Platform) })]),
  ),
});
export type ImageIndex = Type.Static<typeof ImageIndex>;

/** An OCI image manifest or a Docker image manifest v2: its config descriptor. */
export const ImageManifest = Type.Object({
  mediaType: Type.Optional(Type.String()),
  config: Descriptor,
});
export type ImageManifest = Type.Static<typeof ImageManifest>;

/** The image config's platform fields (Windows images add `os.version`). */
export const ImageConfig = Type.Object({
  os: Type.Optional(Type.String()),
  architecture: Type.Optional(Type.String()),
  variant: Type.Optional(Type.String()),
  'os.version': Type.Optional(Type.String()),
});
export type ImageConfig = Type.Static<typeof ImageConfig>;
