import Type from 'typebox';

export const MirrorProblem = Type.Object({
  code: Type.Union([
    Type.Literal('suffix-mismatch'),
    Type.Literal('source-port'),
    Type.Literal('wildcard-source'),
    Type.Literal('no-mirrors'),
    Type.Literal('never-lost'),
    Type.Literal('never-registry-wide'),
  ]),
  source: Type.String(),
  mirror: Type.Optional(Type.String()),
  requested: Type.Optional(Type.String()),
});

export const RegistryMirrors = Type.Object({
  registry: Type.String(),
  path: Type.String(),
  neverContactSource: Type.Boolean(),
  hostsToml: Type.String(),
  problems: Type.Array(MirrorProblem),
});

/** What WMCO writes to Windows nodes from the cluster's ImageDigestMirrorSets and ImageTagMirrorSets. */
export const WindowsMirrorsResponse = Type.Object({
  /** The installed WMCO version, when known. */
  wmcoVersion: Type.Optional(Type.String()),
  /** False: this WMCO predates mirror support (10.16) and writes none. */
  supported: Type.Optional(Type.Boolean()),
  registries: Type.Array(RegistryMirrors),
  /** How the pause image reaches the nodes when mirror sets exist: none when nothing mirrors it. */
  pauseImage: Type.Union([
    Type.Literal('resolvable'),
    Type.Literal('digest-only'),
    Type.Literal('not-mirrored'),
    Type.Literal('no-mirror-sets'),
  ]),
  unreadable: Type.Array(Type.String()),
});
export type WindowsMirrorsResponse = Type.Static<typeof WindowsMirrorsResponse>;
