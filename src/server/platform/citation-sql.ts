/**
 * The SQL twin of src/core/legal/citation.ts citationKey, in one place for every module whose records
 * carry a free-text legal basis (intel, threat, prevention, content, sharing): whether `column` in the
 * compared form (lower case, punctuation and spaces reduced, "article" written "art", trimmed) is one of
 * `keys` (citationKey of the registry versions' citations).
 */
import { sql, type RawBuilder } from 'kysely';
import { CITATION_ARTICLE, CITATION_SEPARATORS } from '../../core/legal/citation.ts';

export function citesSql(column: string, keys: readonly string[]): RawBuilder<boolean> {
  if (keys.length === 0) return sql<boolean>`false`;
  return sql<boolean>`btrim(regexp_replace(regexp_replace(' ' || lower(${sql.ref(column)}) || ' ', ${CITATION_SEPARATORS}::text, ' ', 'g'), ${CITATION_ARTICLE}::text, ' art', 'g')) = ANY(${[...keys]}::text[])`;
}
