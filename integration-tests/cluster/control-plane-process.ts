// One control-plane child process (kube-apiserver or kube-controller-manager). Its output goes
// straight to a log file (the tail of which explains failures), it is stopped with SIGTERM then
// SIGKILL, and it never outlives the Node process that started it.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

const STOP_GRACE_MS = 10_000;
const running = new Set<ChildProcess>();

// 'exit' handlers must be synchronous: SIGKILL is the only stop that cannot be left half-done.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export class ControlPlaneProcess {
  /** Resolves with a description ("exit 1", "SIGTERM") once the process has exited. */
  readonly exited: Promise<string>;
  private exitDescription: string | undefined;

  private constructor(
    readonly name: string,
    readonly logFile: string,
    private readonly child: ChildProcess,
  ) {
    running.add(child);
    this.exited = new Promise((resolve) => {
      const done = (description: string): void => {
        running.delete(child);
        this.exitDescription ??= description;
        resolve(this.exitDescription);
      };
      child.once('error', (error) => {
        done(`failed to start: ${error.message}`);
      });
      child.once('exit', (code, signal) => {
        done(signal ?? `exit ${code}`);
      });
    });
  }

  static start(
    name: string,
    binary: string,
    args: readonly string[],
    options: { env?: Record<string, string>; logFile: string },
  ): ControlPlaneProcess {
    const log = openSync(options.logFile, 'a');
    try {
      const child = spawn(binary, args, {
        env: { ...process.env, ...options.env },
        stdio: ['ignore', log, log],
      });
      return new ControlPlaneProcess(name, options.logFile, child);
    } finally {
      closeSync(log); // the child holds its own copy of the descriptor
    }
  }

  /** undefined while the process runs. */
  get exitStatus(): string | undefined {
    return this.exitDescription;
  }

  /** The last lines the process logged, for error messages. */
  tail(lines = 25): string {
    try {
      return readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log output)';
    }
  }

  /** SIGTERM, then SIGKILL after `graceMs` (0: at once, like a crash). */
  async stop(graceMs = STOP_GRACE_MS): Promise<void> {
    if (this.exitDescription !== undefined) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
