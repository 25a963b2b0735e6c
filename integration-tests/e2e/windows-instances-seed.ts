// windows-instances entries as an admin left them, before the page under test is opened.
import { resources } from '../cluster/resources';
import type { Stack } from '../stack';
import { wmcoNamespace } from './install-wizard';

/** Server-side apply adds the keys whether or not the ConfigMap exists yet. */
export async function applyWindowsInstances(
  stack: Stack,
  data: Record<string, string>,
): Promise<void> {
  const admin = stack.cluster.adminClient();
  try {
    await admin.apply(resources.configMaps, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'windows-instances', namespace: wmcoNamespace },
      data,
    });
  } finally {
    admin.close();
  }
}
