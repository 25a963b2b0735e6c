// A 200 MB kubelet log streamed through the real node proxy by a process of its own, whose resident
// memory must grow by less than 20 MB while it reads every line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { wmcoInstalledWithNodes } from '../../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { startDiagnosticsStack } from './diagnostics-harness';

const LOG_BYTES = 200 * 1024 * 1024;
const here = path.dirname(fileURLToPath(import.meta.url));

test('a 200 MB log is streamed whole with the reading process growing by less than 20 MB', async (t) => {
  const node = wmcoInstalledWithNodes.nodes[0]?.name ?? '';
  const stack = await startDiagnosticsStack('wmco-installed-with-nodes', {
    [node]: { kubeletBulkBytes: LOG_BYTES },
  });
  const { cluster, fleet } = stack;
  try {
    const size = fleet.get(node).logs.files.get('kubelet/kubelet.log')?.size ?? 0;
    assert.ok(size > LOG_BYTES - 1024);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(here, 'node-log-stream-process.ts')],
      {
        env: {
          ...process.env,
          SERVER: cluster.server,
          CA_PEM: cluster.caData,
          TOKEN: cluster.tokens.admin,
          NODE: node,
        },
        timeout: 300_000,
        maxBuffer: 1024 * 1024,
      },
    );
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      bytes: number;
      before: number;
      peak: number;
      ms: number;
    };
    assert.equal(report.bytes, size, 'every byte of the log arrived as lines');
    const grewMb = (report.peak - report.before) / (1024 * 1024);
    t.diagnostic(
      `streamed ${String(size)} bytes in ${String(report.ms)} ms; RSS grew ${grewMb.toFixed(1)} MB`,
    );
    assert.ok(
      grewMb < 20,
      `RSS grew by ${grewMb.toFixed(1)} MB while streaming ${String(size)} bytes`,
    );
  } finally {
    await stack.stop();
  }
});
