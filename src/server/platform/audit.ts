import { sql, type RawBuilder } from 'kysely';
import { auditSchemaProblem } from '../../core/audit/registry.ts';
import { chainRows, withRefs, type AuditItem, type ChainHead } from './audit-rows.ts';
import { PREPARED, type Database } from './db.ts';
import type { AuditSigner } from './audit-signer.ts';

/** Who did something, as the audit log names them. */
export interface AuditActor {
  userId: string | null;
  username: string;
  orgId: string | null;
  orgName: string;
}

/** References and counts of an audit event — never personal data or content. */
export type AuditDetails = Record<string, unknown>;

/** One thing to put on the record. */
export interface AuditEvent {
  action: string;
  recordType?: string | null;
  recordId?: string | null;
  /** Every record the event released or touched (the read door fills it), for "who saw record X". */
  recordIds?: readonly string[];
  /** Records the event answered hit/no-hit about (existence and a contact, nothing more). */
  hitIds?: readonly string[];
  purpose?: string | null;
  requestId?: string | null;
  /** References and counts only — never personal data or content. */
  details?: AuditDetails;
}

// Serialises chain appends across processes sharing one PostgreSQL server.
/**
 * The advisory lock that orders audit appends (crisis events take it too, so their ids commit in order).
 * audit_append (migration 0035) takes it by this number: change both or neither.
 */
export const AUDIT_LOCK = 727_002;
/** How long an append waits for the one sent before it to come back before it is sent anyway (ms). */
const ORDER_WAIT_MS = 250;

/** Anything Kysely can run a query on: the database or a transaction. */
type Executor = Database;

/**
 * The audit log writer. Appends are chained under an advisory lock inside the caller's transaction
 * (so a change and its audit entry commit together), and each append ends with a signed checkpoint
 * of the chain head.
 */
export class AuditLog {
  private pending: Pending[] = [];
  private flushing = false;

  private readonly warned = new Set<string>();
  /**
   * The chain head this process's last append sent will leave (set when it is sent, not when it comes
   * back): entries are chained to it and audit_append checks it under the lock (one round trip when no
   * other writer came between; see migration 0035). A rolled-back transaction, an append that reached
   * the lock out of order or another process only costs a second call.
   */
  private head: ChainHead | null = null;
  private readonly stat = { missed: 0, waitedOut: 0 };
  /** Whether an append inside a transaction is out (sent, its answer not back), and those waiting their turn; see inOrder. */
  private sending = false;
  private readonly turns: Turn[] = [];
  /** Transactions that hold the audit lock (they appended): their next append never waits in inOrder. */
  private readonly holding = new WeakSet<object>();

  /**
   * `strict`: an event whose action or detail keys are not in the registry (src/core/audit/registry.ts)
   * throws (tests and development). Otherwise it is written anyway with `schemaError` in its details
   * and a warning once per action: an entry is never lost for a schema mistake.
   */
  constructor(
    private readonly db: Database,
    private readonly signer: AuditSigner,
    private readonly strict: boolean,
    /** The request pool as urgent work uses it (priority-pool.ts): urgent held events are written through it. */
    private readonly urgentDb: Database = db,
  ) {}

  /** The signing key's fingerprint (printed at start). */
  get keyFingerprint(): string {
    return this.signer.fingerprint;
  }

  /** Checks events against the registry; returns the details to write for each. */
  private checked(items: AuditItem[]): AuditDetails[] {
    return items.map(({ event: e }) => {
      const problem = auditSchemaProblem(e.action, e.details, { recordIds: e.recordIds, hitIds: e.hitIds });
      const d = withRefs(e);
      if (problem === null) return d;
      if (this.strict) throw new Error(problem);
      if (!this.warned.has(e.action)) {
        this.warned.add(e.action);
        process.emitWarning(problem, 'VigilAuditSchemaWarning');
      }
      return { ...d, schemaError: problem };
    });
  }

