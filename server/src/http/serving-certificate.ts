import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';
import { createSecureContext, type Server as TlsServer } from 'node:tls';
import type { FastifyInstance } from 'fastify';

export interface ServingCertificateFiles {
  certFile: string;
  keyFile: string;
}

/** How long a burst of file events (a volume update writes several) settles before the files are read. */
const settleMs = 250;

/** Both PEMs, once they belong together: a rotation caught halfway (new key, old certificate) throws. */
async function readMatchingPair(files: ServingCertificateFiles) {
  const [cert, key] = await Promise.all([readFile(files.certFile), readFile(files.keyFile)]);
  createSecureContext({ cert, key });
  return { cert, key };
}

/**
 * Serves the certificate service-ca rotates without a restart. The kubelet updates a secret volume by
 * swapping its `..data` symlink, and a test or an admin may replace the files themselves: either way
 * the directories change, so they are watched, and the pair is read again once the changes settle.
 * New connections then get the new certificate; open ones (event streams) keep the session they have.
 * A pair that does not match yet is left until it does; the previous certificate is served meanwhile.
 */
export function reloadServingCertificate(app: FastifyInstance, files: ServingCertificateFiles) {
  const server = app.server as unknown as TlsServer;
  let served: Buffer | undefined;
  let timer: NodeJS.Timeout | undefined;
  let watchers: FSWatcher[] = [];

  const reload = async () => {
    try {
      const pair = await readMatchingPair(files);
      if (served?.equals(pair.cert)) return;
      server.setSecureContext(pair);
      const certificate = new X509Certificate(pair.cert);
      if (served) {
        app.log.info(
          { serialNumber: certificate.serialNumber, validTo: certificate.validTo },
          'serving certificate reloaded',
        );
      }
      served = pair.cert;
    } catch (error) {
      app.log.warn(
        { err: error },
        'serving certificate not reloaded yet; serving the previous one',
      );
    }
  };
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), settleMs);
  };

  app.addHook('onReady', async () => {
    await reload();
    const directories = new Set([path.dirname(files.certFile), path.dirname(files.keyFile)]);
    watchers = [...directories].map((directory) =>
      watch(directory, changed).on('error', (error) => {
        app.log.warn({ err: error, directory }, 'cannot watch the serving certificate');
      }),
    );
  });
  app.addHook('onClose', async () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  });
}
