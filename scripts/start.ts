/**
 * `npm start`: builds the plugin and the console host, then runs the product on the embedded local cluster
 * in the real OpenShift console 4.22 (the dev shell where ../shared/console/ is missing), or, with
 * KUBECONFIG set, the BFF against that cluster, until Ctrl-C.
 *   npm start [-- --scenario <name>]
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { scenarioNames } from '../integration-tests/cluster/scenarios';
import { hasRealConsole } from '../integration-tests/console/real-console';

const { values } = parseArgs({ options: { scenario: { type: 'string', default: 'aws-fresh' } } });
const scenario = values.scenario;
if (!scenarioNames.includes(scenario)) {
  console.error(`Unknown scenario "${scenario}"; known: ${scenarioNames.join(', ')}`);
  process.exit(2);
}
const realConsole = hasRealConsole('4.22');

for (const script of realConsole ? ['build'] : ['build', 'build:dev-shell']) {
  if (spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' }).status !== 0)
    process.exit(1);
}

if (process.env.KUBECONFIG) {
  // A real cluster: only the BFF runs here; the console reaches it through its plugin proxy.
  await import('../server/src/main');
} else {
  if (!realConsole)
    console.log(
      'No OpenShift console files (../shared/console/4.22): using the dev shell instead.',
    );
  const { startStack } = await import('../integration-tests/stack');
  const started = performance.now();
  const stack = await startStack({
    scenario,
    console: realConsole ? '4.22' : 'dev-shell',
    bffPort: 9001,
    consolePort: 9000,
    log: (line) => {
      console.log(line);
    },
  });
  console.log(`
Windows Nodes is running on the local cluster (scenario "${scenario}", ready in ${((performance.now() - started) / 1000).toFixed(1)} s).
  Console (${realConsole ? 'OpenShift 4.22, as admin' : 'dev shell'}): ${stack.consoleUrl}/windows/overview
  BFF:                 ${stack.bffUrl}
  API server:          ${stack.cluster.server}
  kubeconfig (admin):  ${stack.cluster.kubeconfigPath('admin')}
Ctrl-C stops everything and deletes the cluster's data.`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void stack.stop().then(() => process.exit(0));
    });
  }
}
