// Reads a support bundle (.tar.gz) the way an admin's `tar xzf` would, for the tests' assertions.
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';

/** The files of a support bundle by their path below its root folder, as text. */
export async function supportBundleFiles(
  archive: AsyncIterable<Buffer | Uint8Array> | Buffer,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
    stream.on('end', () => {
      const name = header.name.replace(/^windows-nodes-support\//, '');
      files.set(name, Buffer.concat(chunks).toString('utf8'));
      next();
    });
  });
  await new Promise<void>((resolve, reject) => {
    extract.on('finish', resolve);
    extract.on('error', reject);
    const source = Buffer.isBuffer(archive) ? Readable.from([archive]) : Readable.from(archive);
    source.on('error', reject);
    source.pipe(createGunzip()).pipe(extract);
  });
  return files;
}
