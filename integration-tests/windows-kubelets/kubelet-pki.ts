// The certificates between kube-apiserver and the simulated Windows kubelets, generated at test time
// (none is ever committed): one CA that signs the kubelets' serving certificates (the API server's
// --kubelet-certificate-authority) and the API server's kubelet client certificate (its
// --kubelet-client-certificate), which the kubelets require, as a real kubelet's client CA does.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import forge from 'node-forge';

export interface KeyAndCertificate {
  keyPem: string;
  certPem: string;
}

export interface KubeletPki {
  ca: KeyAndCertificate;
  /** What kube-apiserver presents to kubelets (CN kube-apiserver-kubelet-client, as OpenShift names it). */
  apiServerClient: KeyAndCertificate;
  caFile: string;
  clientCertFile: string;
  clientKeyFile: string;
  /** A kubelet serving certificate for a node name and its addresses. */
  servingCertificate(nodeName: string, addresses: readonly string[]): KeyAndCertificate;
}

const DAY_MS = 24 * 3600 * 1000;

function rsaKeyPair(): {
  privateKey: forge.pki.rsa.PrivateKey;
  publicKey: forge.pki.rsa.PublicKey;
} {
  // Node's native key generation: forge's own would take seconds.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forgeKey = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  );
  return { privateKey: forgeKey, publicKey: forge.pki.rsa.setPublicKey(forgeKey.n, forgeKey.e) };
}

function issue(
  commonName: string,
  extensions: object[],
  issuer?: { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey },
): { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey; pem: KeyAndCertificate } {
  const keys = rsaKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - DAY_MS);
  cert.validity.notAfter = new Date(Date.now() + 30 * DAY_MS);
  cert.setSubject([{ name: 'commonName', value: commonName }]);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : cert.subject.attributes);
  cert.setExtensions(extensions);
  cert.sign(issuer?.key ?? keys.privateKey, forge.md.sha256.create());
  return {
    cert,
    key: keys.privateKey,
    pem: {
      keyPem: forge.pki.privateKeyToPem(keys.privateKey),
      certPem: forge.pki.certificateToPem(cert),
    },
  };
}

/** Generates the CA and the API server's client certificate, and writes the files its flags name. */
export async function writeKubeletPki(dir: string): Promise<KubeletPki> {
  const ca = issue('windows-nodes-test-kubelet-ca', [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  const signer = { cert: ca.cert, key: ca.key };
  const client = issue(
    'kube-apiserver-kubelet-client',
    [
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', clientAuth: true },
    ],
    signer,
  );
  const files = {
    caFile: path.join(dir, 'kubelet-ca.crt'),
    clientCertFile: path.join(dir, 'kubelet-client.crt'),
    clientKeyFile: path.join(dir, 'kubelet-client.key'),
  };
  await writeFile(files.caFile, ca.pem.certPem);
  await writeFile(files.clientCertFile, client.pem.certPem);
  await writeFile(files.clientKeyFile, client.pem.keyPem, { mode: 0o600 });
  return {
    ca: ca.pem,
    apiServerClient: client.pem,
    ...files,
    servingCertificate: (nodeName, addresses) =>
      issue(
        `system:node:${nodeName}`,
        [
          { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
          { name: 'extKeyUsage', serverAuth: true },
          {
            name: 'subjectAltName',
            altNames: [{ type: 2, value: nodeName }, ...addresses.map((ip) => ({ type: 7, ip }))],
          },
        ],
        signer,
      ).pem,
  };
}
