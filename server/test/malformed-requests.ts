/** Builds malformed requests for a route from its OpenAPI description: the fuzz corpus of abuse.itest. */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  minLength?: number;
  minItems?: number;
}

export interface Operation {
  method: string;
  /** OpenAPI path template, e.g. /api/v1/machinesets/{name}. */
  path: string;
  parameters: { name: string; in: string }[];
  body?: JsonSchema;
}

export interface FuzzRequest {
  method: string;
  url: string;
  payload?: string;
  contentType: string;
}

const hostileStrings = [
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '__proto__',
  'constructor',
  'a'.repeat(100_000),
  'ünïcödé ✓ 𝔘 \u202e gnp.exe',
  '\u0000\u0001\u0002',
  '$(reboot); rm -rf / && del C:\\Windows',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '',
];

const wrongTypes: unknown[] = [42, -1.5, true, null, [], {}, ['a'], { nested: { deeper: 1 } }];

// Domain-shaped strings, so a plausible body passes patterns (names, addresses, versions).
const candidateStrings = [
  'a',
  'windows2022',
  'win-a',
  '10.1.42.11',
  'username=Administrator',
  'stable',
  'ami-0123456789abcdef0',
  'openshift-windows-machine-config-operator',
  '10.0.20348',
];

/** A value of the schema's shape, good enough to reach past validation (and on to RBAC). */
export function plausible(schema: JsonSchema | undefined): unknown {
  if (!schema) return 'a';
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf?.[0]) return plausible(schema.anyOf[0]);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object') {
    // Addresses are IPv4s here, so BYOH routes get past DNS resolution to RBAC.
    return Object.fromEntries(
      (schema.required ?? []).map((key) => [
        key,
        key === 'address' ? '10.1.42.11' : plausible(schema.properties?.[key]),
      ]),
    );
  }
  if (type === undefined) return {};
  if (type === 'array') return (schema.minItems ?? 0) > 0 ? [plausible(schema.items)] : [];
  if (type === 'integer' || type === 'number') return schema.minimum ?? 0;
  if (type === 'boolean') return false;
  const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
  return (
    candidateStrings.find(
      (candidate) =>
        (pattern?.test(candidate) ?? true) && candidate.length >= (schema.minLength ?? 0),
    ) ?? 'a'
  );
}

function url(operation: Operation, value: string, query = ''): string {
  const path = operation.path.replace(/\{[^}]+\}/g, encodeURIComponent(value));
  return `${path}${query}`;
}

/** The path with each parameter filled with a value of its kind (addresses are IPv4s, names labels). */
export function plausiblePath(operation: Operation): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) =>
    name === 'address' ? '10.1.42.11' : 'a',
  );
}

/** Every malformed variant of one operation: bodies, path parameters, query strings, content types. */
export function malformedRequests(operation: Operation): FuzzRequest[] {
  const json = 'application/json';
  const requests: FuzzRequest[] = [];
  const base = url(operation, 'a');
  for (const hostile of hostileStrings) {
    if (operation.path.includes('{'))
      requests.push({ method: operation.method, url: url(operation, hostile), contentType: json });
    requests.push({
      method: operation.method,
      url: `${base}?__proto__[polluted]=1&name=${encodeURIComponent(hostile.slice(0, 2000))}`,
      contentType: json,
    });
  }
  if (operation.method === 'GET' || operation.method === 'DELETE') return requests;

  const body = operation.body;
  const valid = (plausible(body) ?? {}) as Record<string, unknown>;
  const send = (payload: string, contentType = json) =>
    requests.push({ method: operation.method, url: base, payload, contentType });
  send('{"unterminated": ');
  send('[]');
  send('"just a string"');
  send('{}');
  send('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
  send(JSON.stringify({ ...valid, extraField: 'not allowed' }));
  send('plain text body', 'text/plain');
  send(JSON.stringify(valid), 'application/x-www-form-urlencoded');
  for (const [field, schema] of Object.entries(body?.properties ?? {})) {
    for (const wrong of wrongTypes) send(JSON.stringify({ ...valid, [field]: wrong }));
    for (const hostile of hostileStrings) send(JSON.stringify({ ...valid, [field]: hostile }));
    const { [field]: _removed, ...missing } = valid;
    send(JSON.stringify(missing));
    if (schema.properties) {
      for (const inner of Object.keys(schema.properties)) {
        for (const hostile of hostileStrings.slice(0, 5)) {
          send(
            JSON.stringify({
              ...valid,
              [field]: { ...(valid[field] as object), [inner]: hostile },
            }),
          );
        }
      }
    }
  }
  return requests;
}

/** The operations of an OpenAPI 3 document, without event streams (they never end by design). */
export function operationsOf(document: {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        responses?: Record<string, { content?: Record<string, unknown> }>;
      }
    >
  >;
}): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(
        ([, operation]) =>
          !Object.values(operation.responses ?? {}).some(
            (response) => 'text/event-stream' in (response.content ?? {}),
          ),
      )
      .filter(() => !path.endsWith('/events'))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content?.['application/json']?.schema,
      })),
  );
}
