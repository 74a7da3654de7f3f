/**
 * Group commit of statements written with their audit entries (AuditLog.appendWith). Every such
 * statement takes the audit chain's turn, one after the other; under a mixed load of 64 users the
 * chain was busy all the time, and the single screens at the desk were half of its turns (bench/load).
 * Callers of one kind that arrive while one of them waits for its turn join it: when the turn comes,
 * all of them are written in one statement with all their audit entries, so a burst of screens takes
 * one turn instead of one each. Should the shared statement fail for another reason than a missed head
 * (one caller's rows refused), each is written alone, so one caller's fault never fails the others.
 */
import type { RawBuilder } from 'kysely';
import { HeldEvents, type AuditLog } from './audit.ts';
import type { Database } from './db.ts';

/** Writes the rows of several callers and their audit entries (`append`, evaluated once) in one statement; the results in the order given. */
export type GroupWrite<T, R> = (ex: Database, items: T[], append: RawBuilder<unknown>) => Promise<R[]>;

interface Member<T, R> {
  item: T;
  held: HeldEvents;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

export class GroupedWrites<T, R> {
  /** The group waiting for its turn, urgent and ordinary apart (an urgent caller never waits in an ordinary turn). */
  private readonly open: { urgent: Array<Member<T, R>> | null; ordinary: Array<Member<T, R>> | null } = { urgent: null, ordinary: null };
  private readonly stat = { groups: 0, written: 0, alone: 0 };

  constructor(
    private readonly audit: AuditLog,
    private readonly write: GroupWrite<T, R>,
  ) {}

  /** Writes `item` with the events held for it, in the next group of its urgency. */
  add(item: T, held: HeldEvents): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const member: Member<T, R> = { item, held, resolve, reject };
      const kind = held.urgent ? 'urgent' : 'ordinary';
      const waiting = this.open[kind];
      if (waiting) {
        waiting.push(member);
        return;
      }
      const group = [member];
      this.open[kind] = group;
      void this.lead(kind, group);
    });
  }

  private async lead(kind: 'urgent' | 'ordinary', group: Array<Member<T, R>>): Promise<void> {
    const held = new HeldEvents();
    held.urgent = kind === 'urgent';
    // When the turn comes the group closes: later callers start the next one.
    const close = () => {
      if (this.open[kind] !== group) return;
      this.open[kind] = null;
      for (const m of group) held.items.push(...m.held.items);
    };
    try {
      const results = await this.audit.appendWith(held, (ex, append) => this.write(ex, group.map((m) => m.item), append), { onTurn: close });
      this.stat.groups++;
      this.stat.written += group.length;
      group.forEach((m, i) => m.resolve(results[i]!));
    } catch (e) {
      close();
      if (group.length === 1) {
        group[0]!.reject(e);
        return;
      }
      this.stat.alone += group.length;
      await Promise.all(
        group.map((m) =>
          this.audit.appendWith(m.held, async (ex, append) => (await this.write(ex, [m.item], append))[0]!).then(m.resolve, m.reject),
        ),
      );
    }
  }

  /** Groups written, callers written in them, and callers written alone after their group failed. For tests and benchmarks. */
  stats(): { groups: number; written: number; alone: number } {
    return { ...this.stat };
  }
}
