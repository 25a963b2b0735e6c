import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  imageRunsOn,
  type Compatibility,
  type ImageDescription,
  type ImagePlatform,
} from './image-compatibility';

const win = (osVersion?: string, architecture = 'amd64'): ImagePlatform => ({
  os: 'windows',
  architecture,
  osVersion,
  digest: `sha256:${osVersion ?? 'none'}-${architecture}`,
});
const linux = (architecture = 'amd64'): ImagePlatform => ({ os: 'linux', architecture });
const index = (...platforms: ImagePlatform[]): ImageDescription => ({ kind: 'index', platforms });
const single = (platform: ImagePlatform): ImageDescription => ({
  kind: 'manifest',
  platforms: [platform],
});

const h2019 = '10.0.17763.6893';
const h2022 = '10.0.20348.2340';
const h2025 = '10.0.26100.3476';

// [case, image, host build, verdict, code, the os.version picked]
const cases: [string, ImageDescription, string, Compatibility['verdict'], string, string?][] = [
  [
    '2022 image on a 2022 host',
    index(win('10.0.20348.2340')),
    h2022,
    'runs',
    'same-build',
    '10.0.20348.2340',
  ],
  [
    'revisions may differ (image older)',
    index(win('10.0.20348.681')),
    h2022,
    'runs',
    'same-build',
    '10.0.20348.681',
  ],
  [
    'revisions may differ (image newer)',
    index(win('10.0.20348.5139')),
    h2022,
    'runs',
    'same-build',
    '10.0.20348.5139',
  ],
  [
    '2019 image on a 2022 host',
    index(win('10.0.17763.6893')),
    h2022,
    'does-not-run',
    'build-mismatch',
  ],
  [
    '2022 image on a 2019 host',
    index(win('10.0.20348.2340')),
    h2019,
    'does-not-run',
    'build-mismatch',
  ],
  [
    '2022 image on a 2025 host: the documented exception',
    index(win('10.0.20348.3207')),
    h2025,
    'runs',
    'newer-host-exception',
    '10.0.20348.3207',
  ],
  [
    '2019 image on a 2025 host',
    index(win('10.0.17763.6893')),
    h2025,
    'does-not-run',
    'build-mismatch',
  ],
  [
    '2025 image on a 2022 host: no older-host exception',
    index(win('10.0.26100.3476')),
    h2022,
    'does-not-run',
    'build-mismatch',
  ],
  [
    'a multi-build index picks the host build',
    index(win('10.0.17763.6893'), win('10.0.20348.3207'), win('10.0.26100.3476')),
    h2019,
    'runs',
    'same-build',
    '10.0.17763.6893',
  ],
  [
    'on 2025 the exact build beats the exception',
    index(win('10.0.20348.3207'), win('10.0.26100.3476')),
    h2025,
    'runs',
    'same-build',
    '10.0.26100.3476',
  ],
  [
    'of two same-build entries the newest revision',
    index(win('10.0.20348.2340'), win('10.0.20348.3207')),
    h2022,
    'runs',
    'same-build',
    '10.0.20348.3207',
  ],
  ['an index without os.version', index(win()), h2022, 'unknown', 'os-version-missing'],
  [
    'one entry without os.version does not hide a match',
    index(win(), win('10.0.20348.2340')),
    h2022,
    'runs',
    'same-build',
    '10.0.20348.2340',
  ],
  [
    'one entry without os.version beside a mismatch',
    index(win(), win('10.0.17763.6893')),
    h2022,
    'unknown',
    'os-version-missing',
  ],
  ['a Linux-only image', index(linux(), linux('arm64')), h2022, 'does-not-run', 'linux-only'],
  [
    'linux/amd64 + windows: the Windows entry',
    index(linux(), win('10.0.20348.2340')),
    h2022,
    'runs',
    'same-build',
    '10.0.20348.2340',
  ],
  [
    'Windows for arm64 only',
    index(win('10.0.20348.2340', 'arm64')),
    h2022,
    'does-not-run',
    'no-matching-architecture',
  ],
  [
    'a single manifest of the host build',
    single(win('10.0.20348.1006')),
    h2022,
    'runs',
    'same-build',
    '10.0.20348.1006',
  ],
  [
    'a single manifest of another build',
    single(win('10.0.17763.6893')),
    h2022,
    'does-not-run',
    'build-mismatch',
  ],
  [
    'a single manifest whose config has no os.version',
    single(win()),
    h2022,
    'unknown',
    'os-version-missing',
  ],
  ['a single Linux manifest', single(linux()), h2022, 'does-not-run', 'linux-only'],
  [
    'neither Linux nor Windows',
    index({ os: 'freebsd', architecture: 'amd64' }),
    h2022,
    'does-not-run',
    'no-windows-platform',
  ],
  [
    'a host whose build is unknown',
    index(win('10.0.20348.2340')),
    'unknown',
    'unknown',
    'host-build-unknown',
  ],
  [
    'the host label without revision',
    index(win('10.0.20348.2340')),
    '10.0.20348',
    'runs',
    'same-build',
    '10.0.20348.2340',
  ],
  [
    'a malformed os.version counts as missing',
    index(win('ltsc2022')),
    h2022,
    'unknown',
    'os-version-missing',
  ],
];

for (const [name, image, host, verdict, code, picked] of cases) {
  test(`compatibility: ${name}`, () => {
    const answer = imageRunsOn(image, { build: host, architecture: 'amd64' });
    assert.equal(answer.verdict, verdict);
    assert.equal(answer.code, code);
    assert.equal(answer.platform?.osVersion, picked);
  });
}

test('the answer names the host and the builds the image offers', () => {
  const answer = imageRunsOn(index(win('10.0.17763.6893'), win('10.0.26100.3476')), {
    build: h2022,
    architecture: 'amd64',
  });
  assert.deepEqual(answer.params, {
    host: '10.0.20348',
    architecture: 'amd64',
    images: '10.0.17763.6893, 10.0.26100.3476',
  });
});
