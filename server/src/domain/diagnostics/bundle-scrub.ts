/**
 * What a support bundle must never carry, removed from every file before it is written: private
 * keys (any PEM or OpenSSH private key block), bearer tokens, JWTs (service-account tokens), and the
 * exact secrets the builder knows of (the caller's token).
 */
const privateKeyBlock =
  /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?(-----END \1PRIVATE KEY-----|$)/g;
const bearer = /\b(Bearer|bearer)\s+[A-Za-z0-9._~+/=-]{8,}/g;
const jwt = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g;

export function scrubText(text: string, known: readonly string[] = []): string {
  // i18n-exempt: placeholders inside the bundle's files, which support staff read as they are
  let scrubbed = text
    .replace(privateKeyBlock, '[private key removed]')
    .replace(bearer, '$1 [token removed]')
    .replace(jwt, '[token removed]');
  for (const secret of known) {
    if (secret.length >= 8) scrubbed = scrubbed.split(secret).join('[token removed]');
  }
  return scrubbed;
}

/** Annotations that carry credentials or noise: WMCO's encrypted username, kubectl's copy. */
const droppedAnnotations = [
  'windowsmachineconfig.openshift.io/username',
  'kubectl.kubernetes.io/last-applied-configuration',
];

/** An object as a bundle keeps it: without field managers and the annotations above. */
export function bundleForm<T extends { metadata?: object }>(object: T): T {
  const metadata = object.metadata as
    { managedFields?: unknown; annotations?: Record<string, string> } | undefined;
  if (!metadata) return object;
  const annotations = Object.fromEntries(
    Object.entries(metadata.annotations ?? {}).filter(([key]) => !droppedAnnotations.includes(key)),
  );
  const { managedFields: _dropped, ...kept } = metadata;
  return { ...object, metadata: { ...kept, ...(metadata.annotations ? { annotations } : {}) } };
}
