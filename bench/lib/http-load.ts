/**
 * Closed-loop HTTP load for benchmarks: `concurrency` clients, each sending its next GET as soon as the
 * last one answered, on a worker thread of its own with node:http keep-alive connections. The clients
 * thus do not share the server's event loop, and cost less than fetch would (about 0.4 ms of CPU per
 * request against 0.9 ms, measured in a separate process); on one machine they still share its cores.
 */
import { Worker } from 'node:worker_threads';

export interface LoadResult {
  latencies: number[];
  seconds: number;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { base, paths, headers, n, concurrency } = workerData;
const url = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const get = (path) => new Promise((resolve, reject) => {
  const req = http.request({ host: url.hostname, port: url.port, path, agent, headers }, (res) => {
    res.on('data', () => {});
    res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error('GET ' + path + ' answered ' + res.statusCode))));
  });
  req.on('error', reject);
  req.end();
});
(async () => {
  const latencies = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) {
      const i = next++;
      const s = performance.now();
      await get(paths[i % paths.length]);
      latencies.push(performance.now() - s);
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  parentPort.postMessage({ latencies: latencies.sort((a, b) => a - b), seconds });
})().catch((e) => parentPort.postMessage({ error: String(e && e.message || e) }));
`;

/** Sends `n` GETs of `paths` (in turn) to `base` with `concurrency` clients; latencies sorted, in ms. */
export function httpLoad(base: string, paths: string[], headers: Record<string, string>, n: number, concurrency: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { base, paths, headers, n, concurrency } });
    w.once('message', (m: LoadResult & { error?: string }) => {
      void w.terminate();
      if (m.error) reject(new Error(m.error));
      else resolve(m);
    });
    w.once('error', reject);
  });
}
