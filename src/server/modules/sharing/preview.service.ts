import { z } from 'zod';
import { markingsInput } from '../../../core/contracts.ts';
import { sharingPreview } from '../../../core/sharing/preview.ts';
import { MODULES, type OrgKind } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { organisationsWithGroups } from '../admin/directory.service.ts';

export const previewInput = z.object({
  markings: markingsInput,
  module: z.enum(MODULES).default('intel'),
  /** The owner organisation; defaults to the caller's (the one that will own the record). */
  ownerOrgId: z.string().uuid().optional(),
});

/**
 * Who will see a record with these markings, and how (full / hit-no-hit / none), per organisation,
 * with the scope it travels with to foreign partners. Any signed-in user may ask: it reveals only the
 * organisations and sharing groups every user already sees.
 */
export async function preview(p: Platform, ctx: Ctx, input: z.infer<typeof previewInput>) {
  void ctx; // any signed-in user; nothing about records is read
  const orgs = await organisationsWithGroups(p.db);
  const lines = sharingPreview(
    input.markings,
    input.ownerOrgId ?? ctx.actor.orgId,
    orgs.map((o) => ({ ...o, kind: o.kind as OrgKind })),
    input.module,
  );
  return {
    classification: input.markings.classification,
    note: 'Within each organisation, only users with a role on the module and a clearance of at least the classification read the record.',
    organisations: lines,
  };
}
