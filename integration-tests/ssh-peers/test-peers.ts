// The BYOH test peers as one fixture: a loopback block, dnsmasq, and per host profile its sshd
// (Debian's OpenSSH, running as root with config, keys and log in a temporary directory), the
// simulated Windows shell, and listeners on 10250/9182 where the profile has them. Plan first (the
// BFF's settings), start once cloud-private-key's public half is known, stop everything after.
import {
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ssh2 from 'ssh2';
import type { ByohSettings } from '../../server/src/ssh/byoh-settings';
import { dnsServerAddress, startDnsServer, type DnsServer } from './dns-server';
import {
  dnsDomain,
  dnsNameOf,
  hostFiles,
  hostProfiles,
  type HostProfile,
  type ProfileName,
} from './host-profiles';
import { randomLoopbackBlock, type LoopbackBlock } from './loopback-block';
import { listenOnNodePorts } from './node-port-listeners';
import { startSshd, type SshdPeer } from './sshd-peer';
import { ensureWindowsAccount, simulatedShellEnvironment } from './windows-account';

/** Where the peers will be: enough for the BFF's configuration, before anything runs. */
export interface PeerPlan {
  block: LoopbackBlock;
  dnsServer: string;
  /** What the BFF under test is configured with. */
  settings: ByohSettings;
}

export interface TestPeers {
  plan: PeerPlan;
  address(profile: ProfileName): string;
  dnsName(profile: ProfileName): string;
  /** The public host key sshd presents for this profile. */
  hostKey(profile: ProfileName): string;
  /** Everything every sshd logged so far. */
  sshdLog(): string;
  /** The command lines the simulated shell of this profile received, in order. */
  commandsReceived(profile: ProfileName): string[];
  stop(): Promise<void>;
}

/** Unprivileged, and free on the block's addresses since no one else uses the block. */
const sshPort = 10022;

export async function planTestPeers(): Promise<PeerPlan> {
  const dnsServer = await dnsServerAddress();
  return {
    block: randomLoopbackBlock(),
    dnsServer,
    settings: {
      dnsServers: [dnsServer],
      sshPort,
      stepTimeoutMs: 5000,
      hostTimeoutMs: 30_000,
      parallelism: 4,
    },
  };
}

/** `clusterPublicKey`: the `authorized_keys` line of cloud-private-key. */
export async function startTestPeers(plan: PeerPlan, clusterPublicKey: string): Promise<TestPeers> {
  const account = ensureWindowsAccount();
  const root = mkdtempSync(path.join(tmpdir(), 'byoh-peers-'));
  // sshd sessions run as the Windows account, which must reach its host's directory.
  chmodSync(root, 0o755);
  const otherPublicKey = ssh2.utils.generateKeyPairSync('ed25519').public;
  const profiles: [ProfileName, HostProfile][] = Object.entries(hostProfiles) as [
    ProfileName,
    HostProfile,
  ][];
  const dirOf = (profile: ProfileName) => path.join(root, hostProfiles[profile].name);
  const sshds = new Map<ProfileName, SshdPeer>();
  const closers: (() => Promise<void>)[] = [];
  let dns: DnsServer | undefined;

  const stop = async () => {
    await Promise.all([...sshds.values()].map((sshd) => sshd.stop()));
    await Promise.all(closers.map((close) => close()));
    await dns?.stop();
    rmSync(root, { recursive: true, force: true });
  };

  try {
    dns = await startDnsServer(
      plan.dnsServer,
      dnsDomain,
      profiles.map(([, host]) => ({
        name: dnsNameOf(host),
        ip: plan.block.address(host.octet),
        ptr: host.ptr,
      })),
    );
    for (const [name, host] of profiles) {
      const dir = dirOf(name);
      const address = plan.block.address(host.octet);
      mkdirSync(dir);
      writeFileSync(
        path.join(dir, hostFiles.profile),
        JSON.stringify({ shell: host.shell, facts: host.facts }),
      );
      writeFileSync(path.join(dir, hostFiles.commands), '');
      for (const file of [dir, path.join(dir, hostFiles.commands)]) {
        chownSync(file, account.uid, account.gid);
      }
      if (host.listening) closers.push(await listenOnNodePorts(address));
      if (!host.sshd) continue;
      sshds.set(
        name,
        await startSshd({
          dir,
          address,
          port: sshPort,
          authorizedKey: host.authorizedKey === 'cluster' ? clusterPublicKey : otherPublicKey,
          env: simulatedShellEnvironment(dir),
        }),
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    plan,
    address: (profile) => plan.block.address(hostProfiles[profile].octet),
    dnsName: (profile) => dnsNameOf(hostProfiles[profile]),
    hostKey: (profile) => sshds.get(profile)?.hostKey ?? '',
    sshdLog: () => [...sshds.values()].map((sshd) => readFileSync(sshd.logFile, 'utf8')).join(''),
    commandsReceived: (profile) =>
      readFileSync(path.join(dirOf(profile), hostFiles.commands), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as string),
    stop,
  };
}
