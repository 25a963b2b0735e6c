// Compiles the `localcluster` control-plane binary (apiserver/) once and caches it outside the
// repository, keyed by its sources, so later runs start in seconds. Nothing is downloaded except Go
// modules pinned by go.sum.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceDir = fileURLToPath(new URL('./apiserver/', import.meta.url));
const sourceFiles = ['go.mod', 'go.sum', 'main.go'];
const cacheDir = path.join(homedir(), '.cache', 'windows-nodes-plugin');

export async function ensureLocalClusterBinary(): Promise<string> {
  const sources = await Promise.all(
    sourceFiles.map((file) => readFile(path.join(sourceDir, file))),
  );
  const hash = createHash('sha256');
  sources.forEach((content) => hash.update(content));
  const binary = path.join(cacheDir, `localcluster-${hash.digest('hex').slice(0, 16)}`);
  if (await exists(binary)) return binary;

  const version = kubernetesVersion(sources[0]?.toString('utf8') ?? '');
  await mkdir(cacheDir, { recursive: true });
  // Each builder writes its own file and renames it into place: concurrent builds never see a
  // partial binary.
  const partial = `${binary}.${process.pid}.partial`;
  const started = Date.now();
  console.log(
    `Building the local control plane (Kubernetes ${version}) into ${binary}; a first build takes minutes.`,
  );
  try {
    await goBuild(partial, version);
    await rename(partial, binary);
  } finally {
    await rm(partial, { force: true });
  }
  console.log(`Built the local control plane in ${Math.round((Date.now() - started) / 1000)} s.`);
  return binary;
}

/**
 * The k8s.io/kubernetes version the wrapper requires; /version must report it (not v0.0.0-master).
 */
function kubernetesVersion(goMod: string): string {
  const match = /^\s*k8s\.io\/kubernetes (v\d+\.\d+\.\d+)\s*$/m.exec(goMod);
  if (!match)
    throw new Error(`No k8s.io/kubernetes requirement in ${path.join(sourceDir, 'go.mod')}`);
  return match[1] as string;
}

function goBuild(output: string, version: string): Promise<void> {
  const [major, minor] = version.slice(1).split('.');
  const pkg = 'k8s.io/component-base/version';
  const ldflags = `-s -w -X ${pkg}.gitVersion=${version} -X ${pkg}.gitMajor=${major} -X ${pkg}.gitMinor=${minor}`;
  return new Promise((resolve, reject) => {
    const child = spawn('go', ['build', '-trimpath', '-ldflags', ldflags, '-o', output, '.'], {
      cwd: sourceDir,
      env: { ...process.env, GOTOOLCHAIN: 'local', CGO_ENABLED: '0' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', (error) => {
      reject(new Error(`Cannot run the Go toolchain (is Go >= 1.25 on PATH?): ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(new Error(`go build in ${sourceDir} failed (${signal ?? `exit ${String(code)}`})`));
    });
  });
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
