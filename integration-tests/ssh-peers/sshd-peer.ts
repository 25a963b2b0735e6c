// One Debian OpenSSH server on a loopback address, standing in for a BYOH host's sshd: its own host
// key generated now, config and log in the host's directory, the Windows account's authorized key.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { probeTcp } from '../../server/src/ssh/tcp-probe';
import { waitFor } from '../cluster/wait-for';
import { windowsAccount } from './windows-account';

export interface SshdPeer {
  /** The listening sshd; each connection's processes are its children. */
  pid: number;
  logFile: string;
  /** The public host key, as `ssh-ed25519 AAAA…`. */
  hostKey: string;
  stop(): Promise<void>;
}

export interface SshdOptions {
  dir: string;
  address: string;
  port: number;
  authorizedKey: string;
  /** Set in every session: what the simulated shell reads. */
  env: Record<string, string>;
}

export async function startSshd(options: SshdOptions): Promise<SshdPeer> {
  const { dir, address, port } = options;
  // The privilege separation directory Debian's sshd expects; no service created it here.
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const hostKeyFile = path.join(dir, 'ssh_host_ed25519_key');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', '', '-f', hostKeyFile]);
  writeFileSync(path.join(dir, 'authorized_keys'), `${options.authorizedKey}\n`, { mode: 0o644 });
  const config = path.join(dir, 'sshd_config');
  const logFile = path.join(dir, 'sshd.log');
  writeFileSync(
    config,
    [
      `ListenAddress ${address}:${String(port)}`,
      `HostKey ${hostKeyFile}`,
      'PidFile none',
      `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
      'AuthenticationMethods publickey',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'PermitRootLogin no',
      `AllowUsers ${windowsAccount}`,
      // The keys live in a temporary directory, not a home directory sshd would vet.
      'StrictModes no',
      'LogLevel VERBOSE',
      'UseDNS no',
      'PermitTTY no',
      'X11Forwarding no',
      'AllowTcpForwarding no',
      'AllowAgentForwarding no',
      'PrintMotd no',
      'PrintLastLog no',
      // One sshd stands for many hosts (the bench checks 500 at once): none of them is turned away.
      'MaxStartups 1000',
      `SetEnv ${Object.entries(options.env)
        .map(([name, value]) => `${name}=${value}`)
        .join(' ')}`,
      '',
    ].join('\n'),
  );
  const sshd = spawn('/usr/sbin/sshd', ['-D', '-f', config, '-E', logFile], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) =>
    sshd.once('exit', () => {
      resolve();
    }),
  );
  await waitFor(`sshd on ${address}:${String(port)}`, async () => {
    if (sshd.exitCode !== null) throw new Error(`sshd exited: see ${logFile}`);
    return (await probeTcp(address, port, 500)) === 'open' ? true : undefined;
  });
  return {
    pid: sshd.pid ?? 0,
    logFile,
    hostKey: readFileSync(`${hostKeyFile}.pub`, 'utf8').trim(),
    async stop() {
      if (sshd.exitCode === null) sshd.kill('SIGTERM');
      await exited;
    },
  };
}
