import Type from 'typebox';
import { NodeParams } from './diagnostics';

/** The most bytes of files (before compression) a support bundle may hold, and its default. */
export const maxBundleBytes = 200 * 1024 * 1024;
export const defaultBundleBytes = 50 * 1024 * 1024;
export const defaultBundleTailLines = 1000;

export const SupportBundleRequest = Type.Object(
  {
    /** The Windows nodes whose service logs go in. */
    nodes: Type.Array(NodeParams.properties.node, { maxItems: 100, uniqueItems: true }),
    /** The last N lines of each service log. */
    tailLines: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    /** The most bytes of files the archive holds; what does not fit is listed in manifest.json. */
    maxBytes: Type.Optional(Type.Integer({ minimum: 64 * 1024, maximum: maxBundleBytes })),
  },
  { additionalProperties: false },
);
export type SupportBundleRequest = Type.Static<typeof SupportBundleRequest>;

/**
 * One line of a support bundle's NDJSON stream: progress while files are gathered, the archive's
 * bytes (base64) as they are compressed, then its end; `failed` if it could not be finished.
 */
export type BundleStreamLine =
  | { type: 'progress'; done: number; total: number; file: string }
  | { type: 'data'; data: string }
  | { type: 'end'; bytes: number; fileName: string }
  | { type: 'failed' };
