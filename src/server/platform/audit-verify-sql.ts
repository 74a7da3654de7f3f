/**
 * SQL shared by the audit verifiers (src/server/platform/audit-verify*.ts) and the worker threads of
 * the thorough mode, which load this module on their own (so it imports nothing heavy).
 */

/** The entry's `at` as entryPayload() writes it: ISO 8601, UTC, milliseconds. */
export const AT_ISO_SQL = `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The SQL twin of entryPayload() in src/core/audit/chain.ts: the same text, byte for byte. The eleven
 * fields go through one array_to_json (the same escaping as to_json of each value, "null" for NULL, no
 * spaces) after the number; its leading '[' is dropped.
 */
export const PAYLOAD_SQL = `'[' || seq::text || ',' || substr(array_to_json(ARRAY[${AT_ISO_SQL}, actor_id::text, actor_name, org_id::text, org_name, action, record_type, record_id, purpose, request_id])::text, 2) || E'\\n' || details`;

/** Whether an entry's stored hash is the SHA-256 of its stored prev_hash and its payload. */
export const HASH_OK_SQL = `hash = encode(pg_catalog.sha256(convert_to(prev_hash || E'\\n' || ${PAYLOAD_SQL}, 'UTF8')), 'hex')`;

/**
 * The thorough mode's read: the columns of AuditRow (src/core/audit/ranges.ts) in order, for
 * $1 < seq <= $2. Only the stored text: Node serialises and hashes. Reads go by windows of seq rather
 * than LIMIT, so a plan chosen on stale statistics (a bitmap scan and a sort) still costs one window.
 */
const ROW_COLUMNS = `seq, ${AT_ISO_SQL} AS at_iso, actor_id::text AS actor_id, actor_name, org_id::text AS org_id, org_name, action,
  record_type, record_id, purpose, request_id, details, prev_hash, hash`;
export const ROWS_SQL = `SELECT ${ROW_COLUMNS} FROM audit_log WHERE seq > $1::bigint AND seq <= $2::bigint ORDER BY seq`;

/** The same rows of (lo, hi] as COPY text, one CopyData message per row (the worker threads' read). */
export function copyRowsSql(lo: number, hi: number): string {
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) throw new Error(`bad range (${lo}, ${hi}]`);
  return `COPY (SELECT ${ROW_COLUMNS} FROM audit_log WHERE seq > ${lo} AND seq <= ${hi} ORDER BY seq) TO STDOUT`;
}

/** The first seq in $1 < seq <= $2 (to skip an empty window). */
export const NEXT_SEQ_SQL = `SELECT min(seq) AS seq FROM audit_log WHERE seq > $1::bigint AND seq <= $2::bigint`;

/** For a transaction that reads ranges in order of seq: the primary key's order, no sort (SET LOCAL). */
export const ORDERED_SCAN_SQL = 'SET LOCAL enable_sort = off; SET LOCAL enable_bitmapscan = off';

/** Splits (−∞, head] into up to `parts` consecutive ranges (lo exclusive, null = −∞; hi inclusive), about equal over [min, head]. */
export function splitRanges(min: number, head: number, parts: number): Array<{ lo: number | null; hi: number }> {
  const span = head - min + 1;
  const k = Math.max(1, Math.min(parts, span));
  const out: Array<{ lo: number | null; hi: number }> = [];
  let lo: number | null = null;
  for (let i = 1; i <= k; i++) {
    const hi = i === k ? head : min - 1 + Math.floor((span * i) / k);
    out.push({ lo, hi });
    lo = hi;
  }
  return out;
}
