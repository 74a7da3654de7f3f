import type { Config } from './config.ts';
import { openDatabase, type Database, type DatabaseHandle } from './db.ts';
import { migrate } from './migrate.ts';
import { AuditLog, AuditSigner, type AuditActor, type AuditEvent, type HeldEvents } from './audit.ts';
import type { Ctx } from './context.ts';
import { loadKeyring, sealStoredSecrets } from './secrets.ts';
import { EventRegistry } from './events.ts';

/** Organisation names by id, cached briefly (names change rarely; records show them everywhere). */
export class OrgDirectory {
  private names = new Map<string, string>();
  private loadedAt = 0;

  constructor(private readonly db: Database) {}

  async refresh(): Promise<void> {
    const rows = await this.db.selectFrom('organisations').select(['id', 'name']).execute();
    this.names = new Map(rows.map((r) => [r.id, r.name]));
    this.loadedAt = Date.now();
  }

  /** Ensures the cache is at most 30 s old; call once per request that shows names. */
  async fresh(): Promise<this> {
    if (Date.now() - this.loadedAt > 30_000) await this.refresh();
    return this;
  }

  name = (id: string): string => this.names.get(id) ?? 'unknown organisation';
}

/** Everything a module needs from the platform. */
export interface Platform {
  config: Config;
  db: Database;
  /** Name search's connections (see db.ts). */
  search: Database;
  backend: DatabaseHandle['backend'];
  /** The request pool as urgent work uses it: its statements get a connection first (use dbFor). */
  urgentDb: Database;
  /** How often statements waited for a connection of the request pool, urgent and ordinary (benchmarks). */
  poolWaits: DatabaseHandle['poolWaits'];
  audit: AuditLog;
  orgs: OrgDirectory;
  /** Cross-module effects inside a transaction (events.ts). */
  events: EventRegistry;
  /**
   * Puts events on the record for the acting user of `ctx` (inside `tx` when given; given held events,
   * keeps them there for the caller's own statement: AuditLog.appendWith).
   */
  record(ctx: Ctx, events: AuditEvent[], tx?: Database | HeldEvents): Promise<void>;
  close(): Promise<void>;
}

/** The database as the request uses it: the urgent view for an urgent request (Ctx.urgent, a screen at the desk), else the request pool. */
export function dbFor(p: Platform, ctx: Ctx): Database {
  return ctx.urgent ? p.urgentDb : p.db;
}

/** The audit identity of a request's user. */
export function auditActor(ctx: Ctx): AuditActor {
  return { userId: ctx.actor.userId, username: ctx.actor.username, orgId: ctx.actor.orgId, orgName: ctx.actor.orgName };
}

/** Opens the database, applies migrations and readies the audit log. */
export async function openPlatform(config: Config, opts: { onQuery?: (sql: string, error?: unknown, ms?: number) => void } = {}): Promise<Platform> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, sqlLog: config.sqlLog, ...(opts.onQuery ? { onQuery: opts.onQuery } : {}) });
  try {
    await migrate(handle.db, config.migrationsDir);
    // Secrets Vigil sends are encrypted under a key outside the database; clear values from before are encrypted now (idempotent).
    await sealStoredSecrets(handle.db, loadKeyring(config));
    const signer = AuditSigner.fromFile(config.auditKeyFile);
    await signer.register(handle.db);
    const audit = new AuditLog(handle.db, signer, config.auditStrict, handle.urgent);
    const orgs = new OrgDirectory(handle.db);
    await orgs.refresh();
    return {
      config,
      db: handle.db,
      search: handle.search,
      backend: handle.backend,
      urgentDb: handle.urgent,
      poolWaits: handle.poolWaits,
      audit,
      orgs,
      events: new EventRegistry(),
      record: (ctx, events, tx) =>
        audit.append(
          auditActor(ctx),
          events.map((e) => ({ requestId: ctx.requestId, purpose: ctx.purpose, ...e })),
          tx,
          { urgent: ctx.urgent === true },
        ),
      close: () => handle.close(),
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
