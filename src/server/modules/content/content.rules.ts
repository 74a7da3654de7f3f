/**
 * What every content service shares: the access check each one does first, the offences of terrorist
 * content, the deadlines of Regulation 2021/784, bank markings, and URL keys for duplicate detection.
 */
import { BANK_OWNER_ONLY_TLPS, bankMarkings, hasPermission, type RecordMarkings } from '../../../core/access/policy.ts';
import type { Permission } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';

export const MODULE = 'content' as const;

/** The access check every content service does first. */
export function requirePermission(ctx: Ctx, permission: Permission, what: string): void {
  if (!hasPermission(ctx.actor, MODULE, permission)) throw forbidden(`You need ${permission} permission on online content to ${what}.`);
}

/** Offences of terrorist content (Regulation 2021/784, art. 2(7), referring to Directive 2017/541). */
export const OFFENCES = ['incitement', 'solicitation', 'participation', 'instruction', 'threat'] as const;
export const OFFENCE_TEXT: Record<(typeof OFFENCES)[number], string> = {
  incitement: 'incites the commission of terrorist offences (Directive 2017/541, art. 3(1)(a)–(i); Regulation 2021/784, art. 2(7)(a))',
  solicitation: 'solicits a person or group to commit or contribute to terrorist offences (art. 2(7)(b))',
  participation: 'solicits participation in the activities of a terrorist group (art. 2(7)(c))',
  instruction: 'provides instruction on making or using explosives, weapons or hazardous substances for terrorist offences (art. 2(7)(d))',
  threat: 'constitutes a threat to commit a terrorist offence (art. 2(7)(e))',
};

/** Minimum PDQ quality for matching (Meta's recommendation). */
export const MIN_QUALITY = 50;
export const DEFAULT_THRESHOLD = 31;
/** Removal orders: one hour (art. 3(3)); cross-border scrutiny: 72 hours (art. 4(4)). */
export const REMOVAL_DEADLINE_MS = 3_600_000;
export const SCRUTINY_MS = 72 * 3_600_000;
/** Banks at these TLP levels are visible to, and matched for, their owner organisation only (the rule lives in the access policy). */
export const OWNER_ONLY_TLPS: ReadonlySet<string> = new Set(BANK_OWNER_ONLY_TLPS);

/** A bank's markings as the access policy reads them (the TLP rule: policy.ts, bankMarkings). */
export function bankRowMarkings(b: { id: string; owner_org_id: string; tlp: string }): RecordMarkings {
  return bankMarkings({ id: b.id, ownerOrgId: b.owner_org_id, tlp: b.tlp });
}

/** The audit identity of the background worker. */
export const SYSTEM_ACTOR = { userId: null, username: 'system', orgId: null, orgName: 'Vigil' } as const;

/** Normalises a URL for duplicate detection: lower-case scheme and host, no fragment, no default port, no trailing slash. */
export function urlKey(raw: string): string {
  try {
    const u = new URL(raw.trim());
    u.hash = '';
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    let s = `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
    s = s.replace(/^https?:/, 'http:');
    return s;
  } catch {
    return raw.trim().toLowerCase();
  }
}
