import { join, resolve } from 'node:path';
import { DEFAULT_RETENTION_GRACE_DAYS } from '../../core/vocab.ts';
import { parseOutboundAllow, type OutboundAllow } from './outbound.ts';

/** Vigil's settings, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  demoPassword: string;
  retentionGraceDays: number;
  /** Send the session cookie only over HTTPS (set VIGIL_SECURE_COOKIES=1 behind TLS). */
  secureCookies: boolean;
  /** Login attempts allowed per client and username per 15 minutes. */
  loginAttempts: number;
  logLevel: string;
  webDir: string;
  /** The Ed25519 key that signs audit checkpoints (created on first start). */
  auditKeyFile: string;
  /** Largest image (width × height) the content module decodes; larger uploads get 413 (VIGIL_IMAGE_MAX_PIXELS). */
  imageMaxPixels: number;
  /** Verification trusts only these Ed25519 public keys (PEM file), never a key stored in the database. */
  auditPublicKeyFile: string | undefined;
  /** …or only stored keys with these SHA-256 fingerprints (comma-separated). Default: the key file's public half. */
  auditKeyFingerprint: string | undefined;
  /** The folder of the SQL migrations (VIGIL_MIGRATIONS_DIR; default: the migrations folder shipped with Vigil). */
  migrationsDir: string | undefined;
  /**
   * Fastify's trustProxy (VIGIL_TRUST_PROXY): false (off, the default: X-Forwarded-For is ignored), a hop
   * count, or a list of proxy addresses/CIDRs. The client address (throttling, audit) is the real client's.
   */
  trustProxy: false | number | string[];
  /** Hosts and CIDRs outbound requests may reach although not public (VIGIL_OUTBOUND_ALLOW, e.g. "127.0.0.1,10.0.0.0/8,partner.example"). */
  outboundAllow: OutboundAllow;
  /** Largest answer read from a partner's TAXII server, bytes (VIGIL_OUTBOUND_PARTNER_MAX_BYTES, 20 MB). */
  outboundPartnerMaxBytes: number;
  /** Largest answer read from a provider's webhook, bytes (VIGIL_OUTBOUND_WEBHOOK_MAX_BYTES, 1 MB). */
  outboundWebhookMaxBytes: number;
  /** The key(s) that encrypt secrets Vigil sends (VIGIL_SECRET_KEY: base64/hex of 32 bytes, comma-separated, first encrypts). */
  secretKey: string | undefined;
  /** …or the key file (VIGIL_SECRET_KEY_FILE, default <data>/keys/secrets.key, created mode 600). */
  secretKeyFile: string;
  /** How often each process looks for new crisis incident events to stream, ms (VIGIL_CRISIS_POLL_MS, 100). */
  crisisPollMs: number;
  /** Most missed events a reconnecting live client is replayed; beyond, it reloads a snapshot (VIGIL_CRISIS_REPLAY_MAX, 1000). */
  crisisReplayMax: number;
  /** Interval of the heartbeat comment on a live incident stream, ms (VIGIL_CRISIS_HEARTBEAT_MS, 15000). */
  crisisHeartbeatMs: number;
  /** Interval of the reminder jobs (legal deadlines, overdue after-action actions), minutes (VIGIL_REMINDER_MINUTES, 60; 0 turns them off). */
  reminderMinutes: number;
  /** Strict audit registry checks (VIGIL_AUDIT_STRICT=1|0; default on when NODE_ENV is test or development). */
  auditStrict: boolean;
  /** Print every failed SQL statement with its parameters (VIGIL_SQL_LOG=1; for debugging). */
  sqlLog: boolean;
  /**
   * The sharing module: outbox interval (VIGIL_SHARING_INDEX_MS, 2000), partner pull interval and back-off
   * base (VIGIL_SHARING_PULL_MS, 30000), partner request timeout (VIGIL_SHARING_TIMEOUT_MS, 15000),
   * long-poll wait (VIGIL_SHARING_LONGPOLL_S, 25), page size (VIGIL_SHARING_PAGE, 1000), correlation
   * fan-out bound (VIGIL_SHARING_FANOUT, 25), background jobs (VIGIL_SHARING_JOBS=0 switches them off), how long a TAXII read waits for the
   * outbox to catch up before serving the projection as it stands (VIGIL_SHARING_FRESH_WAIT_MS, 0 = not at all).
   */
  sharing: SharingSettings;
  /** The content module: portal base URL, delivery retry waits, job interval (see ContentSettings). */
  content: ContentSettings;
  /**
   * Admission under load (VIGIL_ACTIVE_REQUESTS, 16; 0 turns the gate off): at most this many API requests
   * are worked on at once, the next wait in arrival order; a single-traveller screen passes ahead of them.
   */
  activeRequests: number;
  /**
   * The places ordinary requests have while single-traveller screens are going on (one in flight or
   * answered in the last second) (VIGIL_ACTIVE_REQUESTS_WHILE_SCREENING, 8; at or above
   * VIGIL_ACTIVE_REQUESTS, no change): the rest of the machine is left to the screens.
   */
  activeRequestsWhileScreening: number;
  /** Requests that may wait for admission before the server answers 503 with Retry-After (VIGIL_QUEUED_REQUESTS, 2000). */
  queuedRequests: number;
  /** Whether the screening module's upkeep jobs run (VIGIL_SCREENING_JOBS=0 switches them off: benchmarks of other modules). */
  screeningJobs: boolean;
  /** How often the screening index checks intelligence subjects for national-list changes, ms (VIGIL_SCREENING_SYNC_MS, 250; at least 50). */
  screeningSyncMs: number;
  /** Interval of the screening upkeep (index reload check, resumed batches), seconds (VIGIL_SCREENING_REFRESH_SECONDS, 300; 0 turns it off). */
  screeningRefreshSeconds: number;
  /** Lists kept current: where UN and OFAC are fetched from, the schedule, and the re-screening window (see WatchlistFetchSettings). */
  watchlistFetch: WatchlistFetchSettings;
}

