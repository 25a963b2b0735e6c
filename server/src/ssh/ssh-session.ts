import { createHash } from 'node:crypto';
import { Client } from 'ssh2';
import type { CatalogueCommand } from './command-catalogue';
import type { LoginKey } from './login-key';

/** Output beyond this is cut: the catalogue's commands print a line or two. */
const outputLimitBytes = 64 * 1024;

export interface SessionTarget {
  host: string;
  port: number;
  username: string;
  key: LoginKey;
  /** The host key pinned in the cluster (SSH wire format); undefined on first contact. */
  pinned?: Buffer;
  timeoutMs: number;
}

export type SessionOutcome =
  | { kind: 'connected'; session: SshSession; hostKey: Buffer }
  /** Refused before authenticating: the host presented another key than the pinned one. */
  | { kind: 'host-key-mismatch'; hostKey: Buffer }
  | { kind: 'rejected'; hostKey: Buffer }
  | { kind: 'failed'; reason: 'timeout' | 'handshake'; hostKey?: Buffer };

/** `SHA256:<base64>` of a key in SSH wire format, as `ssh-keygen -l` prints it. */
export function keyFingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

export interface CommandResult {
  exitCode?: number;
  stdout: string;
}

/** A logged-in SSH connection that runs catalogue commands only. */
export class SshSession {
  constructor(
    private readonly client: Client,
    private readonly timeoutMs: number,
  ) {}

  run(command: CatalogueCommand): Promise<CommandResult> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.client.end();
        reject(new Error(`no answer within ${String(this.timeoutMs)} ms`));
      }, this.timeoutMs);
      this.client.exec(command, (error, channel) => {
        if (error) {
          clearTimeout(timer);
          reject(error);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let exitCode: number | undefined;
        channel.on('data', (chunk: Buffer) => {
          if (size < outputLimitBytes) chunks.push(chunk);
          size += chunk.length;
        });
        channel.stderr.resume();
        channel.on('exit', (code: number | null) => {
          exitCode = code ?? undefined;
        });
        channel.on('close', () => {
          clearTimeout(timer);
          resolve({
            exitCode,
            stdout: Buffer.concat(chunks).subarray(0, outputLimitBytes).toString('utf8'),
          });
        });
      });
    });
  }

  /** A command's output, or undefined when the host did not answer it in time. */
  async output(command: CatalogueCommand): Promise<string | undefined> {
    try {
      return (await this.run(command)).stdout;
    } catch {
      return undefined;
    }
  }

  close(): void {
    this.client.end();
  }
}

/**
 * Connects and logs in with cloud-private-key, refusing any host key but the pinned one. On first contact
 * the presented key is accepted and returned, for the caller to pin once the login succeeded (as WMCO does).
 */
export function openSession(target: SessionTarget): Promise<SessionOutcome> {
  return new Promise((resolve) => {
    const client = new Client();
    let hostKey: Buffer | undefined;
    let mismatch = false;
    client.on('ready', () => {
      resolve({
        kind: 'connected',
        session: new SshSession(client, target.timeoutMs),
        hostKey: hostKey ?? Buffer.alloc(0),
      });
    });
    client.on('error', (error: Error & { level?: string }) => {
      client.end();
      if (hostKey && mismatch) resolve({ kind: 'host-key-mismatch', hostKey });
      else if (hostKey && error.level === 'client-authentication')
        resolve({ kind: 'rejected', hostKey });
      else
        resolve({
          kind: 'failed',
          reason: error.level === 'client-timeout' ? 'timeout' : 'handshake',
          hostKey,
        });
    });
    client.connect({
      host: target.host,
      port: target.port,
      username: target.username,
      privateKey: target.key.pem,
      readyTimeout: target.timeoutMs,
      tryKeyboard: false,
      hostVerifier: (key: Buffer) => {
        hostKey = key;
        mismatch = target.pinned !== undefined && !target.pinned.equals(key);
        return !mismatch;
      },
    });
  });
}
