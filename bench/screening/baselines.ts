/**
 * Baselines measured on the same data: (a) a token-wise Jaro-Winkler scan over every listed name (the
 * classic approach of moov-io/watchman) and (b) PostgreSQL pg_trgm similarity() top-k.
 */
import { latinKey } from '../../src/core/names/latin.ts';
import { jaroWinkler } from '../../src/core/names/similarity.ts';
import type { WatchlistEntry } from '../../src/core/screening/engine.ts';

/** Token-wise best-pairs Jaro-Winkler over all names (linear scan). */
export class JaroWinklerScan {
  private readonly names: Array<{ entry: string; toks: string[] }> = [];
  constructor(entries: WatchlistEntry[]) {
    for (const e of entries) for (const n of e.names) this.names.push({ entry: e.id, toks: latinKey(n).split(' ').filter(Boolean) });
  }
  /** Best score per entry, top `k`. */
  search(name: string, k = 10): Array<{ entryId: string; score: number }> {
    const q = latinKey(name).split(' ').filter(Boolean);
    const best = new Map<string, number>();
    for (const n of this.names) {
      if (!n.toks.length || !q.length) continue;
      let sum = 0;
      for (const a of q) {
        let m = 0;
        for (const b of n.toks) {
          const s = jaroWinkler(a, b);
          if (s > m) m = s;
        }
        sum += m;
      }
      // penalise unmatched length like watchman's length adjustment
      const s = (sum / q.length) * Math.min(1, (q.length + 1) / (n.toks.length + 1) + 0.5);
      if (s > (best.get(n.entry) ?? 0)) best.set(n.entry, s);
    }
    return [...best].map(([entryId, score]) => ({ entryId, score })).sort((a, b) => b.score - a.score).slice(0, k);
  }
}

/** pg_trgm baseline; `open` returns undefined when PostgreSQL does not answer. */
export class TrigramBaseline {
  private constructor(private readonly client: import('pg').Client) {}

  static async open(entries: WatchlistEntry[]): Promise<TrigramBaseline | string> {
    let pg: typeof import('pg');
    try {
      pg = (await import('pg')).default as unknown as typeof import('pg');
    } catch (e) {
      return `pg not loadable: ${(e as Error).message}`;
    }
    const client = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test', connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await client.query('DROP TABLE IF EXISTS vigil_bench_screening_names');
      await client.query('CREATE TABLE vigil_bench_screening_names (entry_id text, name text)');
      const rows: string[][] = [];
      for (const e of entries) for (const n of e.names) rows.push([e.id, latinKey(n)]);
      for (let i = 0; i < rows.length; i += 2000) {
        const chunk = rows.slice(i, i + 2000);
        const params: string[] = [];
        const values = chunk.map((r, j) => {
          params.push(r[0]!, r[1]!);
          return `($${2 * j + 1}, $${2 * j + 2})`;
        });
        await client.query(`INSERT INTO vigil_bench_screening_names VALUES ${values.join(',')}`, params);
      }
      await client.query('CREATE INDEX ON vigil_bench_screening_names USING gin (name gin_trgm_ops)');
      await client.query('ANALYZE vigil_bench_screening_names');
      await client.query('SET pg_trgm.similarity_threshold = 0.3');
      return new TrigramBaseline(client);
    } catch (e) {
      await client.end().catch(() => {});
      return `PostgreSQL did not answer: ${(e as Error).message}`;
    }
  }

  /** Top-k entries by trigram similarity. */
  async search(name: string, k = 10): Promise<Array<{ entryId: string; score: number }>> {
    const r = await this.client.query<{ entry_id: string; s: number }>(
      `SELECT entry_id, max(similarity(name, $1)) AS s FROM vigil_bench_screening_names WHERE name % $1 GROUP BY entry_id ORDER BY s DESC LIMIT ${k}`,
      [latinKey(name)],
    );
    return r.rows.map((x) => ({ entryId: x.entry_id, score: Number(x.s) }));
  }

  async close(): Promise<void> {
    await this.client.query('DROP TABLE IF EXISTS vigil_bench_screening_names').catch(() => {});
    await this.client.end();
  }
}
