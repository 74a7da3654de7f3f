/**
 * The in-memory PDQ match index of one process: built from the database at start, updated as banks
 * change here, and rebuilt when another process changed banks (the generation in
 * content_index_state moved on without us).
 */
import { MatchIndex } from '../../../core/content/index.ts';
import type { Database } from '../../platform/db.ts';
import * as repo from './banks.repository.ts';
import { MIN_QUALITY } from './content.rules.ts';

export interface BankInfo {
  id: string;
  name: string;
  enabled: boolean;
  threshold: number;
  tlp: string;
  ownerOrgId: string;
}

/** Whether the caller may read (and so match against) a bank: the access policy's bank rule (canReadBank). */
export type BankReadable = (b: BankInfo) => boolean;

export interface PdqHit {
  entryId: string;
  bankId: string;
  distance: number;
}

export class ContentMatcher {
  private index = new MatchIndex();
  /** Index id → entry and bank. */
  private slots: Array<{ entryId: string; bankId: string } | undefined> = [];
  private byEntry = new Map<string, number>();
  readonly banks = new Map<string, BankInfo>();
  /** The generation this index reflects; -1 when it missed a change and must be rebuilt. */
  generation = -1;

  constructor(private readonly db: Database) {}

  /** Rebuilds everything from the database. */
  async load(): Promise<void> {
    const generation = await repo.indexGeneration(this.db);
    const banks = await repo.bankInfos(this.db);
    const index = new MatchIndex();
    const slots: typeof this.slots = [];
    const byEntry = new Map<string, number>();
    // Keyset pages, so a large bank never sits in memory twice as rows.
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await repo.pdqEntryPage(this.db, after, 50_000);
      for (const r of rows) {
        const id = index.add(r.pdq!, r.quality);
        slots[id] = { entryId: r.id, bankId: r.bank_id };
        byEntry.set(r.id, id);
      }
      if (rows.length < 50_000) break;
      after = rows[rows.length - 1]!.id;
    }
    index.optimize();
    this.index = index;
    this.slots = slots;
    this.byEntry = byEntry;
    this.banks.clear();
    for (const b of banks) this.setBank({ id: b.id, name: b.name, enabled: b.enabled, threshold: b.threshold, tlp: b.tlp, ownerOrgId: b.owner_org_id });
    this.generation = generation;
  }

  /**
   * Bumps the shared generation inside a bank change's transaction. Returns a function to call after
   * commit: it records the new generation if no other process changed banks in between.
   */
  async bump(tx: Database): Promise<() => void> {
    const next = await repo.bumpGeneration(tx);
    const expected = this.generation + 1;
    return () => {
      this.generation = next === expected ? next : -1;
    };
  }

  /** Rebuilds when another process changed banks since our last load or change. */
  async refreshIfStale(): Promise<boolean> {
    if (this.generation >= 0 && (await repo.indexGeneration(this.db)) === this.generation) return false;
    await this.load();
    return true;
  }

  setBank(b: BankInfo): void {
    this.banks.set(b.id, b);
  }

  removeBank(bankId: string): void {
    this.banks.delete(bankId);
    for (const [entryId, id] of this.byEntry) {
      if (this.slots[id]?.bankId === bankId) {
        this.index.remove(id);
        this.slots[id] = undefined;
        this.byEntry.delete(entryId);
      }
    }
  }

  addEntry(entryId: string, bankId: string, pdq: string, quality: number): void {
    const id = this.index.add(pdq, quality);
    this.slots[id] = { entryId, bankId };
    this.byEntry.set(entryId, id);
  }

  removeEntry(entryId: string): void {
    const id = this.byEntry.get(entryId);
    if (id === undefined) return;
    this.index.remove(id);
    this.slots[id] = undefined;
    this.byEntry.delete(entryId);
  }

  /** Whether a bank exists here, is enabled, and may be matched by the caller (`readable`: the policy's bank rule). */
  matchable(bankId: string, readable: BankReadable): BankInfo | undefined {
    const b = this.banks.get(bankId);
    if (!b || !b.enabled) return undefined;
    if (!readable(b)) return undefined;
    return b;
  }

  /**
   * Entries within their bank's threshold of `pdq` (and within `maxDistance` when given), in enabled
   * banks the caller may read, nearest first. Quality < 50 never matches.
   */
  query(pdq: string, readable: BankReadable, maxDistance?: number): PdqHit[] {
    let widest = -1;
    for (const b of this.banks.values()) if (this.matchable(b.id, readable)) widest = Math.max(widest, b.threshold);
    if (maxDistance !== undefined) widest = Math.min(widest, maxDistance);
    if (widest < 0) return [];
    const out: PdqHit[] = [];
    for (const h of this.index.query(pdq, widest)) {
      const slot = this.slots[h.id];
      if (!slot) continue;
      const b = this.matchable(slot.bankId, readable);
      if (!b || h.distance > b.threshold) continue;
      out.push({ entryId: slot.entryId, bankId: slot.bankId, distance: h.distance });
    }
    return out;
  }

  get size(): number {
    return this.byEntry.size;
  }
}

export { MIN_QUALITY };
