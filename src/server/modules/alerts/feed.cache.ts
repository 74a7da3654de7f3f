/**
 * The public answers (Atom feed, CAP messages, signatures, keys), computed once and kept in memory, so
 * a crowd of notice boards never reaches the database. A publication rebuilds them right after its
 * commit; every process also polls the feed version (bumped in each publishing transaction), so a
 * second Vigil process on the same database serves a new alert within a poll interval.
 */
import { createHash } from 'node:crypto';
import { orderedInfo, type AlertContent } from '../../../core/alerts/cap.ts';
import { writeAtom, type FeedEntry } from '../../../core/alerts/atom.ts';
import type { Database } from '../../platform/db.ts';
import type { Platform } from '../../platform/platform.ts';
import { feedVersion, publishedForFeed, publishedMessage, signingKeys } from './alerts.repository.ts';
import { organisationNames } from '../admin/directory.service.ts';

/** Published alerts listed in the feed and kept in memory. */
export const FEED_SIZE = 200;
export const POLL_MS = 1000;

export interface CachedAnswer {
  body: Buffer;
  etag: string;
  type: string;
  cacheControl: string;
}

const etagOf = (b: Buffer) => `"${createHash('sha256').update(b).digest('base64url').slice(0, 27)}"`;

function answer(body: Buffer | string, type: string, cacheControl: string): CachedAnswer {
  const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return { body: b, etag: etagOf(b), type, cacheControl };
}

// A published message never changes; the feed changes with each publication.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const FEED_CACHE = 'public, max-age=10, must-revalidate';
const CAP_TYPE = 'application/cap+xml; charset=utf-8';

function title(r: { status: string; msg_type: string; content: AlertContent }): string {
  const en = r.content.info.find((i) => i.language === 'en-GB')?.headline ?? orderedInfo(r.content.info)[0]?.headline ?? '';
  return `${r.status === 'Exercise' ? 'EXERCISE: ' : ''}${r.msg_type === 'Alert' ? '' : `${r.msg_type}: `}${en}`;
}

export class FeedCache {
  private version = -1;
  private feed: CachedAnswer | null = null;
  private keys: CachedAnswer | null = null;
  private messages = new Map<string, { xml: CachedAnswer; sig: CachedAnswer }>();
  /** Whether every published alert is in memory (then an unknown id needs no database look-up). */
  private complete = false;
  private building: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Database) {}

  /** Rebuilds every answer from the published alerts (concurrent calls share one rebuild, plus one after it). */
  refresh(): Promise<void> {
    if (this.building) {
      this.again = true;
      return this.building;
    }
    this.building = (async () => {
      try {
        do {
          this.again = false;
          await this.build();
        } while (this.again);
      } finally {
        this.building = null;
      }
    })();
    return this.building;
  }

  private async build(): Promise<void> {
    const version = await feedVersion(this.db);
    const rows = await publishedForFeed(this.db, FEED_SIZE);
    const issuers = await organisationNames(this.db, rows.map((r) => r.owner_org_id));
    const entries: FeedEntry[] = rows.map((r) => ({
      id: r.id,
      identifier: r.identifier ?? '',
      title: title(r),
      summary: orderedInfo(r.content.info)
        .map((i) => `${i.language}: ${i.headline}`)
        .join(' | '),
      author: issuers.get(r.owner_org_id) ?? '',
      published: new Date(r.published_at!).toISOString(),
      status: r.status,
      msgType: r.msg_type,
    }));
    const messages = new Map<string, { xml: CachedAnswer; sig: CachedAnswer }>();
    for (const r of rows) {
      messages.set(r.id, { xml: answer(r.xml!, CAP_TYPE, IMMUTABLE), sig: answer(Buffer.from(r.signature!, 'base64'), 'application/octet-stream', IMMUTABLE) });
    }
    const keys = await signingKeys(this.db);
    this.keys = answer(keys.map((k) => k.public_key.trim()).join('\n') + '\n', 'application/x-pem-file', FEED_CACHE);
    this.feed = answer(writeAtom(entries, new Date(0).toISOString()), 'application/atom+xml; charset=utf-8', FEED_CACHE);
    this.messages = messages;
    this.complete = rows.length < FEED_SIZE;
    this.version = version;
  }

  /** Polls the feed version and rebuilds when another process published. */
  start(log: (e: unknown, what: string) => void): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      void (async () => {
        try {
          if ((await feedVersion(this.db)) !== this.version) await this.refresh();
        } catch (e) {
          log(e, 'feed refresh');
        }
      })();
    }, POLL_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async ready(): Promise<void> {
    if (!this.feed) await this.refresh();
  }

  async feedAnswer(): Promise<CachedAnswer> {
    await this.ready();
    return this.feed!;
  }

  async keysAnswer(): Promise<CachedAnswer> {
    await this.ready();
    return this.keys!;
  }

  /** A published message or its signature; null when no published alert has this id. */
  async messageAnswer(id: string, part: 'xml' | 'sig'): Promise<CachedAnswer | null> {
    await this.ready();
    const hit = this.messages.get(id);
    if (hit) return hit[part];
    if (this.complete) return null;
    // Older than the feed's window: from the database (published messages only).
    const r = await publishedMessage(this.db, id);
    if (!r) return null;
    return part === 'xml' ? answer(r.xml!, CAP_TYPE, IMMUTABLE) : answer(Buffer.from(r.signature!, 'base64'), 'application/octet-stream', IMMUTABLE);
  }
}

const caches = new WeakMap<Platform, FeedCache>();

/** The feed cache of a platform (one per server process). */
export function feedCache(p: Platform): FeedCache {
  let c = caches.get(p);
  if (!c) {
    c = new FeedCache(p.db);
    caches.set(p, c);
  }
  return c;
}

/** Whether an If-None-Match header names this ETag (or is "*"). */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '');
    return v === '*' || v === etag;
  });
}