/**
 * Fetching the global lists (issue #15): the official addresses, or an internal mirror on an air-gapped
 * site (every address must pass VIGIL_OUTBOUND_ALLOW like any outbound request).
 */
export interface WatchlistFetchSettings {
  /** The UN consolidated list, XML (VIGIL_WATCHLIST_UN_URL). */
  unUrl: string;
  /** OFAC's SDN list, legacy CSV (VIGIL_WATCHLIST_OFAC_URL). */
  ofacUrl: string;
  /** OFAC's alias file alt.csv (VIGIL_WATCHLIST_OFAC_ALT_URL; empty: none). */
  ofacAltUrl: string;
  /** Scheduled refresh of each source, hours (VIGIL_WATCHLIST_FETCH_HOURS, 24; 0 turns it off). */
  scheduleHours: number;
  /** What a scheduled fetch does with a changed list: `preview` (waits for an administrator to review the diff and apply) or `apply` (VIGIL_WATCHLIST_FETCH_MODE, preview). */
  scheduleMode: 'preview' | 'apply';
  /** Largest list read, bytes (VIGIL_WATCHLIST_FETCH_MAX_BYTES, 200 MB). */
  maxBytes: number;
  /** Download timeout, ms (VIGIL_WATCHLIST_FETCH_TIMEOUT_MS, 120000). */
  timeoutMs: number;
  /** Travellers screened in this many days before a list change are re-screened against its new and changed entries (VIGIL_RESCREEN_DAYS, 183; 0 turns re-screening off). */
  rescreenDays: number;
}