  /**
   * Appends events in order. With `tx`, inside the caller's transaction, so a change and its audit
   * entries commit or roll back together. Without, the entries of concurrent callers are written
   * together in one transaction (group commit) and the promise settles once they are durable.
   * `urgent` (a traveller screened at the desk): inside a transaction, sent before the ordinary appends
   * waiting their turn (inOrder). Given held events (HeldEvents) instead, they are only kept there, to be
   * written with the caller's own statement (appendWith).
   */
  async append(actor: AuditActor, events: AuditEvent[], tx?: Executor | HeldEvents, opts: { urgent?: boolean } = {}): Promise<void> {
    if (events.length === 0) return;
    const items = events.map((event) => ({ actor, event }));
    if (tx instanceof HeldEvents) {
      tx.items.push(...items);
      if (opts.urgent) tx.urgent = true;
      return;
    }
    if (tx) return this.appendLocked(tx, items, this.checked(items), new Date().toISOString(), opts.urgent ? 'urgent' : 'ordinary');
    await new Promise<void>((resolve, reject) => {
      this.pending.push({ items, resolve, reject });
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.pending.length > 0) {
        const group = this.pending.splice(0, this.pending.length);
        try {
          await this.appendAlone(group.flatMap((g) => g.items));
          for (const g of group) g.resolve();
        } catch (e) {
          for (const g of group) g.reject(e);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /**
   * Writes a group of entries on its own. First as one statement outside any transaction (one round
   * trip: audit_append takes the lock, checks the head and inserts, and the statement commits on its
   * own), sent in its turn like the appends inside transactions (inOrder); when another writer moved the
   * head since this process last saw it, in a transaction where the lock stays held between the calls,
   * so the second call cannot miss.
   */
  private async appendAlone(items: AuditItem[]): Promise<void> {
    const details = this.checked(items);
    const at = new Date().toISOString();
    if ((await this.inOrder(this.db, 'ordinary', () => this.send(this.db, items, details, at, this.head))).appended) return;
    await this.db.transaction().execute((t) => this.appendLocked(t, items, details, at, 'ordinary'));
  }

  /** Inside a transaction: a missed head is returned with the lock held, so a second call succeeds. */
  private async appendLocked(tx: Executor, items: AuditItem[], details: AuditDetails[], at: string, order: 'urgent' | 'ordinary'): Promise<void> {
    const first = await this.tryAppend(tx, items, details, at, undefined, order);
    if (first.appended) return;
    // The head the database reported, not this.head: another connection's answer may have changed that.
    if ((await this.tryAppend(tx, items, details, at, first.head, order)).appended) return;
    throw new Error('audit append: the chain head moved while its lock was held');
  }

  /**
   * One call of audit_append (migration 0035) with the entries chained to `expected`, or when not given
   * to the head this process's last append left (a hint only, checked under the lock), sent in order
   * (inOrder). Returns whether they were written and the head the database reported
   * (the new head, or the one they missed). Inside a transaction (`ex` then holds the lock once this
   * returns); `order`: the append's place in the order.
   */
  private tryAppend(ex: Executor, items: AuditItem[], details: AuditDetails[], at: string, expected: ChainHead | undefined, order: 'urgent' | 'ordinary'): Promise<{ appended: boolean; head: ChainHead }> {
    return this.inOrder(ex, order, async () => {
      const r = await this.send(ex, items, details, at, expected ?? this.head);
      this.holding.add(ex);
      return r;
    });
  }

  /**
   * Appends inside transactions are sent one after the other, each once the one before has come back
   * (its transaction then holds the lock): the next chains to the head the one before left and reaches
   * the lock right after it. Sent together, the database's backends reach the lock in any order, and an
   * append that comes in after one it did not chain to misses the head and holds the lock for a second
   * round trip while its transaction waits for the answer: under a mixed load of 64 users, 82% of them
   * did (bench/load), and every writer queued behind that lock. A transaction that already holds the
   * lock never waits here (the one before may be waiting for that very lock). A group written alone
   * (appendAlone) takes its turn too, though it holds the lock for its one statement only: sent beside
   * the others, it chained to a head they had not left yet or they to its, and 24% of the entries of the
   * mixed load missed the head, each miss a transaction holding the lock for a second round trip.
   * Nothing waits on a stuck append for longer than ORDER_WAIT_MS: after that it is sent anyway (a
   * lock cycle through this queue and the database then reaches the database, which resolves it).
   * Urgent appends (a traveller screened at the desk) go before the ordinary ones waiting: at most the
   * append out and the urgent ones before it come first.
   */
  private async inOrder<T>(ex: Executor, order: 'urgent' | 'ordinary', fn: () => Promise<T>): Promise<T> {
    if (this.holding.has(ex)) return fn();
    const turn = await this.turn(order === 'urgent');
    try {
      return await fn();
    } finally {
      if (turn) this.passTurn();
    }
  }

  /**
   * Waits for this append's turn: at once when no append is out, else after the ones before it (an
   * urgent one after the urgent ones only). Returns whether it has the turn (to pass on when it comes
   * back), or false when it waited ORDER_WAIT_MS in vain and is sent anyway.
   */
  private turn(urgent: boolean): Promise<boolean> {
    if (!this.sending) {
      this.sending = true;
      return Promise.resolve(true);
    }
    return new Promise<boolean>((resolve) => {
      const w: Turn = {
        urgent,
        go: () => {
          clearTimeout(w.timer);
          resolve(true);
        },
        timer: setTimeout(() => {
          this.turns.splice(this.turns.indexOf(w), 1);
          this.stat.waitedOut++;
          resolve(false);
        }, ORDER_WAIT_MS),
      };
      const at = urgent ? this.turns.findIndex((t) => !t.urgent) : -1;
      if (at < 0) this.turns.push(w);
      else this.turns.splice(at, 0, w);
    });
  }

  /** The append that had the turn came back: the next waiting one goes. */
  private passTurn(): void {
    const next = this.turns.shift();
    if (next) next.go();
    else this.sending = false;
  }

  /**
   * Since start, appends that missed the head (a second call followed) and appends sent after waiting
   * ORDER_WAIT_MS in vain; and those waiting their turn now. For tests and benchmarks.
   */
  stats(): { missed: number; waitedOut: number; waiting: number } {
    return { ...this.stat, waiting: this.turns.length };
  }

  private async send(ex: Executor, items: AuditItem[], details: AuditDetails[], at: string, expected: ChainHead | null): Promise<{ appended: boolean; head: ChainHead }> {
    // The rows and the signed checkpoint of the new head go in together, in one statement; the next
    // append of this process chains to them without waiting for their answer.
    const { from, rows, checkpoint, head: predicted } = chainRows(items, details, at, expected, this.signer);
    this.head = predicted;
    const { rows: out } = await sql<{ appended: boolean; head_seq: number | string; head_hash: string }>`${PREPARED}SELECT appended, head_seq, head_hash
      FROM audit_append(${from.seq}::bigint, ${from.hash}::text, ${JSON.stringify(rows)}::jsonb, ${JSON.stringify(checkpoint)}::jsonb)`.execute(ex);
    const r = out[0]!;
    const head = { seq: Number(r.head_seq), hash: r.head_hash };
    if (!r.appended) {
      this.stat.missed++;
      // The database's head, unless an append sent since chained to this one (its own answer corrects it).
      if (this.head === predicted) this.head = head;
    }
    return { appended: r.appended, head };
  }

  /**
   * Writes held events (HeldEvents) with the caller's own statement, outside any transaction, in one
   * round trip: `write` runs its statement on `ex` with `append` among its expressions, evaluated
   * exactly once (a call of audit_append_or_fail, migration 0042), so the caller's rows and their audit
   * entries commit together or not at all, and the chain's lock is held for that one statement only.
   * A missed head (another writer came between) undoes the whole statement: it is sent again, chained to
   * the head the database reported, and after a second miss inside a transaction that takes the lock
   * first, where it cannot miss. Sent in its turn like every other append (inOrder; an urgent request's
   * before the ordinary ones waiting): sent beside them, it reached the lock out of order and they missed
   * the head.
   */
  async appendWith<T>(held: HeldEvents, write: (ex: Executor, append: RawBuilder<unknown>) => Promise<T>, opts: { onTurn?: () => void } = {}): Promise<T> {
    // What the statement chains, fixed once its turn has come: `onTurn` first (grouped writes,
    // audit-groups.ts: the events of callers that joined while it waited go into `held`).
    let chain: { items: AuditItem[]; details: AuditDetails[] } | undefined;
    const ready = () => {
      if (chain) return chain;
      opts.onTurn?.();
      return (chain = { items: held.items, details: this.checked(held.items) });
    };
    const urgent = held.urgent;
    const at = new Date().toISOString();
    const db = urgent ? this.urgentDb : this.db;
    // The head to chain to: first the one this process's last append sent will leave, read once this
    // one's turn has come; then the one the database reported.
    let reported: ChainHead | undefined;
    for (let attempt = 0; attempt < 2; attempt++) {
      let chained: { from: ChainHead | null; predicted: ChainHead } | undefined;
      try {
        return await this.inOrder(this.db, urgent ? 'urgent' : 'ordinary', () => {
          const from = reported ?? this.head;
          const { items, details } = ready();
          const c = chainRows(items, details, at, from, this.signer);
          chained = { from, predicted: c.head };
          this.head = c.head;
          return write(db, appendCall(c.from, c.rows, c.checkpoint));
        });
      } catch (e) {
        const moved = movedHead(e);
        // Nothing of the statement was written: the next append chains to the head as it was (or as reported).
        if (chained && this.head === chained.predicted) this.head = moved ?? chained.from;
        if (!moved) throw e;
        this.stat.missed++;
        reported = moved;
      }
    }
    return db.transaction().execute(async (tx) => {
      // audit_append with a head no chain has takes the lock and reports the head, inserting nothing.
      const { rows: out } = await sql<{ head_seq: number | string; head_hash: string }>`SELECT head_seq, head_hash FROM audit_append(-1, '', '[]'::jsonb, '{}'::jsonb)`.execute(tx);
      const { items, details } = ready();
      const { from, rows, checkpoint, head } = chainRows(items, details, at, { seq: Number(out[0]!.head_seq), hash: out[0]!.head_hash }, this.signer);
      this.head = head;
      return write(tx, appendCall(from, rows, checkpoint));
    });
  }
}

/**
 * Audit events held back where a transaction would be given (p.record, the read door), to be written
 * afterwards with the caller's own statement in one round trip (AuditLog.appendWith).
 */
export class HeldEvents {
  readonly items: AuditItem[] = [];
  /** Held for an urgent request (Ctx.urgent, p.record): written before the ordinary appends waiting. */
  urgent = false;
}

/** The SQL expression that appends chained rows in the caller's statement, failing it on a missed head (migration 0042). */
function appendCall(from: ChainHead, rows: unknown[], checkpoint: unknown): RawBuilder<unknown> {
  return sql`audit_append_or_fail(${from.seq}::bigint, ${from.hash}::text, ${JSON.stringify(rows)}::jsonb, ${JSON.stringify(checkpoint)}::jsonb)`;
}

/** The head a statement missed (audit_append_or_fail's SQLSTATE VG409, detail 'seq:hash'), or undefined for any other error. */
function movedHead(e: unknown): ChainHead | undefined {
  const err = e as { code?: unknown; detail?: unknown };
  if (err?.code !== 'VG409' || typeof err.detail !== 'string') return undefined;
  const at = err.detail.indexOf(':');
  return { seq: Number(err.detail.slice(0, at)), hash: err.detail.slice(at + 1) };
}

/** Events written without a transaction, waiting to be group-committed (AuditLog.flush). */
interface Pending {
  items: AuditItem[];
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** An append inside a transaction waiting its turn to be sent (AuditLog.inOrder). */
interface Turn {
  urgent: boolean;
  go: () => void;
  timer: NodeJS.Timeout;
}

export { AuditSigner } from './audit-signer.ts';
export { verifyAuditLog, type AuditVerdict } from './audit-verify.ts';
