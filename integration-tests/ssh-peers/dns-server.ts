// Debian's dnsmasq on loopback as the DNS the BFF is pointed at (BYOH_DNS_SERVERS): forward records
// for the test peers, PTR records for those that have one, and nothing else.
import { spawn } from 'node:child_process';
import { Resolver } from 'node:dns/promises';
import { freePort } from '../cluster/free-port';
import { waitFor } from '../cluster/wait-for';

export interface DnsRecord {
  name: string;
  ip: string;
  /** Also answer the reverse lookup of `ip` with `name`. */
  ptr: boolean;
}

export interface DnsServer {
  /** `127.0.0.1:<port>`, as BYOH_DNS_SERVERS takes it. */
  server: string;
  stop(): Promise<void>;
}

/** Picks the port first: the BFF's configuration may need it before the records are known. */
export async function dnsServerAddress(): Promise<string> {
  return `127.0.0.1:${String(await freePort())}`;
}

export async function startDnsServer(
  server: string,
  domain: string,
  records: DnsRecord[],
): Promise<DnsServer> {
  const [host = '', port = ''] = server.split(':');
  const dnsmasq = spawn(
    '/usr/sbin/dnsmasq',
    [
      '--keep-in-foreground',
      '--conf-file=/dev/null',
      '--no-resolv',
      '--no-hosts',
      '--no-poll',
      '--bind-interfaces',
      `--listen-address=${host}`,
      `--port=${port}`,
      '--pid-file=',
      // Authoritative for the test domain and loopback's reverse zone: unknown names are NXDOMAIN.
      `--local=/${domain}/`,
      '--local=/127.in-addr.arpa/',
      ...records.map(({ name, ip, ptr }) =>
        ptr ? `--host-record=${name},${ip}` : `--address=/${name}/${ip}`,
      ),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  dnsmasq.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    dnsmasq.once('exit', () => {
      resolve();
    }),
  );
  const resolver = new Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([server]);
  const probe = records[0];
  await waitFor(`dnsmasq on ${server}`, async () => {
    if (dnsmasq.exitCode !== null) throw new Error(`dnsmasq exited: ${stderr}`);
    return probe ? (await resolver.resolve4(probe.name)).length > 0 || undefined : true;
  });
  return {
    server,
    async stop() {
      if (dnsmasq.exitCode === null) dnsmasq.kill('SIGTERM');
      await exited;
    },
  };
}
