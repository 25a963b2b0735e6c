// Debian's docker-registry (CNCF distribution 2.8) on a loopback address and a free port, with its
// config and storage in a directory of the test's own: anonymous, or behind htpasswd basic auth
// (bcrypt hashes made now by bcryptjs).
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { freePort } from '../cluster/free-port';
import { waitFor } from '../cluster/wait-for';

export const registryBinary = '/usr/bin/docker-registry';

export interface RegistryUser {
  username: string;
  password: string;
}

export type RegistryAuth = { kind: 'anonymous' } | { kind: 'htpasswd'; users: RegistryUser[] };

export interface TestRegistry {
  /** `127.0.0.1:<port>`: the registry as image references name it. */
  host: string;
  logFile: string;
  stop(): Promise<void>;
}

function authConfig(auth: RegistryAuth, dir: string): string[] {
  switch (auth.kind) {
    case 'anonymous':
      return [];
    case 'htpasswd':
      return [
        'auth:',
        '  htpasswd:',
        '    realm: test-registry',
        `    path: ${path.join(dir, 'htpasswd')}`,
      ];
  }
}

export async function startTestRegistry(dir: string, auth: RegistryAuth): Promise<TestRegistry> {
  await mkdir(path.join(dir, 'storage'), { recursive: true });
  if (auth.kind === 'htpasswd') {
    const lines = auth.users.map(
      (user) => `${user.username}:${bcrypt.hashSync(user.password, 10)}`,
    );
    await writeFile(path.join(dir, 'htpasswd'), `${lines.join('\n')}\n`, { mode: 0o600 });
  }
  const port = await freePort();
  const host = `127.0.0.1:${String(port)}`;
  const config = path.join(dir, 'config.yml');
  await writeFile(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(dir, 'storage')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${host}`,
      ...authConfig(auth, dir),
      '',
    ].join('\n'),
  );
  const logFile = path.join(dir, 'registry.log');
  const log = openSync(logFile, 'a');
  const registry = spawn(registryBinary, ['serve', config], { stdio: ['ignore', log, log] });
  closeSync(log);
  const exited = new Promise<void>((resolve) => {
    registry.once('exit', () => {
      resolve();
    });
  });
  await waitFor(`docker-registry on ${host}`, async () => {
    if (registry.exitCode !== null) throw new Error(`docker-registry exited: see ${logFile}`);
    const response = await fetch(`http://${host}/v2/`).catch(() => undefined);
    return response && (response.status === 200 || response.status === 401) ? true : undefined;
  });
  return {
    host,
    logFile,
    async stop() {
      if (registry.exitCode === null) registry.kill('SIGTERM');
      await exited;
    },
  };
}
