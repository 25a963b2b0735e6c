// Runs the simulated controllers (test doubles for OLM and friends) as their own process against a
// running API server, e.g. one started with `npm run cluster -- --no-simulators`.
//   tsx integration-tests/cluster/simulators/main.ts \
//     --server https://127.0.0.1:6443 --ca-file ca.crt --token ADMIN-TOKEN
// Each flag falls back to an environment variable: SIMULATOR_SERVER, SIMULATOR_CA_FILE,
// SIMULATOR_TOKEN.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startSimulators } from './runner';

const { values } = parseArgs({
  options: { server: { type: 'string' }, 'ca-file': { type: 'string' }, token: { type: 'string' } },
});
const server = values.server ?? process.env.SIMULATOR_SERVER;
const caFile = values['ca-file'] ?? process.env.SIMULATOR_CA_FILE;
const token = values.token ?? process.env.SIMULATOR_TOKEN;
if (!server || !caFile || !token) {
  console.error('usage: simulators/main.ts --server URL --ca-file PEM-FILE --token ADMIN-TOKEN');
  process.exit(2);
}

const simulators = startSimulators({
  server,
  caData: await readFile(caFile, 'utf8'),
  token,
  log: (line) => {
    console.log(line);
  },
});
console.log(`Simulators running against ${server}; Ctrl-C stops them.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void simulators.stop().then(() => process.exit(0)));
}
