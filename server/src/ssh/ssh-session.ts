import { createHash } from 'node:crypto';
import { Client, type AgentAuthMethod, type ClientChannel } from 'ssh2';
import type { ByohSettings } from './byoh-settings';
import type { CatalogueCommand } from './command-catalogue';
import type { LoginKey } from './login-key';

/** Output beyond this is cut: the catalogue's commands print a line or two. */
const outputLimitBytes = 64 * 1024;
/** Keepalives that may go unanswered before the connection counts as dead (ssh2 drops it at the next). */
const keepaliveCountMax = 2;

export interface SessionTarget {
  host: string;
  port: number;
  username: string;
  key: LoginKey;
  /** The host key pinned in the cluster (SSH wire format); undefined on first contact. */
  pinned?: Buffer;
  timing: Pick<ByohSettings, 'connectTimeoutMs' | 'commandTimeoutMs' | 'keepaliveIntervalMs'>;
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

/** Why a logged-in connection ended before a command finished. */
export type ConnectionLoss =
  /** The host stopped answering keepalives: gone, or the path to it black-holed. */
  | 'keepalive-timeout'
  /** The host closed or reset the connection. */
  | 'connection-closed';

export type CommandOutcome =
  | { kind: 'answered'; exitCode?: number; stdout: string }
  /** The connection is alive, but the command did not finish in time (or its channel was refused). */
  | { kind: 'unanswered' }
  | { kind: 'connection-lost'; reason: ConnectionLoss };

type Answer = Extract<CommandOutcome, { kind: 'answered' }>;

/** Everything a command printed, once its channel closed; `exited`: whether an exit status came first. */
function readAnswer(channel: ClientChannel): Promise<{ answer: Answer; exited: boolean }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let exitCode: number | undefined;
    let exited = false;
    channel.on('data', (chunk: Buffer) => {
      if (size < outputLimitBytes) chunks.push(chunk);
      size += chunk.length;
    });
    channel.stderr.resume();
    channel.on('exit', (code: number | null) => {
      exited = true;
      exitCode = code ?? undefined;
    });
    channel.on('close', () => {
      const stdout = Buffer.concat(chunks).subarray(0, outputLimitBytes).toString('utf8');
      resolve({ answer: { kind: 'answered', exitCode, stdout }, exited });
    });
  });
}

/** A logged-in SSH connection that runs catalogue commands only. */
export class SshSession {
  private lost: ConnectionLoss | undefined;

  constructor(
    private readonly client: Client,
    private readonly commandTimeoutMs: number,
  ) {
    // ssh2 reports a keepalive timeout as an error, then destroys the socket, which ends every channel.
    client.on('error', (error: Error & { level?: string }) => {
      if (error.level === 'client-timeout') this.lost ??= 'keepalive-timeout';
    });
    client.on('close', () => {
      this.lost ??= 'connection-closed';
    });
  }

  run(command: CatalogueCommand): Promise<CommandOutcome> {
    return new Promise((resolve) => {
      let channel: ClientChannel | undefined;
      let settled = false;
      /** A lost connection explains any outcome but an exit status that arrived before the loss. */
      const settle = (outcome: CommandOutcome, exited = false) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(this.lost && !exited ? { kind: 'connection-lost', reason: this.lost } : outcome);
      };
      // Only the command is given up: the connection, still answering keepalives, serves the next one.
      const timer = setTimeout(() => {
        channel?.close();
        settle({ kind: 'unanswered' });
      }, this.commandTimeoutMs);
      const onChannel = (error: Error | undefined, opened: ClientChannel) => {
        if (error) {
          settle({ kind: 'unanswered' });
          return;
        }
        channel = opened;
        // Opened after the command was given up on.
        if (settled) opened.close();
        else
          void readAnswer(opened).then(({ answer, exited }) => {
            settle(answer, exited);
          });
      };
      if (this.lost) settle({ kind: 'unanswered' });
      else {
        try {
          this.client.exec(command, onChannel);
        } catch {
          // ssh2 throws when the socket is already gone.
          settle({ kind: 'unanswered' });
        }
      }
    });
  }

  /** A command's output, or undefined when the host did not answer it. */
  async output(command: CatalogueCommand): Promise<string | undefined> {
    const outcome = await this.run(command);
    return outcome.kind === 'answered' ? outcome.stdout : undefined;
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
        session: new SshSession(client, target.timing.commandTimeoutMs),
        hostKey: hostKey ?? Buffer.alloc(0),
      });
    });
    client.on('error', (error: Error & { level?: string }) => {
      // Before the login, ssh2 has already destroyed the socket on a timeout; anything else is ended.
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
    const publicKeyLogin: AgentAuthMethod = {
      type: 'agent',
      username: target.username,
      agent: target.key.agent,
    };
    client.connect({
      host: target.host,
      port: target.port,
      username: target.username,
      authHandler: [publicKeyLogin],
      readyTimeout: target.timing.connectTimeoutMs,
      keepaliveInterval: target.timing.keepaliveIntervalMs,
      keepaliveCountMax,
      tryKeyboard: false,
      hostVerifier: (key: Buffer) => {
        hostKey = key;
        mismatch = target.pinned !== undefined && !target.pinned.equals(key);
        return !mismatch;
      },
    });
    // Every step of a login and every command is a small request awaiting a small answer: with Nagle's
    // algorithm each would wait out the host's delayed ACK (40 ms on Linux), six times per host.
    client.setNoDelay(true);
  });
}
