/**
 * Federation, receiving side: one loop per registered partner pulls its TAXII collections
 * incrementally (a cursor on date added per collection, following `next` within a run), then
 * long-polls the partner's /api/sharing/events until it has something new (near real time), falling
 * back to the pull interval for servers without it. Each partner runs on its own: one that fails,
 * answers garbage or goes silent (timeout) is recorded on its status and retried with back-off, and
 * the others go on. Disabling or deleting a partner aborts its loop at once; a token revoked by the
 * partner makes its next request fail (401), which stops the flow.
 */
import type { StixObject } from '../../../core/sharing/stix.ts';
import { StixError, validateEnvelope } from '../../../core/sharing/validate.ts';
import { OutboundRefused, outboundFetch } from '../../platform/outbound.ts';
import type { Platform } from '../../platform/platform.ts';
import { loadKeyring, unseal } from '../../platform/secrets.ts';
import { storeReceived } from './exchange.service.ts';
import type { OnStored } from './objects.repository.ts';
import * as repo from './partners.repository.ts';
import type { PartnerRow } from './partners.repository.ts';

export const TAXII_MEDIA = 'application/taxii+json;version=2.1';
const SYSTEM = { userId: null, username: 'system:sharing', orgId: null, orgName: 'Vigil' };

export interface FederationOptions {
  /** Pause between pulls when the partner offers no long-poll, and the base of the back-off. */
  pullMs: number;
  /** Longest a request to a partner may take. */
  timeoutMs: number;
  /** How long a long-poll waits at the partner. */
  longPollS: number;
  pageSize: number;
}

class PartnerError extends Error {}

export class Federation {
  private loops = new Map<string, AbortController>();
  /** The partner's latest date_added its long-poll announced (so objects outside our collections do not wake us again). */
  private lastSeen = new Map<string, string>();
  private stopped = false;

  constructor(
    private readonly p: Platform,
    private readonly opts: FederationOptions,
    private readonly onStored: OnStored,
    private readonly log: (msg: string, err?: unknown) => void,
  ) {}

  async start(): Promise<void> {
    for (const r of await repo.enabledPartners(this.p.db)) this.run(r);
  }

  stop(): void {
    this.stopped = true;
    for (const c of this.loops.values()) c.abort();
    this.loops.clear();
  }

  /** (Re)starts the loop of a partner after a change, or stops it. */
  async restart(id: string): Promise<void> {
    this.loops.get(id)?.abort();
    this.loops.delete(id);
    const partner = await repo.findEnabledPartner(this.p.db, id);
    if (partner && !this.stopped) this.run(partner);
  }

  private run(partner: PartnerRow): void {
    const ctl = new AbortController();
    this.loops.set(partner.id, ctl);
    void (async () => {
      let failures = 0;
      while (!ctl.signal.aborted) {
        try {
          await this.syncPartner(partner, ctl.signal);
          failures = 0;
          await this.waitForChange(partner, ctl.signal);
        } catch (e) {
          if (ctl.signal.aborted) break;
          failures++;
          await this.recordFailure(partner.id, e).catch((err) => this.log('sharing: cannot record a partner failure', err));
          await sleep(Math.min(this.opts.pullMs * 2 ** Math.min(failures, 6), 60_000), ctl.signal);
        }
      }
    })();
  }

