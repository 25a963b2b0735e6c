import { readFile } from 'node:fs/promises';
import { KubeClient } from './kube-client.js';
import { subscribeToWmco, waitForCsvPhase } from './wmco-subscription.js';
const info = JSON.parse(await readFile('/tmp/windows-nodes-local-cluster.json', 'utf8'));
const client = new KubeClient({ server: info.server, caData: await readFile(info.caFile, 'utf8'), token: info.tokens.admin });
await subscribeToWmco(client, 'cli-sim', 'Automatic');
const csv = await waitForCsvPhase(client, 'cli-sim', 'Succeeded');
console.log('CSV', csv.status?.phase);
// deletion with the controller manager: namespace goes away, GC removes the InstallPlan owned by the Subscription
await client.request('DELETE', '/apis/operators.coreos.com/v1alpha1/namespaces/cli-sim/subscriptions/windows-machine-config-operator');
const t = Date.now();
for (;;) { const ips = await client.list({ group: 'operators.coreos.com', version: 'v1alpha1', plural: 'installplans', namespaced: true }, { namespace: 'cli-sim' }); if (ips.length === 0) break; if (Date.now() - t > 30000) { console.log('IP not GCed'); break; } await new Promise(r => setTimeout(r, 200)); }
console.log('InstallPlan garbage-collected after', Date.now() - t, 'ms');
client.close();
