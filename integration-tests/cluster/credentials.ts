// The local cluster's secrets, generated fresh per cluster so none are ever committed: static
// bearer tokens for the two test users and the RSA key that signs (and verifies) service-account
// tokens.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export type UserName = 'admin' | 'limited';

export interface ClusterCredentials {
  tokens: Record<UserName, string>;
  tokenFile: string;
  serviceAccountKeyFile: string;
}

export async function writeCredentials(dir: string): Promise<ClusterCredentials> {
  const tokens = { admin: randomToken(), limited: randomToken() };
  // Format: token,user,uid,"groups". system:masters is the superuser group; "limited" gets only
  // what tests grant.
  const tokenFile = path.join(dir, 'tokens.csv');
  await writeFile(
    tokenFile,
    `${tokens.admin},admin,admin,"system:masters"\n${tokens.limited},limited,limited\n`,
    {
      mode: 0o600,
    },
  );
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const serviceAccountKeyFile = path.join(dir, 'service-account.key');
  await writeFile(serviceAccountKeyFile, privateKey.export({ type: 'pkcs1', format: 'pem' }), {
    mode: 0o600,
  });
  return { tokens, tokenFile, serviceAccountKeyFile };
}

function randomToken(): string {
  return randomBytes(24).toString('base64url');
}
