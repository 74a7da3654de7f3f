/**
 * The public CAP feed under a crowd of notice boards: requests/s and p50/p99 of GET /cap/feed.atom with
 * 100 concurrent keep-alive clients, and the database statements during the run (the answer is
 * precomputed in memory: the requests themselves make none). Over the demo
 * dataset (its published exercise alert and Update) on PGlite.
 */
import { startServer } from '../../src/server/server.ts';
import { benchDatabase } from '../lib/backends.ts';
import { httpLoad } from '../lib/http-load.ts';
import { fmt, header, percentile, sizeArg } from '../lib/stats.ts';

const CLIENTS = 100;
const n = sizeArg() === 'full' ? 100_000 : 5_000;

header('bench/alerts: public CAP feed');
const bdb = await benchDatabase('alerts', 'pglite');
let statements = 0;
const server = await startServer({ ...bdb.config, demo: true }, { quiet: true, onQuery: () => void statements++ });
try {
  const first = await fetch(`${server.url}/cap/feed.atom`);
  const body = await first.text();
  const etag = first.headers.get('etag') ?? '';
  console.log(`feed: ${body.length} bytes, ${(body.match(/<entry>/g) ?? []).length} entries, ETag ${etag}`);
  const again = await fetch(`${server.url}/cap/feed.atom`, { headers: { 'if-none-match': etag } });
  console.log(`revalidation with If-None-Match: ${again.status}`);
  const before = statements;
  const r = await httpLoad(server.url, ['/cap/feed.atom'], {}, n, CLIENTS);
  const l = r.latencies;
  console.log(`GET /cap/feed.atom: ${n} requests, ${CLIENTS} clients: ${fmt(n / r.seconds, 0)} req/s, p50 ${fmt(percentile(l, 50), 2)} ms, p99 ${fmt(percentile(l, 99), 2)} ms`);
  console.log(`database statements during the run: ${statements - before} (background jobs of every module and the once-a-second feed-version poll; the feed requests themselves make none)`);
} finally {
  await server.close();
  await bdb.drop();
}
