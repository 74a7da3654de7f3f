import { describe, expect, it } from 'vitest';
import type { Actor } from './policy.ts';
import { canActOnIncident, canManageIncident, canReadIncident, incidentFilter, type IncidentRef } from './crisis.ts';

const NCC = '00000000-0000-4000-8000-0000000000c1';
const POLICE = '00000000-0000-4000-8000-0000000000c2';
const OTHER = '00000000-0000-4000-8000-0000000000c3';
const ctx = { now: new Date('2026-03-22T08:00:00Z'), graceDays: 30 };
const inc: IncidentRef = { id: 'i1', orgId: NCC, participantOrgIds: [POLICE] };
const actor = (orgId: string, roles: Actor['roles'], orgKind: Actor['orgKind'] = 'police'): Actor => ({ userId: 'u', orgId, orgKind, clearance: 'restricted', roles, groupIds: [] });

describe('policy: who sees a crisis incident', () => {
  it('the declaring and participating organisations read; others do not', () => {
    expect(canReadIncident(actor(NCC, { crisis: ['read'] }, 'crisis'), inc, ctx)).toBe(true);
    expect(canReadIncident(actor(POLICE, { crisis: ['read'] }), inc, ctx)).toBe(true);
    expect(canReadIncident(actor(OTHER, { crisis: ['read', 'write'] }), inc, ctx)).toBe(false);
    expect(incidentFilter(actor(OTHER, { crisis: ['read'] }), ctx).mode).toBe('member');
  });
  it('nobody without a crisis right, even in the declaring organisation', () => {
    expect(canReadIncident(actor(NCC, { intel: ['read'] }, 'crisis'), inc, ctx)).toBe(false);
    expect(incidentFilter(actor(NCC, { intel: ['read'] }), ctx).mode).toBe('none');
  });
  it('a crisis administrator sees every incident', () => {
    const admin = actor(OTHER, { crisis: ['admin'] }, 'crisis');
    expect(canReadIncident(admin, inc, ctx)).toBe(true);
    expect(canManageIncident(admin, inc, ctx)).toBe(true);
    expect(incidentFilter(admin, ctx).mode).toBe('all');
  });
  it('oversight reads only through a grant and never acts', () => {
    const ov: Actor = { ...actor(OTHER, { audit: ['read'], crisis: ['admin'] }, 'oversight'), grantedRecordIds: new Set(['i1']) };
    expect(canReadIncident(ov, inc, ctx)).toBe(true);
    expect(canActOnIncident(ov, inc, 'write', ctx)).toBe(false);
    expect(canReadIncident({ ...ov, grantedRecordIds: new Set() }, inc, ctx)).toBe(false);
  });
  it('participants act with the right permission; only the declaring organisation manages', () => {
    expect(canActOnIncident(actor(POLICE, { crisis: ['read', 'write'] }), inc, 'write', ctx)).toBe(true);
    expect(canActOnIncident(actor(POLICE, { crisis: ['read', 'write'] }), inc, 'approve', ctx)).toBe(false);
    expect(canManageIncident(actor(POLICE, { crisis: ['read', 'write'] }), inc, ctx)).toBe(false);
    expect(canManageIncident(actor(NCC, { crisis: ['read', 'write'] }, 'crisis'), inc, ctx)).toBe(true);
  });
});
