// Pushes crafted images to a test registry over the distribution API: blobs by monolithic upload,
// then manifests and indexes by reference. Nothing is pulled or built: the registry stores what
// it is given, as it would a real Windows image's index.
import { createHash } from 'node:crypto';

export interface PushTarget {
  host: string;
  repository: string;
  /** The Authorization header the registry wants: basic for htpasswd. */
  authorization?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
}

function digestOf(body: Buffer): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

function headers(target: PushTarget, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, ...(target.authorization ? { authorization: target.authorization } : {}) };
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status !== status) {
    throw new Error(`${what}: HTTP ${String(response.status)} ${await response.text()}`);
  }
}

export async function pushBlob(
  target: PushTarget,
  body: Buffer,
  mediaType: string,
): Promise<Descriptor> {
  const digest = digestOf(body);
  const base = `http://${target.host}/v2/${target.repository}`;
  const start = await fetch(`${base}/blobs/uploads/`, { method: 'POST', headers: headers(target) });
  await expectStatus(start, 202, `start upload to ${target.repository}`);
  const location = new URL(start.headers.get('location') ?? '', base);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: headers(target, { 'content-type': 'application/octet-stream' }),
    body: new Uint8Array(body),
  });
  await expectStatus(put, 201, `upload ${digest}`);
  return { mediaType, digest, size: body.length };
}

/** Puts a manifest or index under a tag, or under its own digest; returns its descriptor. */
export async function pushManifest(
  target: PushTarget,
  tag: string | undefined,
  document: object,
  mediaType: string,
): Promise<Descriptor> {
  const body = Buffer.from(JSON.stringify(document));
  const reference = tag ?? digestOf(body);
  const url = `http://${target.host}/v2/${target.repository}/manifests/${reference}`;
  const response = await fetch(url, {
    method: 'PUT',
    headers: headers(target, { 'content-type': mediaType }),
    body: new Uint8Array(body),
  });
  await expectStatus(response, 201, `put manifest ${target.repository}:${reference}`);
  return { mediaType, digest: digestOf(body), size: body.length };
}
