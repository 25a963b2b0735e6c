// The BYOH test peers as one fixture: a loopback block, dnsmasq, the simulated Windows shell, and per
// host profile what answers on its SSH port (Debian's OpenSSH, running as root with config, keys and
// log in a temporary directory; or a faulty stand-in) and listeners on 10250/9182 where the profile
// has them. Plan first (the BFF's settings), start once cloud-private-key's public half is known, stop
// everything after.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultByohSettings, type ByohSettings } from '../../server/src/ssh/byoh-settings';
import { startBlackHoleRelay, type BlackHoleRelay } from './black-hole-relay';
import { dnsServerAddress, startDnsServer, type DnsServer } from './dns-server';
import {
  dnsDomain,
  dnsNameOf,
  hostFiles,
  type HostProfile,
  type ProfileName,
  type ShellProfile,
} from './host-profiles';
import { randomLoopbackBlock, type LoopbackBlock } from './loopback-block';
import { listenOnNodePorts } from './node-port-listeners';
import { startSilentSshPeer } from './silent-ssh-peer';
import { startSimulatedShellService } from './simulated-shell-service';
import { startSshd, type SshdOptions, type SshdPeer } from './sshd-peer';
import type { TcpListener } from './tcp-listener';
import { ensureWindowsAccount, simulatedShellEnvironment } from './windows-account';
import { generateSshKeyPairSync } from '../../server/src/domain/keys/ssh-key-pair';

/** Where the peers will be: enough for the BFF's configuration, before anything runs. */
export interface PeerPlan {
  block: LoopbackBlock;
  dnsServer: string;
  /** What the BFF under test is configured with: the production defaults, pointed at the peers. */
  settings: ByohSettings;
}

export interface TestPeers<Name extends string = ProfileName> {
  plan: PeerPlan;
  address(profile: Name): string;
  dnsName(profile: Name): string;
  /** The public host key sshd presents for this profile. */
  hostKey(profile: Name): string;
  /** Everything every sshd logged so far. */
  sshdLog(): string;
  /** The listening sshd processes, for the bench's CPU accounting. */
  sshdPids(): number[];
  /** The command lines the simulated shell of this profile received, in order. */
  commandsReceived(profile: Name): string[];
  /** Connections to the SSH port not closed yet, where a stand-in listens there instead of sshd. */
  openSshConnections(profile: Name): number | undefined;
  stop(): Promise<void>;
}

/** Unprivileged, and free on the block's addresses since no one else uses the block. */
const sshPort = 10022;
/** Where sshd listens when a relay has the SSH port. */
const relayedSshdPort = sshPort + 1;

export async function planTestPeers(): Promise<PeerPlan> {
  const dnsServer = await dnsServerAddress();
  return {
    block: randomLoopbackBlock(),
    dnsServer,
    settings: { ...defaultByohSettings, dnsServers: [dnsServer], sshPort },
  };
}

/** What answers on one host's SSH port. */
interface SshPort {
  sshd?: SshdPeer;
  standIn?: TcpListener;
  relay?: BlackHoleRelay;
}

async function startSshPort(
  host: HostProfile,
  address: string,
  sshd: Omit<SshdOptions, 'address' | 'port'>,
): Promise<SshPort> {
  switch (host.ssh) {
    case 'none':
      return {};
    case 'silent':
      return { standIn: await startSilentSshPeer(address, sshPort) };
    case 'sshd':
      return { sshd: await startSshd({ ...sshd, address, port: sshPort }) };
    case 'sshd-black-holed-on-hang': {
      const behind = await startSshd({ ...sshd, address, port: relayedSshdPort });
      const relay = await startBlackHoleRelay({
        listen: { address, port: sshPort },
        upstream: { address, port: relayedSshdPort },
      });
      return { sshd: behind, standIn: relay, relay };
    }
  }
}

async function stopSshPort({ sshd, standIn }: SshPort): Promise<void> {
  await sshd?.stop();
  await standIn?.close();
}

/** `clusterPublicKey`: the `authorized_keys` line of cloud-private-key. */
export async function startTestPeers<Name extends string>(
  plan: PeerPlan,
  clusterPublicKey: string,
  hostProfiles: Record<Name, HostProfile>,
): Promise<TestPeers<Name>> {
  ensureWindowsAccount();
  const root = mkdtempSync(path.join(tmpdir(), 'byoh-peers-'));
  // sshd reads the authorized keys as the Windows account, which must reach its host's directory.
  chmodSync(root, 0o755);
  const otherPublicKey = generateSshKeyPairSync('ed25519').public;
  const profiles = Object.entries(hostProfiles) as [Name, HostProfile][];
  const dirOf = (profile: Name) => path.join(root, hostProfiles[profile].name);
  const ports = new Map<Name, SshPort>();
  const relays = new Map<string, BlackHoleRelay>();
  const closers: (() => Promise<void>)[] = [];
  let dns: DnsServer | undefined;

  const stop = async () => {
    await Promise.all([...ports.values()].map(stopSshPort));
    await Promise.all(closers.map((close) => close()));
    await dns?.stop();
    rmSync(root, { recursive: true, force: true });
  };

  try {
    // The network path to a host whose command hangs dies with it.
    const shell = await startSimulatedShellService(root, (hostDir) =>
      relays.get(hostDir)?.blackHole(),
    );
    closers.push(() => shell.close());
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
      const shellProfile: ShellProfile = {
        shell: host.shell,
        facts: host.facts,
        hostFactsFault: host.hostFactsFault,
        hostFactsDelayMs: host.hostFactsDelayMs,
        resolves: host.resolves,
      };
      writeFileSync(path.join(dir, hostFiles.profile), JSON.stringify(shellProfile));
      writeFileSync(path.join(dir, hostFiles.commands), '');
      if (host.listening) closers.push(await listenOnNodePorts(address));
      const port = await startSshPort(host, address, {
        dir,
        authorizedKey: host.authorizedKey === 'cluster' ? clusterPublicKey : otherPublicKey,
        env: simulatedShellEnvironment(dir, shell.port),
      });
      ports.set(name, port);
      if (port.relay) relays.set(dir, port.relay);
    }
  } catch (error) {
    await stop();
    throw error;
  }

  const sshds = () => [...ports.values()].flatMap(({ sshd }) => (sshd ? [sshd] : []));
  return {
    plan,
    address: (profile) => plan.block.address(hostProfiles[profile].octet),
    dnsName: (profile) => dnsNameOf(hostProfiles[profile]),
    hostKey: (profile) => ports.get(profile)?.sshd?.hostKey ?? '',
    sshdLog: () =>
      sshds()
        .map((sshd) => readFileSync(sshd.logFile, 'utf8'))
        .join(''),
    sshdPids: () => sshds().map((sshd) => sshd.pid),
    commandsReceived: (profile) =>
      readFileSync(path.join(dirOf(profile), hostFiles.commands), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as string),
    openSshConnections: (profile) => ports.get(profile)?.standIn?.openConnections(),
    stop,
  };
}
