/**
 * Organisations as competent authorities (issuer and host member state of a removal order). These are
 * the admin module's `organisations`, read here until its directory service (admin/directory.service.ts)
 * offers an organisation's country and the authorities of a country; nothing else of content reads them.
 */
import type { Database } from '../../platform/db.ts';

/** The name and country of an organisation. */
export function organisationNameCountry(d: Database, id: string): Promise<{ name: string; country: string }> {
  return d.selectFrom('organisations').select(['name', 'country']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** The competent authorities of a member state: its organisations other than oversight bodies. */
export function authoritiesOf(d: Database, country: string) {
  return d.selectFrom('organisations').select(['id', 'name', 'country', 'kind', 'contact']).where('country', '=', country).where('kind', '<>', 'oversight').orderBy('name').limit(200).execute();
}
