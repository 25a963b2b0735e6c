// Writes a kubeconfig file for one static-token user, so kubectl, the BFF and other tools can reach
// the cluster.
import { writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';

export async function writeKubeconfig(
  file: string,
  target: { server: string; caData: string; user: string; token: string },
): Promise<void> {
  const context = `local-${target.user}`;
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'local',
        cluster: {
          server: target.server,
          'certificate-authority-data': Buffer.from(target.caData).toString('base64'),
        },
      },
    ],
    users: [{ name: target.user, user: { token: target.token } }],
    contexts: [{ name: context, context: { cluster: 'local', user: target.user } }],
    'current-context': context,
  };
  await writeFile(file, stringify(config), { mode: 0o600 });
}
