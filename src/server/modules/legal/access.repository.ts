/** The legal read rule (src/core/access/legal.ts) as SQL conditions for the module's lists. */
import { sql, type RawBuilder } from 'kysely';
import type { LegalFilter } from '../../../core/access/legal.ts';

/** The rule's filter as a SQL condition on alias `t` (org_id, classification, id). */
export function legalFilterSql(f: LegalFilter, t: string): RawBuilder<boolean> {
  const c = (col: string) => sql.ref(`${t}.${col}`);
  switch (f.mode) {
    case 'none':
      return sql<boolean>`FALSE`;
    case 'grants':
      return sql<boolean>`(${c('id')} = ANY(${[...f.grantedRecordIds]}::uuid[]) AND ${c('classification')} = ANY(${f.classifications}::text[]))`;
    case 'all':
      return sql<boolean>`(${c('classification')} = ANY(${f.classifications}::text[]))`;
    case 'own':
      return sql<boolean>`(${c('org_id')} = ${f.orgId}::uuid AND ${c('classification')} = ANY(${f.classifications}::text[]))`;
  }
}

/** No condition: every record, for the server's own jobs and the command line (no user, no door). */
export function everyRecordSql(): RawBuilder<boolean> {
  return sql<boolean>`TRUE`;
}
