/**
 * Closed-loop mixed HTTP load for benchmarks: `concurrency` clients on a worker thread of their own
 * (node:http keep-alive), each sending the next operation of a prepared list as soon as the last one
 * answered. Operations carry their kind; latencies come back per kind (sorted, ms), all of them and
 * without each client's first request (`warm`: the clients start in the same millisecond, each on a new
 * connection, a burst users never make in service). A non-2xx answer stops the run with the operation
 * named.
 */
import { Worker } from 'node:worker_threads';

export interface Op {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers: Record<string, string>;
}

export interface MixedResult {
  byKind: Record<string, number[]>;
  /** Without each client's first request (see above). */
  warm: Record<string, number[]>;
  seconds: number;
  requests: number;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { base, ops, n, concurrency } = workerData;
const url = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const send = (op) => new Promise((resolve, reject) => {
  const headers = { ...op.headers };
  if (op.body !== undefined) { headers['content-type'] = 'application/json'; headers['content-length'] = Buffer.byteLength(op.body); }
  const req = http.request({ host: url.hostname, port: url.port, path: op.path, method: op.method, agent, headers }, (res) => {
    let text = '';
    res.on('data', (c) => { if (text.length < 300) text += c; });
    res.on('end', () => (res.statusCode >= 200 && res.statusCode < 300 ? resolve() : reject(new Error(op.method + ' ' + op.path + ' answered ' + res.statusCode + ' ' + text.slice(0, 200)))));
  });
  req.on('error', reject);
  if (op.body !== undefined) req.write(op.body);
  req.end();
});
(async () => {
  const byKind = {};
  const warm = {};
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let first = true; next < n; first = false) {
      const op = ops[next++ % ops.length];
      const s = performance.now();
      await send(op);
      const ms = performance.now() - s;
      (byKind[op.kind] ??= []).push(ms);
      if (!first) (warm[op.kind] ??= []).push(ms);
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  for (const k of Object.keys(byKind)) byKind[k].sort((a, b) => a - b);
  for (const k of Object.keys(warm)) warm[k].sort((a, b) => a - b);
  parentPort.postMessage({ byKind, warm, seconds, requests: n });
})().catch((e) => parentPort.postMessage({ error: String((e && e.message) || e) }));
`;

/** Sends `n` operations of `ops` (in turn) to `base` with `concurrency` clients. */
export function mixedLoad(base: string, ops: Op[], n: number, concurrency: number): Promise<MixedResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { base, ops, n, concurrency } });
    w.once('message', (m: MixedResult & { error?: string }) => {
      void w.terminate();
      if (m.error) reject(new Error(m.error));
      else resolve(m);
    });
    w.once('error', reject);
  });
}
