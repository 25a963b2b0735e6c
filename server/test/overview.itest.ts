import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ByohState } from '../contract/byoh';
import type { WindowsMirrorsResponse } from '../contract/mirrors';
import type { NodesResponse } from '../contract/nodes';
import type { OverviewResponse } from '../contract/overview';
import type { Severity } from '../contract/findings';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import { resources } from '../../integration-tests/cluster/resources';
import { wmcoInstalledWithNodes } from '../../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { buildApp, type BffApp } from '../src/app';
import { testConfig } from './test-config';

interface Expectation {
  scenario: string;
  readiness: OverviewResponse['readiness'];
  findings: Record<string, Severity>;
}

const expectations: Expectation[] = [
  {
    scenario: 'aws-fresh',
    readiness: 'action-needed',
    findings: { 'wmco-not-installed': 'warning', 'platform-supported': 'ok' },
  },
  {
    scenario: 'vsphere-default-vxlan',
    readiness: 'blocked',
    findings: { 'vsphere-vxlan-port-missing': 'blocked' },
  },
  { scenario: 'sdn', readiness: 'blocked', findings: { 'network-not-ovn': 'blocked' } },
  { scenario: 'proxy', readiness: 'action-needed', findings: { 'cluster-proxy-supported': 'ok' } },
  {
    scenario: 'wmco-installed-with-nodes',
    readiness: 'action-needed',
    findings: {
      'wmco-installed': 'ok',
      'private-key-ok': 'ok',
      'nodes-not-ready': 'warning',
      'nodes-older-wmco': 'warning',
    },
  },
];

function get<T>(app: BffApp, url: string, token: string) {
  return app
    .inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } })
    .then((response) => ({ status: response.statusCode, body: response.json<T>() }));
}

for (const expectation of expectations) {
  describe(`scenario ${expectation.scenario}`, () => {
    let cluster: LocalCluster;
    let app: BffApp;
    before(async () => {
      cluster = await startLocalCluster({ scenario: expectation.scenario });
      app = await buildApp(
        testConfig({ cluster: { server: cluster.server, caPem: cluster.caData } }),
      );
    });
    after(async () => {
      await app.close();
      await cluster.stop();
    });

    test('the overview carries the scenario’s findings', async () => {
      const { status, body } = await get<OverviewResponse>(
        app,
        '/api/v1/overview',
        cluster.tokens.admin,
      );
      assert.equal(status, 200);
      const severities = Object.fromEntries(
        body.findings.map((finding) => [finding.id, finding.severity]),
      );
      for (const [id, severity] of Object.entries(expectation.findings)) {
        assert.equal(severities[id], severity, `${id} in ${JSON.stringify(severities)}`);
      }
      assert.equal(body.readiness, expectation.readiness);
    });

    if (expectation.scenario === 'aws-fresh') {
      test('the limited user gets permission findings, not an error', async () => {
        const { status, body } = await get<OverviewResponse>(
          app,
          '/api/v1/overview',
          cluster.tokens.limited,
        );
        assert.equal(status, 200);
        const ids = body.findings.map((finding) => finding.id);
        assert.ok(ids.includes('cannot-read-nodes'), ids.join(' '));
        assert.ok(ids.includes('cannot-read-infrastructures.config.openshift.io'));
        assert.equal(body.wmco.state, 'unknown');
        assert.ok(!ids.includes('wmco-not-installed'), 'no claim about what could not be read');
        const nodes = await get<NodesResponse>(app, '/api/v1/nodes', cluster.tokens.limited);
        assert.equal(nodes.status, 200);
        assert.ok(nodes.body.unreadable.includes('nodes'));
      });
    }

    if (expectation.scenario === 'wmco-installed-with-nodes') {
      test('the nodes list matches the cluster: sources, origins, versions, readiness', async () => {
        const { status, body } = await get<NodesResponse>(
          app,
          '/api/v1/nodes',
          cluster.tokens.admin,
        );
        assert.equal(status, 200);
        const actual = body.nodes
          .map(({ name, source, origin, wmcoVersion, ready }) => ({
            name,
            source,
            origin,
            wmcoVersion,
            ready,
          }))
          .sort((a, b) => a.name.localeCompare(b.name));
        const expected = wmcoInstalledWithNodes.nodes
          .map(({ name, source, origin, wmcoVersion, ready }) => ({
            name,
            source,
            origin,
            wmcoVersion,
            ready,
          }))
          .sort((a, b) => a.name.localeCompare(b.name));
        assert.deepEqual(actual, expected);
        assert.equal(body.operatorVersion, '10.22.0');
      });

      test('an unresolvable windows-instances name blocks BYOH on the Overview and the BYOH page alike', async () => {
        const admin = new KubeClient({
          server: cluster.server,
          caData: cluster.caData,
          token: cluster.tokens.admin,
        });
        try {
          await admin.apply(resources.configMaps, {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: {
              name: 'windows-instances',
              namespace: 'openshift-windows-machine-config-operator',
            },
            // RFC 6761: .invalid never resolves. The second pair is redundant, never blocking.
            data: {
              'nowhere.invalid': 'username=core',
              localhost: 'username=core',
              '127.0.0.1': 'username=core',
            },
          });
        } finally {
          admin.close();
        }
        const overview = await get<OverviewResponse>(app, '/api/v1/overview', cluster.tokens.admin);
        const blocked = overview.body.findings.find((f) => f.id === 'byoh-malformed-entries');
        assert.equal(blocked?.severity, 'blocked');
        assert.equal(blocked.code, 'byoh-malformed-entries');
        assert.deepEqual(blocked.params.addresses, ['nowhere.invalid']);
        assert.deepEqual(blocked.params.issues, ['unresolvable']);
        assert.equal(overview.body.counts.malformedByohEntries, 1);
        const byoh = await get<ByohState>(app, '/api/v1/byoh', cluster.tokens.admin);
        assert.equal(byoh.body.malformed, 1);
        const issues = Object.fromEntries(
          byoh.body.instances.map((instance) => [instance.address, instance.issue?.code]),
        );
        // The scenario's own entries (IPv4 addresses of its BYOH nodes) stay unflagged.
        assert.deepEqual(issues, {
          '10.1.42.11': undefined,
          '10.1.42.12': undefined,
          'nowhere.invalid': 'unresolvable',
          localhost: 'duplicate-address',
          '127.0.0.1': 'duplicate-address',
        });
      });

      test('without mirror sets, the Windows mirrors say so', async () => {
        const { status, body } = await get<WindowsMirrorsResponse>(
          app,
          '/api/v1/mirrors',
          cluster.tokens.admin,
        );
        assert.equal(status, 200);
        assert.equal(body.pauseImage, 'no-mirror-sets');
        assert.deepEqual(body.registries, []);
        assert.equal(body.supported, true);
      });

      test('the overview reads the full WMCO version from the newest windows-services ConfigMap', async () => {
        const { body } = await get<OverviewResponse>(app, '/api/v1/overview', cluster.tokens.admin);
        assert.equal(body.wmco.fullVersion, '10.22.0-5c2e1f9');
        assert.deepEqual(
          {
            nodes: body.counts.windowsNodes,
            machineSet: body.counts.machineSetNodes,
            byoh: body.counts.byohNodes,
            ready: body.counts.readyNodes,
          },
          { nodes: 5, machineSet: 3, byoh: 2, ready: 4 },
        );
      });
    }
  });
}
