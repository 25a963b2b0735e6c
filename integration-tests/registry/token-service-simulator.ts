// TEST DOUBLE: a registry's authorization service, as auth.docker.io is for docker.io. It answers
// the token requests a bearer challenge sends clients to, with a JWT the real registry verifies
// against the certificate generated here (openssl) and named in its `rootcertbundle`. Anonymous
// requests may pull the repositories listed as public; the user's basic credentials may pull and
// push any.
import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomUUID, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { basicAuthorization } from './push-image';
import type { RegistryUser } from './test-registry';

export interface TokenService {
  realm: string;
  service: string;
  issuer: string;
  /** The certificate bundle the registry verifies tokens with. */
  rootCertBundle: string;
  /** Token requests answered, for tests that check the challenge was followed. */
  issued: { scope: string; user?: string }[];
  /** A token for the user, as a pusher asks for one. */
  tokenFor(repository: string, actions: string): Promise<string>;
  stop(): Promise<void>;
}

function base64url(value: Buffer | string): string {
  return Buffer.from(value).toString('base64url');
}

function signedToken(key: KeyObject, certificate: X509Certificate, claims: object): string {
  const header = { alg: 'ES256', typ: 'JWT', x5c: [certificate.raw.toString('base64')] };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${base64url(signature)}`;
}

function userOf(request: IncomingMessage, user: RegistryUser): string | undefined {
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  return decoded === `${user.username}:${user.password}` ? user.username : undefined;
}

export async function startTokenService(
  dir: string,
  options: { publicRepositories: string[]; user: RegistryUser },
): Promise<TokenService> {
  const keyFile = path.join(dir, 'token-signing.key');
  const certFile = path.join(dir, 'token-signing.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=test-token-issuer',
    ],
    { stdio: 'ignore' },
  );
  const key = createPrivateKey(readFileSync(keyFile));
  const certificate = new X509Certificate(readFileSync(certFile));
  const service = 'test-registry';
  const issuer = 'test-token-issuer';
  const issued: TokenService['issued'] = [];

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://token.local');
    const scope = url.searchParams.get('scope') ?? '';
    const [type, repository = '', actions = ''] = scope.split(':');
    const user = userOf(request, options.user);
    if (request.headers.authorization && !user) {
      response.writeHead(401).end();
      return;
    }
    const allowed = user
      ? ['pull', 'push']
      : options.publicRepositories.includes(repository)
        ? ['pull']
        : [];
    const granted =
      type === 'repository' ? actions.split(',').filter((a) => allowed.includes(a)) : [];
    issued.push({ scope, user });
    const now = Math.floor(Date.now() / 1000);
    const token = signedToken(key, certificate, {
      iss: issuer,
      sub: user ?? '',
      aud: url.searchParams.get('service') ?? '',
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access:
        granted.length > 0 ? [{ type: 'repository', name: repository, actions: granted }] : [],
    });
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${String(port)}/token`,
    service,
    issuer,
    rootCertBundle: certFile,
    issued,
    async tokenFor(repository, actions) {
      const url = `http://127.0.0.1:${String(port)}/token?service=${service}&scope=repository:${repository}:${actions}`;
      const answer = await fetch(url, {
        headers: { authorization: basicAuthorization(options.user) },
      });
      return ((await answer.json()) as { token: string }).token;
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
