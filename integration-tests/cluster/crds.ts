// Installs the CustomResourceDefinitions of the OpenShift and OLM kinds into the local API server.
// The reference CRDs (the real schemas of OpenShift 4.22 and OLM, kept outside the project in
// ../shared/crds) win; the project's own crds/ folder supplies every CRD they lack: the
// PackageManifest stand-in always, the minimal fallbacks when the reference folder is absent (a
// user's clone).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KubernetesObject } from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';
import type { KubeClient } from './kube-client';
import { resources } from './resources';
import { waitFor } from './wait-for';

const projectCrdDir = fileURLToPath(new URL('./crds/', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const referenceCrdDir = path.resolve(repositoryRoot, '../shared/crds');

interface CustomResourceDefinition extends KubernetesObject {
  metadata: { name: string };
  spec: {
    group: string;
    names: { plural: string };
    versions: Array<{ name: string; storage: boolean }>;
  };
  status?: { conditions?: Array<{ type: string; status: string }> };
}

export interface InstalledCrds {
  fromReference: string[];
  fromProject: string[];
}

/**
 * Applies the CRDs (server-side apply) and resolves once every one of them is Established and
 * served. `useReference: false` installs only the project's own CRDs, as in a clone without
 * ../shared/crds.
 */
export async function installCrds(client: KubeClient, useReference = true): Promise<InstalledCrds> {
  const reference = useReference ? await loadCrds(referenceCrdDir) : [];
  const provided = new Set(reference.map((crd) => crd.metadata.name));
  const project = (await loadCrds(projectCrdDir)).filter((crd) => !provided.has(crd.metadata.name));
  const all = [...reference, ...project];
  await Promise.all(all.map((crd) => client.apply(resources.customResourceDefinitions, crd)));
  await waitUntilEstablished(
    client,
    all.map((crd) => crd.metadata.name),
  );
  await waitUntilCustomResourcesServed(client);
  return {
    fromReference: reference.map((crd) => crd.metadata.name),
    fromProject: project.map((crd) => crd.metadata.name),
  };
}

/** Every CRD in the YAML files under `dir` (recursively); none if the folder does not exist. */
async function loadCrds(dir: string): Promise<CustomResourceDefinition[]> {
  let files: string[];
  try {
    files = await readdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const crds: CustomResourceDefinition[] = [];
  for (const file of files.filter((name) => /\.ya?ml$/.test(name)).sort()) {
    for (const document of parseAllDocuments(await readFile(path.join(dir, file), 'utf8'))) {
      const object = document.toJS() as CustomResourceDefinition | null;
      if (object?.kind === 'CustomResourceDefinition') crds.push(object);
    }
  }
  return crds;
}

async function waitUntilEstablished(client: KubeClient, names: string[]): Promise<void> {
  await waitFor(
    `CRDs to be Established`,
    async () => {
      const established = new Set(
        (await client.list<CustomResourceDefinition>(resources.customResourceDefinitions))
          .filter((crd) =>
            crd.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True'),
          )
          .map((crd) => crd.metadata.name),
      );
      const pending = names.filter((name) => !established.has(name));
      if (pending.length > 0) throw new Error(`not yet Established: ${pending.join(', ')}`);
      return true;
    },
    { timeoutMs: 30_000 },
  );
}

/**
 * Resolves once every custom resource can be listed. After a CRD is created, and after an API
 * server start, the server answers 429 "storage is (re)initializing" for a moment while its watch
 * cache fills.
 */
export async function waitUntilCustomResourcesServed(client: KubeClient): Promise<void> {
  const crds = await client.list<CustomResourceDefinition>(resources.customResourceDefinitions);
  await Promise.all(
    crds.map((crd) => {
      const version = crd.spec.versions.find((candidate) => candidate.storage)?.name;
      const path = `/apis/${crd.spec.group}/${version}/${crd.spec.names.plural}?limit=1`;
      return waitFor(`${crd.metadata.name} to be served`, () => client.request('GET', path), {
        timeoutMs: 30_000,
      });
    }),
  );
}
