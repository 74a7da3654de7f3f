/**
 * What the prevention forms pick from: Belgian municipalities (the shipped map), the people who may be
 * made members of a cell (users with a prevention right, through the admin module's directory), and
 * the legal bases for processing in force (the legal module's registry, through its exported service
 * basesForMarkings; this module never reads legal's tables).
 */
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { usersOfModule } from '../admin/directory.service.ts';
import { basesForMarkings } from '../legal/registry.service.ts';
import * as cells from './cells.repository.ts';
import { allMunicipalities, municipalityName } from '../../platform/geo.ts';
import { coordinates, isPreventionAdmin, MODULE, requireRight } from './prevention.access.ts';

/** Every municipality by NIS code with its name (reference data, not personal: not audited). */
export function listMunicipalities(_p: Platform, ctx: Ctx) {
  requireRight(ctx, 'read');
  return allMunicipalities()
    .map((m) => ({ nisCode: m.nis, name: municipalityName(m.nis)! }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Whether the caller coordinates at least one cell. */
async function coordinatesACell(p: Platform, ctx: Ctx): Promise<boolean> {
  for (const c of await cells.listCells(p.db, ctx.actor.userId)) if (coordinates(await cells.memberOf(p.db, c.id, ctx.actor.userId), c.org_id)) return true;
  return false;
}

/**
 * The people a cell may take as members: users holding a prevention right, with their organisation.
 * For prevention administrators (creating a cell) and coordinators (adding members); audited with the ids.
 */
export async function listPeople(p: Platform, ctx: Ctx) {
  requireRight(ctx, 'write');
  if (!isPreventionAdmin(ctx) && !(await coordinatesACell(p, ctx))) throw forbidden("Only a prevention administrator or a cell's coordinator picks members.");
  const users = await usersOfModule(p.db, MODULE);
  await p.orgs.fresh();
  await p.record(ctx, [{ action: 'prevention.people-list', recordType: 'user', recordIds: users.map((u) => u.id), details: { count: users.length } }]);
  return users.map((u) => ({ userId: u.id, name: u.displayName, orgId: u.orgId, orgName: p.orgs.name(u.orgId) }));
}

/**
 * The legal bases for processing in force today, from the legal registry (its `basesForMarkings`, open
 * to every signed-in user: it is the law, not personal data), each with the citation a case keeps.
 */
export async function listLegalBases(p: Platform, ctx: Ctx) {
  requireRight(ctx, 'read');
  try {
    const rows = (await basesForMarkings(p, ctx)).filter((r) => r.inForce);
    return { available: true, bases: rows.map((r) => ({ id: r.id, code: r.code, title: r.title, article: r.article, textReference: r.textReference, validFrom: r.validFrom, validTo: r.validTo })) };
  } catch (e) {
    // A registry the caller may not read leaves the form with the basis as text.
    if (e instanceof AppError && (e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED')) return { available: false, bases: [] };
    throw e;
  }
}

/** The registry's basis a case cites: a basis for processing in force today; its citation is kept with the case. */
export async function basisFromRegistry(p: Platform, ctx: Ctx, id: string, field = 'legalBasisId'): Promise<{ id: string; text: string }> {
  const entry = (await basesForMarkings(p, ctx)).find((r) => r.id === id);
  if (!entry) throw invalid('No such legal basis for processing in the legal registry.', field);
  if (!entry.inForce) throw invalid(entry.successorId ? 'This version of the basis is no longer in force; choose its current version.' : 'This legal basis is not in force today.', field);
  return { id: entry.id, text: entry.citation };
}