/** The list-fetch settings; a malformed value stops the start with the variable's name. */
export function parseWatchlistFetchSettings(env: NodeJS.ProcessEnv): WatchlistFetchSettings {
  const url = (name: string, dflt: string, optional = false) => {
    const v = env[name]?.trim();
    if (v === undefined || (v === '' && !optional)) return dflt;
    if (v === '') return '';
    if (!/^https?:\/\/[^\s/]+/.test(v)) throw new Error(`${name} must be an http(s) URL, got "${v}"`);
    return v;
  };
  const mode = env.VIGIL_WATCHLIST_FETCH_MODE?.trim() || 'preview';
  if (mode !== 'preview' && mode !== 'apply') throw new Error(`VIGIL_WATCHLIST_FETCH_MODE must be preview or apply, got "${mode}"`);
  return {
    unUrl: url('VIGIL_WATCHLIST_UN_URL', 'https://scsanctions.un.org/resources/xml/en/consolidated.xml'),
    ofacUrl: url('VIGIL_WATCHLIST_OFAC_URL', 'https://www.treasury.gov/ofac/downloads/sdn.csv'),
    ofacAltUrl: url('VIGIL_WATCHLIST_OFAC_ALT_URL', 'https://www.treasury.gov/ofac/downloads/alt.csv', true),
    scheduleHours: wholeNumber(env.VIGIL_WATCHLIST_FETCH_HOURS, 24, 'VIGIL_WATCHLIST_FETCH_HOURS'),
    scheduleMode: mode,
    maxBytes: positiveInt(env.VIGIL_WATCHLIST_FETCH_MAX_BYTES, 200_000_000, 'VIGIL_WATCHLIST_FETCH_MAX_BYTES'),
    timeoutMs: positiveInt(env.VIGIL_WATCHLIST_FETCH_TIMEOUT_MS, 120_000, 'VIGIL_WATCHLIST_FETCH_TIMEOUT_MS'),
    rescreenDays: wholeNumber(env.VIGIL_RESCREEN_DAYS, 183, 'VIGIL_RESCREEN_DAYS'),
  };
}

/** The content module's settings (see Config.content). */
export interface ContentSettings {
  /** Base URL of the hosting-provider portal links in orders (VIGIL_PUBLIC_URL; else the origin of the issuing request). */
  publicUrl: string | undefined;
  /** Waits between webhook delivery attempts, ms (VIGIL_CONTENT_RETRY_DELAYS_MS, "15000,60000,300000,900000,1800000,3600000"). */
  retryDelaysMs: number[];
  /** Interval of the content job (deliveries, overdue escalation, index freshness), ms (VIGIL_CONTENT_JOB_INTERVAL_MS, 5000; at least 100). */
  jobIntervalMs: number;
}

/** The content module's settings; a malformed value stops the start with the variable's name. */
export function parseContentSettings(env: NodeJS.ProcessEnv): ContentSettings {
  const raw = env.VIGIL_CONTENT_RETRY_DELAYS_MS;
  let retryDelaysMs = [15_000, 60_000, 300_000, 900_000, 1_800_000, 3_600_000];
  if (raw !== undefined && raw.trim() !== '') {
    retryDelaysMs = raw.split(',').map((x) => Number(x.trim()));
    if (!retryDelaysMs.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      throw new Error(`VIGIL_CONTENT_RETRY_DELAYS_MS must be a comma-separated list of waits in ms (e.g. 15000,60000,300000), got "${raw}"`);
    }
  }
  const jobIntervalMs = positiveInt(env.VIGIL_CONTENT_JOB_INTERVAL_MS, 5000, 'VIGIL_CONTENT_JOB_INTERVAL_MS');
  if (jobIntervalMs < 100) throw new Error(`VIGIL_CONTENT_JOB_INTERVAL_MS must be at least 100, got "${env.VIGIL_CONTENT_JOB_INTERVAL_MS}"`);
  const publicUrl = env.VIGIL_PUBLIC_URL?.trim() ? env.VIGIL_PUBLIC_URL.trim().replace(/\/+$/, '') : undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(publicUrl)) throw new Error(`VIGIL_PUBLIC_URL must be an http(s) URL such as https://vigil.example.org, got "${publicUrl}"`);
  return { publicUrl, retryDelaysMs, jobIntervalMs };
}

