// The real OpenShift console (../shared/console, see its README) in front of a stack: bridge in
// off-cluster mode against the stack's API server as the admin, with the plugin and its BFF proxied.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../cluster/free-port';
import { waitFor } from '../cluster/wait-for';
import type { Stack } from '../stack';

export interface RealConsole {
  url: string;
  stop(): Promise<void>;
}

/** Where run-console.sh is: $CONSOLE_DIR, or the shared folder beside this checkout. */
export function consoleScript(repositoryRoot: string): string | undefined {
  const candidates = [
    process.env.CONSOLE_DIR,
    path.resolve(repositoryRoot, '../shared/console'),
    path.resolve(repositoryRoot, '../../shared/console'),
  ];
  return candidates
    .flatMap((dir) => (dir ? [path.join(dir, 'run-console.sh')] : []))
    .find((script) => existsSync(script));
}

export async function startRealConsole(
  script: string,
  version: string,
  stack: Stack,
): Promise<RealConsole> {
  const port = await freePort();
  const dir = await mkdtemp(path.join(tmpdir(), 'real-console-'));
  const tokenFile = path.join(dir, 'token');
  await writeFile(tokenFile, stack.cluster.tokens.admin, { mode: 0o600 });
  const output: string[] = [];
  const bridge = spawn(
    'bash',
    [
      script,
      ...['--version', version, '--api-server', stack.cluster.server],
      ...['--token-file', tokenFile, '--plugin', `windows-nodes-plugin=${stack.bffUrl}`],
      ...['--port', String(port), '--i18n-preload'],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  for (const stream of [bridge.stdout, bridge.stderr]) {
    stream.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  }
  const exited = new Promise<void>((resolve) =>
    bridge.once('exit', () => {
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${String(port)}`;
  const stop = async () => {
    if (bridge.exitCode === null) bridge.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      `the ${version} console on ${url}`,
      async () => {
        if (bridge.exitCode !== null)
          throw new Error(`bridge exited: ${output.join('').slice(-500)}`);
        return (await fetch(`${url}/health`)).ok ? true : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
