// The real OpenShift web console (bridge and its production frontend, from ../shared/console/), run
// off-cluster against the local API server as one user, loading the plugin from the BFF and proxying its
// backend under the alias `bff` as the ConsolePlugin does. One process per user: the console acts with
// the token it was started with.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pluginName } from '../../server/contract/paths';
import { ControlPlaneProcess } from '../cluster/control-plane-process';
import { freePort } from '../cluster/free-port';
import { setTimeout as sleep } from 'node:timers/promises';

/** The console releases the tests run in: 4.22 stands for 4.22 and later, 4.20 for 4.19–4.21. */
export type ConsoleVersion = '4.22' | '4.20';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Where the packed consoles are: $OPENSHIFT_CONSOLE_DIR, else `shared/console` beside the repository or
 * one of its parents (a worktree sits deeper than the main clone).
 */
export function consoleDirectory(): string | undefined {
  if (process.env.OPENSHIFT_CONSOLE_DIR) return process.env.OPENSHIFT_CONSOLE_DIR;
  for (let dir = path.dirname(repositoryRoot); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'console');
    if (existsSync(path.join(candidate, 'run-console.sh'))) return candidate;
    if (dir === path.dirname(dir)) return undefined;
  }
}

export function hasRealConsole(version: ConsoleVersion): boolean {
  const dir = consoleDirectory();
  return dir !== undefined && existsSync(path.join(dir, version, 'bridge.gz'));
}

export interface RealConsole {
  url: string;
  stop(): Promise<void>;
}

export async function startRealConsole(options: {
  version: ConsoleVersion;
  apiServer: string;
  token: string;
  bffUrl: string;
  /** 0 or absent: a free port. */
  port?: number;
}): Promise<RealConsole> {
  const dir = consoleDirectory();
  if (!dir || !hasRealConsole(options.version))
    throw new Error(`No OpenShift console ${options.version} in ${dir ?? '../shared/console'}`);
  const workDir = await mkdtemp(path.join(tmpdir(), `windows-nodes-console-${options.version}-`));
  const tokenFile = path.join(workDir, 'token');
  await writeFile(tokenFile, options.token, { mode: 0o600 });
  const port = options.port || (await freePort());
  const bridge = ControlPlaneProcess.start(
    `console ${options.version}`,
    path.join(dir, 'run-console.sh'),
    [
      ...['--version', options.version, '--api-server', options.apiServer],
      ...['--token-file', tokenFile, '--plugin', `${pluginName}=${options.bffUrl}`],
      ...['--port', String(port), '--i18n-preload'],
    ],
    { logFile: path.join(workDir, 'console.log') },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await bridge.stop();
    await rm(workDir, { recursive: true, force: true });
  };
  // The first start of a version unpacks it (a few seconds); later ones answer within a second.
  const deadline = Date.now() + 90_000;
  while (
    !(await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    ))
  ) {
    const failure = bridge.exitStatus ?? (Date.now() > deadline ? 'no answer in 90 s' : undefined);
    if (failure) {
      const log = bridge.tail();
      await stop();
      throw new Error(`Console ${options.version} did not start (${failure}):\n${log}`);
    }
    await sleep(200);
  }
  return { url, stop };
}
