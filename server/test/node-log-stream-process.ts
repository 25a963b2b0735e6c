// Run as its own process by diagnostics-log-memory.itest.ts: reads one service's log whole through
// the node proxy, as the BFF would stream it, and reports the bytes of lines it received and its own
// resident memory before and during the read (sampled every 20 ms), as one JSON line on stdout.
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { defaultLogReadOptions, readServiceLog } from '../src/cluster/diagnostics/node-log-reader';

const { SERVER = '', CA_PEM = '', TOKEN = '', NODE = '' } = process.env;
const kubeConfig = userKubeConfig({ server: SERVER, caPem: CA_PEM }, TOKEN);

async function readWhole(service: 'kubelet' | 'containerd', maxBytes: number): Promise<number> {
  let bytes = 0;
  const options = { ...defaultLogReadOptions, tailLines: undefined, maxBytes };
  for await (const event of readServiceLog(kubeConfig, NODE, service, options)) {
    if (event.type === 'lines')
      for (const line of event.lines) bytes += Buffer.byteLength(line) + 1;
  }
  return bytes;
}

// Warm up (modules, TLS, the first proxied request) on a small log, then measure the large one.
await readWhole('containerd', 1024 * 1024);
await readWhole('containerd', 1024 * 1024);
const before = process.memoryUsage.rss();
let peak = before;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 20);
const started = Date.now();
const bytes = await readWhole('kubelet', 1024 * 1024 * 1024);
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage.rss());
process.stdout.write(`${JSON.stringify({ bytes, before, peak, ms: Date.now() - started })}\n`);