  /**
   * GET with the partner's token, aborted by `signal` or after `timeoutMs` (own timer: a timeout
   * signal combined with AbortSignal.any can be collected early on Node 20 and never fire).
   */
  private async get(partner: PartnerRow, url: URL, signal: AbortSignal, timeoutMs: number): Promise<Response> {
    const ctl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctl.abort();
    }, timeoutMs);
    const onAbort = () => ctl.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      // Through the outbound door: allowed addresses only, https for the token, bounded answer, redirects checked per hop.
      const token = unseal(loadKeyring(this.p.config), 'sharing_partners.token', partner.token);
      const res = await outboundFetch(this.p.config.outboundAllow, url, {
        headers: { accept: TAXII_MEDIA, authorization: `Bearer ${token}` },
        secret: true,
        maxRedirects: 3,
        maxBytes: this.p.config.outboundPartnerMaxBytes,
        timeoutMs: timeoutMs + 1000,
        signal: ctl.signal,
      });
      return new Response(res.status === 204 || res.status === 304 ? null : new Uint8Array(res.body), { status: res.status, headers: res.headers });
    } catch (e) {
      if (signal.aborted) throw e;
      if (e instanceof OutboundRefused) throw new PartnerError(`${url.pathname}: refused: ${e.message}`);
      throw new PartnerError(`${url.pathname}: no answer (${timedOut ? `timed out after ${timeoutMs} ms` : String((e as Error).message ?? e)})`);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }

  private async request(partner: PartnerRow, url: URL, signal: AbortSignal, timeoutMs = this.opts.timeoutMs): Promise<unknown> {
    const res = await this.get(partner, url, signal, timeoutMs);
    const text = await res.text();
    if (res.status === 404 && url.pathname.endsWith('/api/sharing/events')) return undefined;
    if (!res.ok) throw new PartnerError(`${url.pathname}: HTTP ${res.status}${res.status === 401 ? ' (token refused or revoked)' : ''}`);
    try {
      return JSON.parse(text);
    } catch {
      throw new PartnerError(`${url.pathname}: the answer is not JSON`);
    }
  }

  /** The collections to pull: the registered ones, or every readable one the partner lists. */
  private async collections(partner: PartnerRow, signal: AbortSignal): Promise<string[]> {
    if (partner.collections.length > 0) return partner.collections;
    const body = (await this.request(partner, new URL('collections/', partner.api_root), signal)) as { collections?: Array<{ id?: unknown; can_read?: unknown }> };
    if (!body || (body.collections !== undefined && !Array.isArray(body.collections))) throw new PartnerError('collections: not a TAXII collections resource');
    return (body.collections ?? []).filter((c) => c.can_read === true && typeof c.id === 'string').map((c) => String(c.id));
  }

  /** Pulls everything new from a partner; returns the number of new versions stored. */
  async syncPartner(partner: PartnerRow, signal: AbortSignal = new AbortController().signal): Promise<number> {
    await repo.markAttempt(this.p.db, partner.id);
    let stored = 0;
    for (const cid of await this.collections(partner, signal)) {
      const cursor = await repo.cursorOf(this.p.db, partner.id, cid);
      let next: string | undefined;
      for (;;) {
        const url = new URL(`collections/${encodeURIComponent(cid)}/objects/`, partner.api_root);
        url.searchParams.set('limit', String(this.opts.pageSize));
        if (cursor) url.searchParams.set('added_after', cursor);
        if (next) url.searchParams.set('next', next);
        const { body, last } = await this.fetchPage(partner, url, signal);
        let env: { objects: StixObject[]; more: boolean; next: string | undefined };
        try {
          env = validateEnvelope(body);
        } catch (e) {
          if (e instanceof StixError) {
            await repo.countRejected(this.p.db, partner.id, 1);
            throw new PartnerError(`collection ${cid}: invalid STIX at ${e.pointer}: ${e.message}; nothing of the page was stored`);
          }
          throw e;
        }
        const ids = await storeReceived(
          this.p,
          env.objects,
          { origin: 'partner', originInstance: partner.api_root, partnerId: partner.id, receivingOrgId: partner.receiving_org_id, fallbackOrg: { id: partner.id, name: partner.name } },
          this.onStored,
        );
        stored += ids.length;
        const done = !env.more || !env.next;
        // The cursor moves only when a run reaches the end: a run cut short starts over from the old cursor.
        if (done && last) {
          await repo.saveCursor(this.p.db, partner.id, cid, last);
        }
        if (ids.length) {
          await repo.countReceived(this.p.db, partner.id, ids.length);
          await this.p.audit.append(SYSTEM, [{ action: 'sharing.receive', recordType: 'partner', recordId: partner.id, details: { collection: cid, count: ids.length } }]);
        }
        if (done) break;
        next = env.next;
      }
    }
    await repo.markSuccess(this.p.db, partner.id);
    return stored;
  }

  private async fetchPage(partner: PartnerRow, url: URL, signal: AbortSignal): Promise<{ body: unknown; last: string | null }> {
    const res = await this.get(partner, url, signal, this.opts.timeoutMs);
    if (!res.ok) throw new PartnerError(`${url.pathname}: HTTP ${res.status}${res.status === 401 ? ' (token refused or revoked)' : ''}`);
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new PartnerError(`${url.pathname}: the answer is not JSON`);
    }
    return { body, last: res.headers.get('x-taxii-date-added-last') };
  }

  /** Waits at the partner until it has something new for us (or the pull interval, without long-poll). */
  private async waitForChange(partner: PartnerRow, signal: AbortSignal): Promise<void> {
    const cursor = await repo.latestCursor(this.p.db, partner.id);
    const url = new URL('/api/sharing/events', partner.api_root);
    url.searchParams.set('wait', String(this.opts.longPollS));
    const seen = this.lastSeen.get(partner.id);
    const after = [cursor, seen].filter((x): x is string => !!x).sort().pop();
    if (after) url.searchParams.set('after', after);
    const body = (await this.request(partner, url, signal, this.opts.longPollS * 1000 + this.opts.timeoutMs)) as { changed?: boolean; last?: string } | undefined;
    if (body?.last) this.lastSeen.set(partner.id, body.last);
    if (body === undefined) await sleep(this.opts.pullMs, signal);
    else if (!body.changed) await sleep(Math.min(this.opts.pullMs, 1000), signal);
  }

  private async recordFailure(id: string, e: unknown): Promise<void> {
    const message = e instanceof PartnerError ? e.message : `unexpected failure: ${String((e as Error)?.message ?? e)}`;
    await repo.markFailure(this.p.db, id, message);
    await this.p.audit.append(SYSTEM, [{ action: 'sharing.partner-failure', recordType: 'partner', recordId: id, details: { message: message.slice(0, 300) } }]);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    t.unref();
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