export interface SharingSettings {
  indexMs: number;
  pullMs: number;
  timeoutMs: number;
  longPollS: number;
  pageSize: number;
  fanOut: number;
  jobs: boolean;
  freshWaitMs: number;
}

/** The sharing module's settings (see Config.sharing). */
export function parseSharingSettings(env: NodeJS.ProcessEnv): SharingSettings {
  return {
    indexMs: positiveInt(env.VIGIL_SHARING_INDEX_MS, 2000, 'VIGIL_SHARING_INDEX_MS'),
    pullMs: positiveInt(env.VIGIL_SHARING_PULL_MS, 30_000, 'VIGIL_SHARING_PULL_MS'),
    timeoutMs: positiveInt(env.VIGIL_SHARING_TIMEOUT_MS, 15_000, 'VIGIL_SHARING_TIMEOUT_MS'),
    longPollS: positiveInt(env.VIGIL_SHARING_LONGPOLL_S, 25, 'VIGIL_SHARING_LONGPOLL_S'),
    pageSize: positiveInt(env.VIGIL_SHARING_PAGE, 1000, 'VIGIL_SHARING_PAGE'),
    fanOut: positiveInt(env.VIGIL_SHARING_FANOUT, 25, 'VIGIL_SHARING_FANOUT'),
    jobs: env.VIGIL_SHARING_JOBS !== '0',
    freshWaitMs: wholeNumber(env.VIGIL_SHARING_FRESH_WAIT_MS, 0, 'VIGIL_SHARING_FRESH_WAIT_MS'),
  };
}

/** Parses VIGIL_TRUST_PROXY: off/empty, a hop count, or a comma-separated list of proxy addresses. */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const v = (value ?? '').trim();
  if (v === '' || /^(off|false|no|0)$/i.test(v)) return false;
  if (/^\d+$/.test(v)) return Number(v);
  if (/^(on|true|yes|all|\*)$/i.test(v)) {
    throw new Error(`VIGIL_TRUST_PROXY must be off, a hop count (e.g. 1) or a comma-separated list of proxy addresses, got "${v}" (trusting every address would let any client choose its address)`);
  }
  const list = v.split(',').map((x) => x.trim()).filter(Boolean);
  for (const a of list) {
    if (!/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(a) && !/^(loopback|linklocal|uniquelocal)$/.test(a)) {
      throw new Error(`VIGIL_TRUST_PROXY: "${a}" is not an IP address, a CIDR range or loopback/linklocal/uniquelocal`);
    }
  }
  return list;
}

