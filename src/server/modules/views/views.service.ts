/**
 * Saved views: a user's named table states per screen (sort, page size, filter chips), kept as the
 * screen's URL query. Only their user lists, saves or deletes them; another user's view is answered
 * exactly like a missing one.
 */
import { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { presentView } from './views.presenter.ts';
import * as repo from './views.repository.ts';

/** The screens whose tables can be saved as views. */
export const VIEW_SCREENS = ['reports', 'subjects', 'sharing', 'hits', 'audit', 'orders'] as const;
/** Views one user keeps at most per screen. */
export const VIEWS_PER_SCREEN = 50;

const KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/;

export const listQuery = z.object({ screen: z.enum(VIEW_SCREENS).optional() });
export const viewInput = z.object({
  screen: z.enum(VIEW_SCREENS),
  name: z.string().trim().min(1, 'give the view a name').max(80),
  query: z.string().max(2000).default(''),
});

/** The query of a view in one canonical form; 400 naming `query` when a parameter is not a plain table setting. */
export function normaliseQuery(raw: string): string {
  const params = new URLSearchParams(raw.startsWith('?') ? raw.slice(1) : raw);
  const out = new URLSearchParams();
  for (const [k, v] of params) {
    if (!KEY.test(k)) throw invalid(`"${k.slice(0, 40)}" is not a table setting.`, 'query');
    if (v.length > 300) throw invalid(`The value of "${k}" is longer than 300 characters.`, 'query');
    // The page is where the user was, not part of the view.
    if (k !== 'page') out.append(k, v);
  }
  return out.toString();
}

/** Every signed-in user keeps their own views; nobody else's. */
function requireUser(ctx: Ctx): string {
  if (!ctx.actor.userId) throw forbidden('Saved views belong to a signed-in user.');
  return ctx.actor.userId;
}

/** The caller's saved views (of one screen, or all), by name. */
export async function listViews(p: Platform, ctx: Ctx, q: z.infer<typeof listQuery>) {
  const userId = requireUser(ctx);
  return { views: (await repo.ownViews(p.db, userId, q.screen)).map(presentView) };
}

/** Saves the caller's view of a screen under a name (the same name replaces the earlier view). */
export async function saveView(p: Platform, ctx: Ctx, input: z.infer<typeof viewInput>) {
  const userId = requireUser(ctx);
  const query = normaliseQuery(input.query);
  return p.db.transaction().execute(async (tx) => {
    const existing = (await repo.ownViews(tx, userId, input.screen)).some((v) => v.name === input.name);
    if (!existing && (await repo.countOwn(tx, userId, input.screen)) >= VIEWS_PER_SCREEN) {
      throw invalid(`You keep at most ${VIEWS_PER_SCREEN} views on this screen; delete one first.`, 'name');
    }
    const row = await repo.upsertView(tx, { id: crypto.randomUUID(), userId, screen: input.screen, name: input.name, query });
    await p.record(ctx, [{ action: 'view.save', recordType: 'saved_view', recordId: row.id, details: { screen: input.screen, replaced: existing } }], tx);
    return presentView(row);
  });
}

/** Deletes one of the caller's views (404 for a missing view and for another user's). */
export async function deleteView(p: Platform, ctx: Ctx, id: string): Promise<{ ok: true }> {
  const userId = requireUser(ctx);
  await p.db.transaction().execute(async (tx) => {
    if (!(await repo.deleteOwn(tx, userId, id))) throw notFound('view');
    await p.record(ctx, [{ action: 'view.delete', recordType: 'saved_view', recordId: id }], tx);
  });
  return { ok: true as const };
}
