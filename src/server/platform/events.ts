/**
 * Cross-module effects, inside the transaction that causes them. A module announces what happened
 * (`emit`), other modules subscribe in their `subscribe(p)` (module.ts): the handlers run in the same
 * transaction, in registration order, so the change and its effects commit or roll back together.
 * Every event and its payload is listed here — the one place that says which module reacts to what.
 */
import type { Ctx } from './context.ts';
import type { Database } from './db.ts';

export interface DomainEvents {
  /** intel: a subject is about to be deleted (its row still exists); drop what hangs on it. */
  'intel.subject-deleting': { subjectId: string };
  /** threat: a new assessment set a target's level. */
  'threat.level-changed': { targetKind: string; targetKey: string; level: number; assessmentId: string };
  /** crisis: an incident changed (declared, phase, state). */
  'crisis.incident-changed': { incidentId: string; change: string };
  /** legal: a legal basis expired or was amended; records citing it need review. */
  'legal.basis-changed': { basisId: string; successorId: string | null };
}

export type EventName = keyof DomainEvents;
export type EventHandler<K extends EventName> = (tx: Database, ctx: Ctx, payload: DomainEvents[K]) => Promise<void>;

export class EventRegistry {
  private readonly handlers = new Map<EventName, Array<{ module: string; handle: EventHandler<never> }>>();

  /** `module` names the subscriber (error messages, docs/MODULES.md's table). */
  on<K extends EventName>(name: K, module: string, handle: EventHandler<K>): void {
    const list = this.handlers.get(name) ?? [];
    list.push({ module, handle: handle as EventHandler<never> });
    this.handlers.set(name, list);
  }

  /** Runs every subscriber inside `tx`; a failing subscriber fails the whole change. */
  async emit<K extends EventName>(tx: Database, ctx: Ctx, name: K, payload: DomainEvents[K]): Promise<void> {
    for (const h of this.handlers.get(name) ?? []) await (h.handle as EventHandler<K>)(tx, ctx, payload);
  }

  /** Who listens to what (for the shape test and the docs). */
  subscribers(): Array<{ event: EventName; module: string }> {
    return [...this.handlers].flatMap(([event, list]) => list.map((h) => ({ event, module: h.module })));
  }
}
