import { describe, expect, it } from 'vitest';
import type { Actor } from './policy.ts';
import { canDraftLegal, canReadLegal, legalFilter, legalRoles } from './legal.ts';

const ctx = { now: new Date('2026-05-01T00:00:00Z'), graceDays: 30 };
const actor = (orgId: string, orgKind: Actor['orgKind'], legal: Actor['roles']['legal'], extra: Partial<Actor> = {}): Actor => ({ userId: 'u', orgId, orgKind, clearance: 'secret', roles: legal ? { legal } : {}, groupIds: [], ...extra });
const auth = { id: 'a1', orgId: 'civil', classification: 'secret' as const };

describe('legal access rule', () => {
  it('a service reads only its own organisation’s records', () => {
    expect(canReadLegal(actor('civil', 'intelligence', ['write']), auth, ctx)).toBe(true);
    expect(canReadLegal(actor('military', 'intelligence', ['write', 'approve']), auth, ctx)).toBe(false);
    expect(canReadLegal(actor('civil', 'intelligence', undefined), auth, ctx)).toBe(false);
    expect(canReadLegal(actor('civil', 'intelligence', ['write'], { clearance: 'confidential' }), auth, ctx)).toBe(false);
  });
  it('the oversight bodies read every record without a grant; other oversight users only through one', () => {
    expect(canReadLegal(actor('commission', 'oversight', ['oversee', 'approve']), auth, ctx)).toBe(true);
    expect(canReadLegal(actor('committee', 'oversight', ['oversee']), auth, ctx)).toBe(true);
    expect(canReadLegal(actor('committee', 'oversight', undefined, { roles: { audit: ['read'] } }), auth, ctx)).toBe(false);
    expect(canReadLegal(actor('committee', 'oversight', undefined, { roles: { audit: ['read'] }, grantedRecordIds: new Set(['a1']) }), auth, ctx)).toBe(true);
  });
  it('roles: drafter, head of service, commission, committee', () => {
    expect(legalRoles(actor('civil', 'intelligence', ['write']), auth, ctx)).toEqual(['drafter']);
    expect(legalRoles(actor('civil', 'intelligence', ['write', 'approve']), auth, ctx)).toEqual(['drafter', 'head']);
    expect(legalRoles(actor('commission', 'oversight', ['oversee', 'approve']), auth, ctx)).toEqual(['commission']);
    expect(legalRoles(actor('committee', 'oversight', ['oversee']), auth, ctx)).toEqual(['committee']);
    expect(legalRoles(actor('military', 'intelligence', ['approve']), auth, ctx)).toEqual([]);
    expect(canDraftLegal(actor('civil', 'intelligence', ['write']))).toBe(true);
    expect(canDraftLegal(actor('committee', 'oversight', ['oversee', 'write']))).toBe(false);
    expect(canDraftLegal(actor('civil', 'intelligence', ['read']))).toBe(false);
  });
  it('the filter matches the rule’s modes', () => {
    expect(legalFilter(actor('civil', 'intelligence', ['write']), ctx).mode).toBe('own');
    expect(legalFilter(actor('committee', 'oversight', ['oversee']), ctx).mode).toBe('all');
    expect(legalFilter(actor('civil', 'intelligence', undefined), ctx).mode).toBe('none');
    expect(legalFilter(actor('committee', 'oversight', undefined, { roles: { audit: ['read'] }, grantedRecordIds: new Set(['a1']) }), ctx).mode).toBe('grants');
  });
});
