// One image for consoles 4.19 and later: the BFF reads ClusterVersion with its own identity (the admin
// stands in for its service account) and serves the build of that OpenShift's console line, whose
// manifest the console of that line accepts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SchemaValidator } from '@openshift-console/dynamic-plugin-sdk-webpack/lib/validation/SchemaValidator.js';
import semver from 'semver';
import type { KubernetesObject } from '@kubernetes/client-node';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { resources } from '../../integration-tests/cluster/resources';
import { buildApp } from '../src/app';
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { testConfig } from './test-config';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/** The manifest schema of the SDK each console line loads plugins with. */
const manifestSchemas = {
  'console-4.22': '.',
  'console-4.19': 'console-4.19',
} as const;
function manifestSchema(build: keyof typeof manifestSchemas): object {
  const require = createRequire(path.join(repositoryRoot, manifestSchemas[build], 'package.json'));
  const file =
    require.resolve('@openshift-console/dynamic-plugin-sdk-webpack/schema/plugin-manifest.json');
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

interface Manifest {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  loadScripts: string[];
}

let cluster: LocalCluster;
let admin: KubeClient;

before(async () => {
  cluster = await startLocalCluster({});
  admin = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
  await admin.create(resources.clusterVersions, {
    apiVersion: 'config.openshift.io/v1',
    kind: 'ClusterVersion',
    metadata: { name: 'version' },
    spec: { clusterID: '7d1a3f0e-0f43-4a7c-9a55-2c5b7e4f3b21' },
  });
});

after(async () => {
  admin.close();
  await cluster.stop();
});

async function setOpenShiftVersion(version: string): Promise<void> {
  // A whole status, replaced: a merge patch would drop the required `availableUpdates: null`.
  const current = await admin.get<KubernetesObject>(resources.clusterVersions, 'version');
  await admin.updateStatus(resources.clusterVersions, {
    ...current,
    status: {
      desired: { version, image: `quay.io/openshift-release-dev/ocp-release:${version}` },
      history: [
        {
          state: 'Completed',
          version,
          image: `quay.io/openshift-release-dev/ocp-release:${version}`,
          verified: false,
          startedTime: new Date().toISOString(),
          completionTime: new Date().toISOString(),
        },
      ],
      observedGeneration: 1,
      versionHash: '',
      availableUpdates: null,
    },
  } as KubernetesObject);
}

/** What a console gets from a fresh BFF of this cluster: the manifest and the start of its entry script. */
async function servedPlugin(): Promise<{ manifest: Manifest; entry: string }> {
  const connection = { server: cluster.server, caPem: cluster.caData };
  const app = await buildApp(
    testConfig({
      cluster: connection,
      pluginDistDir: path.join(repositoryRoot, 'dist'),
      consoleVersion: { kubeConfig: userKubeConfig(connection, cluster.tokens.admin) },
    }),
  );
  try {
    const response = await app.inject({ method: 'GET', url: '/plugin-manifest.json' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'no-cache');
    const manifest = response.json<Manifest>();
    const [script] = manifest.loadScripts;
    const entry = await app.inject({ method: 'GET', url: `/${script ?? ''}?cacheBuster=1` });
    assert.equal(entry.statusCode, 200);
    return { manifest, entry: entry.body.slice(0, 80) };
  } finally {
    await app.close();
  }
}

/** The checks the console makes of a manifest before it loads the plugin. */
function assertValid(manifest: Manifest, build: keyof typeof manifestSchemas): void {
  const result = new SchemaValidator(`${build} manifest`).validate(
    manifestSchema(build),
    manifest,
    'manifest',
  );
  result.assertions.validDNSSubdomainName(manifest.name, 'manifest.name');
  result.assertions.validSemverString(manifest.version, 'manifest.version');
  for (const [name, range] of Object.entries(manifest.dependencies))
    result.assertions.validSemverRangeString(range, `manifest.dependencies['${name}']`);
  assert.deepEqual(result.getErrors(), []);
}

const consoles = [
  {
    openshift: '4.20.14',
    build: 'console-4.19',
    entry: 'loadPluginEntry("windows-nodes-plugin@0.1.0"',
  },
  { openshift: '4.22.3', build: 'console-4.22', entry: '__load_plugin_entry__(' },
  { openshift: '4.23.1', build: 'console-4.22', entry: '__load_plugin_entry__(' },
] as const;

for (const { openshift, build, entry } of consoles) {
  test(`OpenShift ${openshift}: the ${build} build, with a manifest its console accepts`, async () => {
    await setOpenShiftVersion(openshift);
    const served = await servedPlugin();
    assert.ok(served.entry.startsWith(entry), served.entry);
    assertValid(served.manifest, build);
    const pluginAPI = served.manifest.dependencies['@console/pluginAPI'] ?? '';
    assert.ok(semver.satisfies(openshift, pluginAPI), `${openshift} satisfies ${pluginAPI}`);
  });
}

test('each build declares only its own console line: 4.20 refuses the 4.22 build, 4.22 the 4.19 one', async () => {
  await setOpenShiftVersion('4.20.14');
  const older = (await servedPlugin()).manifest.dependencies['@console/pluginAPI'] ?? '';
  await setOpenShiftVersion('4.22.3');
  const newer = (await servedPlugin()).manifest.dependencies['@console/pluginAPI'] ?? '';
  assert.ok(!semver.satisfies('4.22.3', older), older);
  assert.ok(!semver.satisfies('4.21.9', newer), newer);
  assert.ok(semver.satisfies('4.19.0', older), older);
});
