// `npm run cluster`: a local cluster for development: the control plane (with
// kube-controller-manager), a seeded scenario and, unless --no-simulators, the simulated
// controllers, until Ctrl-C.
//   tsx integration-tests/cluster/start.ts [--scenario aws-fresh] [--no-simulators]
// Other tools find the cluster through the JSON file written to
// <tmpdir>/windows-nodes-local-cluster.json.
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalCluster } from './local-cluster';
import { scenarioNames } from './scenarios/index';
import { startSimulators, type Simulators } from './simulators/runner';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'aws-fresh' },
    'no-simulators': { type: 'boolean', default: false },
  },
});
if (!scenarioNames.includes(values.scenario)) {
  console.error(`Unknown scenario "${values.scenario}"; known: ${scenarioNames.join(', ')}`);
  process.exit(2);
}

const log = (line: string): void => {
  console.log(line);
};
const started = Date.now();
const cluster = await startLocalCluster({
  scenario: values.scenario,
  controllerManager: true,
  log,
});
let simulators: Simulators | undefined;
if (!values['no-simulators']) {
  simulators = startSimulators({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
    log,
  });
}

const infoFile = path.join(tmpdir(), 'windows-nodes-local-cluster.json');
const kubeconfigs = {
  admin: cluster.kubeconfigPath('admin'),
  limited: cluster.kubeconfigPath('limited'),
};
await writeFile(
  infoFile,
  JSON.stringify(
    { server: cluster.server, caFile: cluster.caFile, tokens: cluster.tokens, kubeconfigs },
    null,
    2,
  ),
  { mode: 0o600 },
);
console.log(`
Local cluster "${values.scenario}" ready in ${((Date.now() - started) / 1000).toFixed(1)} s${simulators ? ' (simulators running)' : ''}.
  server:             ${cluster.server}
  admin kubeconfig:   ${kubeconfigs.admin}
  limited kubeconfig: ${kubeconfigs.limited}
  details:            ${infoFile}
Ctrl-C stops it and deletes its data.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping the local cluster...');
    void (async () => {
      await simulators?.stop();
      await cluster.stop();
      await rm(infoFile, { force: true });
      process.exit(0);
    })();
  });
}