/** Reads the configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.VIGIL_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.VIGIL_DEMO === '1' || env.VIGIL_DEMO === 'true',
    demoPassword: env.VIGIL_DEMO_PASSWORD ?? 'vigil-demo',
    retentionGraceDays: Number(env.VIGIL_RETENTION_GRACE_DAYS ?? DEFAULT_RETENTION_GRACE_DAYS),
    secureCookies: env.VIGIL_SECURE_COOKIES === '1',
    loginAttempts: Number(env.VIGIL_LOGIN_ATTEMPTS ?? 10),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: resolve(env.VIGIL_WEB_DIR ?? 'dist/web'),
    imageMaxPixels: positiveInt(env.VIGIL_IMAGE_MAX_PIXELS, 40_000_000, 'VIGIL_IMAGE_MAX_PIXELS'),
    auditKeyFile: resolve(env.VIGIL_AUDIT_KEY_FILE ?? join(env.VIGIL_DATA_DIR ?? './data', 'keys', 'audit-ed25519.pem')),
    auditPublicKeyFile: env.VIGIL_AUDIT_PUBLIC_KEY_FILE ? resolve(env.VIGIL_AUDIT_PUBLIC_KEY_FILE) : undefined,
    auditKeyFingerprint: env.VIGIL_AUDIT_KEY_FINGERPRINT || undefined,
    migrationsDir: env.VIGIL_MIGRATIONS_DIR ? resolve(env.VIGIL_MIGRATIONS_DIR) : undefined,
    trustProxy: parseTrustProxy(env.VIGIL_TRUST_PROXY),
    outboundAllow: parseOutboundAllow(env.VIGIL_OUTBOUND_ALLOW),
    outboundPartnerMaxBytes: positiveInt(env.VIGIL_OUTBOUND_PARTNER_MAX_BYTES, 20_000_000, 'VIGIL_OUTBOUND_PARTNER_MAX_BYTES'),
    outboundWebhookMaxBytes: positiveInt(env.VIGIL_OUTBOUND_WEBHOOK_MAX_BYTES, 1_000_000, 'VIGIL_OUTBOUND_WEBHOOK_MAX_BYTES'),
    secretKey: env.VIGIL_SECRET_KEY || undefined,
    secretKeyFile: resolve(env.VIGIL_SECRET_KEY_FILE ?? join(env.VIGIL_DATA_DIR ?? './data', 'keys', 'secrets.key')),
    crisisPollMs: positiveInt(env.VIGIL_CRISIS_POLL_MS, 100, 'VIGIL_CRISIS_POLL_MS'),
    crisisReplayMax: positiveInt(env.VIGIL_CRISIS_REPLAY_MAX, 1000, 'VIGIL_CRISIS_REPLAY_MAX'),
    crisisHeartbeatMs: positiveInt(env.VIGIL_CRISIS_HEARTBEAT_MS, 15_000, 'VIGIL_CRISIS_HEARTBEAT_MS'),
    auditStrict: env.VIGIL_AUDIT_STRICT === '1' || env.VIGIL_AUDIT_STRICT === '0' ? env.VIGIL_AUDIT_STRICT === '1' : /^(test|development)$/.test(env.NODE_ENV ?? process.env.NODE_ENV ?? ''),
    sqlLog: Boolean(env.VIGIL_SQL_LOG) && env.VIGIL_SQL_LOG !== '0',
    reminderMinutes: wholeNumber(env.VIGIL_REMINDER_MINUTES, 60, 'VIGIL_REMINDER_MINUTES'),
    sharing: parseSharingSettings(env),
    content: parseContentSettings(env),
    activeRequests: wholeNumber(env.VIGIL_ACTIVE_REQUESTS, 16, 'VIGIL_ACTIVE_REQUESTS'),
    activeRequestsWhileScreening: positiveInt(env.VIGIL_ACTIVE_REQUESTS_WHILE_SCREENING, 8, 'VIGIL_ACTIVE_REQUESTS_WHILE_SCREENING'),
    queuedRequests: wholeNumber(env.VIGIL_QUEUED_REQUESTS, 2000, 'VIGIL_QUEUED_REQUESTS'),
    screeningJobs: env.VIGIL_SCREENING_JOBS !== '0',
    screeningSyncMs: Math.max(50, positiveInt(env.VIGIL_SCREENING_SYNC_MS, 250, 'VIGIL_SCREENING_SYNC_MS')),
    screeningRefreshSeconds: env.VIGIL_SCREENING_REFRESH_SECONDS === '0' ? 0 : positiveInt(env.VIGIL_SCREENING_REFRESH_SECONDS, 300, 'VIGIL_SCREENING_REFRESH_SECONDS'),
    watchlistFetch: parseWatchlistFetchSettings(env),
  };
}

/** A whole number setting (0 allowed), or its default when unset. */
function wholeNumber(raw: string | undefined, dflt: number, name: string): number {
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a whole number (0 or more), got "${raw}"`);
  return n;
}

/** A positive integer setting, or its default when unset; anything else stops the start with the setting's name. */
function positiveInt(raw: string | undefined, dflt: number, name: string): number {
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return n;
}
