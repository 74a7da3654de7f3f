/**
 * Seeding of the mixed-load benchmarks (bench/load): person subjects shared with everyone, created
 * through the API as an analyst would (16 at a time), then a wait until the sharing copy (a background
 * job) holds them, so TAXII pages serve them.
 */
import { sql } from 'kysely';
import type { Database } from '../../src/server/platform/db.ts';

/** The body of a subject create: a person with `name`, shared with all organisations. */
export function benchSubject(name: string): string {
  return JSON.stringify({
    kind: 'person', names: [name], birthDate: '1980-01-01', nationalities: ['BE'], category: 'PVE',
    markings: { classification: 'restricted', tlp: 'amber', distribution: 'all', legalBasis: 'bench', purpose: 'bench', reviewDate: '2030-01-01' },
  });
}

/** Creates `n` subjects named by `person()` as the signed-in analyst (`headers`); returns their names and ids. */
export async function seedSubjects(url: string, db: Database, headers: Record<string, string>, n: number, person: () => string): Promise<{ names: string[]; ids: string[] }> {
  const names: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < n; i += 16) {
    await Promise.all(
      Array.from({ length: Math.min(16, n - i) }, async () => {
        const name = person();
        const r = await fetch(`${url}/api/subjects`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: benchSubject(name) });
        if (r.status !== 201) throw new Error(`seed: ${r.status} ${await r.text()}`);
        names.push(name);
        ids.push(((await r.json()) as { id: string }).id);
      }),
    );
  }
  for (let i = 0; i < 600; i++) {
    const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM sharing_objects`.execute(db);
    if (Number(rows[0]!.n) >= n) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return { names, ids };
}
