// The account the BYOH test peers log users in as: named like Windows' built-in administrator, with
// the simulated Windows shell as its login shell and no password (public keys only). Created on
// first use and kept: test runs on this machine share it, and it carries no secret.
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';

export const windowsAccount = 'Administrator';
const simulatedShell = path.join(import.meta.dirname, 'simulated-windows-shell.sh');

/** What the login shell (a forwarder) needs in each session to reach the simulated shell of one host. */
export function simulatedShellEnvironment(
  hostDir: string,
  servicePort: number,
): Record<string, string> {
  return { BYOH_SIM_SHELL_PORT: String(servicePort), BYOH_SIM_HOST_DIR: hostDir };
}

function passwdEntry(): string[] | undefined {
  try {
    return execFileSync('getent', ['passwd', windowsAccount], { encoding: 'utf8' })
      .trim()
      .split(':');
  } catch {
    return undefined;
  }
}

/** Ensures the account exists with the simulated shell as its login shell. */
export function ensureWindowsAccount(): void {
  chmodSync(simulatedShell, 0o755);
  const existing = passwdEntry();
  if (!existing) {
    execFileSync('useradd', [
      '--badname',
      '--no-create-home',
      '--home-dir',
      '/',
      '--shell',
      simulatedShell,
      '--comment',
      'BYOH test peers, simulated Windows account',
      windowsAccount,
    ]);
  } else if (existing[6] !== simulatedShell) {
    execFileSync('usermod', ['--shell', simulatedShell, windowsAccount]);
  }
  // `*` rather than useradd's `!`: no password works, yet sshd does not count the account as locked.
  execFileSync('usermod', ['--password', '*', windowsAccount]);
}
