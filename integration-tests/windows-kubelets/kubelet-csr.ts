// A kubelet's client CertificateSigningRequest as a Windows node's kubelet sends it at bootstrap
// (TEST DOUBLE material): a PKCS#10 request for CN system:node:<name>, O system:nodes, made with a
// key generated at test time and never kept.
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

export function kubeletClientCsr(nodeName: string, name: string): object {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  );
  const request = forge.pki.createCertificationRequest();
  request.publicKey = forge.pki.rsa.setPublicKey(key.n, key.e);
  request.setSubject([
    { name: 'organizationName', value: 'system:nodes' },
    { name: 'commonName', value: `system:node:${nodeName}` },
  ]);
  request.sign(key, forge.md.sha256.create());
  return {
    apiVersion: 'certificates.k8s.io/v1',
    kind: 'CertificateSigningRequest',
    metadata: { name },
    spec: {
      request: Buffer.from(forge.pki.certificationRequestToPem(request)).toString('base64'),
      signerName: 'kubernetes.io/kube-apiserver-client-kubelet',
      usages: ['digital signature', 'client auth'],
    },
  };
}
