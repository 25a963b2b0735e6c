/** One challenge of a `WWW-Authenticate` header: its scheme and auth-params (RFC 7235). */
export interface AuthChallenge {
  scheme: string;
  params: Record<string, string>;
}

// auth-param = token "=" ( token / quoted-string ); quoted-pair escapes inside quotes.
const paramPattern = /([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/y;
const schemePattern = /([A-Za-z0-9!#$%&'*+.^_`|~-]+)(?=\s|$|,)/y;

/**
 * The challenges of a registry's 401, e.g. `Bearer realm="https://auth.docker.io/token",
 * service="registry.docker.io",scope="repository:library/busybox:pull"` or `Basic realm="Registry"`.
 */
export function parseAuthChallenges(header: string | null): AuthChallenge[] {
  if (!header) return [];
  const challenges: AuthChallenge[] = [];
  let position = 0;
  const skip = (pattern: RegExp) => {
    pattern.lastIndex = position;
    const match = pattern.exec(header);
    if (match) position = pattern.lastIndex;
    return match;
  };
  while (position < header.length) {
    skip(/[\s,]*/y);
    const scheme = skip(schemePattern);
    if (!scheme?.[1]) break;
    const challenge: AuthChallenge = { scheme: scheme[1].toLowerCase(), params: {} };
    challenges.push(challenge);
    for (;;) {
      const before = position;
      skip(/[\s,]*/y);
      const param = skip(paramPattern);
      if (!param?.[1]) {
        position = before;
        break;
      }
      const value = param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
      challenge.params[param[1].toLowerCase()] = value;
    }
  }
  return challenges;
}
