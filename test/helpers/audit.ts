/** Helpers for tests that tamper with the audit log as an intruder with database access would. */
import { sql } from 'kysely';

/** Puts a saved audit_log row back (record_ids is computed by the database, migration 0008). */
export function putBackSql(row: Record<string, unknown>) {
  return sql`INSERT INTO audit_log (seq, at, actor_id, actor_name, org_id, org_name, action, record_type, record_id, purpose, request_id, details, prev_hash, hash)
    SELECT seq, at, actor_id, actor_name, org_id, org_name, action, record_type, record_id, purpose, request_id, details, prev_hash, hash
    FROM json_populate_record(NULL::audit_log, ${JSON.stringify({ ...row, record_ids: null })}::json)`;
}
