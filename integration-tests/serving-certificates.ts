// What OpenShift's service-ca and the kubelet do for the BFF's serving certificate, on loopback: a CA
// issues certificates for 127.0.0.1 (with Debian's openssl), and a secret volume is written the way the
// kubelet's AtomicWriter writes one — files in a timestamped directory, reached through the `..data`
// symlink, which an update swaps in one rename.
import { execFile } from 'node:child_process';
import {
  mkdir,
  mkdtemp,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ServingPair {
  cert: string;
  key: string;
}

export interface ServingCa {
  caPem: string;
  /** A new key and a certificate for 127.0.0.1 signed by the CA. */
  issue(): Promise<ServingPair>;
  remove(): Promise<void>;
}

export async function startServingCa(): Promise<ServingCa> {
  const dir = await mkdtemp(path.join(tmpdir(), 'windows-nodes-serving-ca-'));
  const file = (name: string) => path.join(dir, name);
  /** `command`: words without spaces (the temporary paths have none); `rest`: arguments as they are. */
  const openssl = (command: string, ...rest: string[]) =>
    run('openssl', [...command.split(' '), ...rest]);
  const newKey = '-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes';
  await openssl(
    `req -x509 ${newKey} -keyout ${file('ca.key')} -out ${file('ca.crt')} -days 1 -subj`,
    '/CN=openshift-service-serving-signer (test)',
  );
  await writeFile(file('san.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  let issued = 0;
  return {
    caPem: await readFile(file('ca.crt'), 'utf8'),
    async issue() {
      issued += 1;
      const name = file(`serving-${String(issued)}`);
      await openssl(
        `req ${newKey} -keyout ${name}.key -out ${name}.csr -subj`,
        '/CN=windows-nodes-plugin.windows-nodes.svc',
      );
      await openssl(
        `x509 -req -in ${name}.csr -CA ${file('ca.crt')} -CAkey ${file('ca.key')} -days 1 ` +
          `-set_serial ${String(1000 + issued)} -extfile ${file('san.cnf')} -out ${name}.crt`,
      );
      const [cert, key] = await Promise.all([
        readFile(`${name}.crt`, 'utf8'),
        readFile(`${name}.key`, 'utf8'),
      ]);
      return { cert, key };
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A mounted secret volume holding `tls.crt` and `tls.key`, updated as the kubelet updates it. */
export class SecretVolume {
  private updates = 0;

  constructor(readonly dir: string) {}

  get certFile(): string {
    return path.join(this.dir, 'tls.crt');
  }

  get keyFile(): string {
    return path.join(this.dir, 'tls.key');
  }

  static async create(dir: string, pair: ServingPair): Promise<SecretVolume> {
    await mkdir(dir, { recursive: true });
    const volume = new SecretVolume(dir);
    await volume.update(pair);
    await symlink('..data/tls.crt', volume.certFile);
    await symlink('..data/tls.key', volume.keyFile);
    return volume;
  }

  /** New files in a new directory, `..data` swapped to it in one rename, the old directory removed. */
  async update(pair: ServingPair): Promise<void> {
    this.updates += 1;
    const version = `..${new Date().toISOString().replace(/[-:.]/g, '_')}.${String(this.updates)}`;
    await mkdir(path.join(this.dir, version));
    await writeFile(path.join(this.dir, version, 'tls.crt'), pair.cert);
    await writeFile(path.join(this.dir, version, 'tls.key'), pair.key);
    const previous = await readlink(path.join(this.dir, '..data')).catch(() => undefined);
    await symlink(version, path.join(this.dir, '..data_tmp'));
    await rename(path.join(this.dir, '..data_tmp'), path.join(this.dir, '..data'));
    if (previous) await rm(path.join(this.dir, previous), { recursive: true, force: true });
  }
}
