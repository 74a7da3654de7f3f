/**
 * The demo dataset of the legal pillar. It draws from its own seeded faker, so the rest of the
 * dataset stays as it was; every person is synthetic. Accounts: a drafting analyst and the head of
 * the Civil Intelligence Service, a head of the Military Intelligence Service, a member of the
 * administrative commission (a new oversight organisation) and of the Standing Intelligence Committee
 * (the existing oversight organisation), and the registrar who keeps the legal registry.
 */
import { Faker, base as fbase, en } from '@faker-js/faker';
import { actionsFor, check, type AuthAction, type AuthState } from '../../core/legal/authorisation.ts';
import { addDays } from '../../core/legal/deadlines.ts';
import { methodDef, type MethodCode } from '../../core/legal/methods.ts';
import { FIRST_HASH, canonical, signStep, transitionHash } from '../../core/legal/signature.ts';
import { loadOrCreateSigningKey } from '../platform/audit-keys.ts';
import { withTables } from '../platform/db.ts';
import type { LegalTables } from '../modules/legal/legal.tables.ts';
import { intelRecordMarkings } from '../modules/intel/subjects.service.ts';
import { insertDemoUser, type PillarDemo } from './demo-users.ts';

const ACCOUNTS = [
  { username: 'legal.analyst', org: 'civil', clearance: 'secret', roles: { legal: ['read', 'write'], intel: ['read'] }, description: 'analyst drafting special-method requests, Civil Intelligence Service' },
  { username: 'head.civil', org: 'civil', clearance: 'top_secret', roles: { legal: ['read', 'write', 'approve'], intel: ['read'] }, description: 'head of service, Civil Intelligence Service' },
  { username: 'head.military', org: 'military', clearance: 'top_secret', roles: { legal: ['read', 'write', 'approve'], intel: ['read'] }, description: 'head of service, Military Intelligence Service' },
  { username: 'commission.member', org: 'commission', clearance: 'top_secret', roles: { legal: ['oversee', 'approve'] }, description: 'magistrate, Administrative Commission on special intelligence methods' },
  { username: 'committee.member', org: 'oversight', clearance: 'top_secret', roles: { legal: ['oversee'] }, description: 'member of the Standing Intelligence Committee (legal oversight)' },
  { username: 'legal.registrar', org: 'platform', clearance: 'secret', roles: { legal: ['admin'] }, description: 'keeper of the legal registry and deadline rules' },
] as const;

type Step = [AuthAction, string, number];

export const legalDemo: PillarDemo = {
  accounts: ACCOUNTS.map((a) => ({ username: a.username, description: a.description })),
  async load(tx, b, events) {
    const f = new Faker({ locale: [en, fbase] });
    f.seed(20261216);
    const db = withTables<LegalTables>(tx);
    // The steps are signed with the server's key, as the server signs them (see signatures.service.ts).
    const key = b.auditKeyFile ? loadOrCreateSigningKey(b.auditKeyFile) : null;
    const org: Record<string, string> = { ...b.org, commission: f.string.uuid() };
    await tx.insertInto('organisations').values({ id: org.commission!, name: 'Administrative Commission (special intelligence methods)', kind: 'oversight', country: 'BE', contact: 'secretariat@bim-commission.example' }).execute();
    events.push({ action: 'organisation.create', recordType: 'organisation', recordId: org.commission! });
    const users: Record<string, string> = {};
    for (const a of ACCOUNTS) {
      users[a.username] = f.string.uuid();
      const display = a.description.split(',')[0]!.replace(/^\w/, (c) => c.toUpperCase());
      await insertDemoUser(tx, { id: users[a.username]!, username: a.username, displayName: display, orgId: org[a.org]!, clearance: a.clearance, roles: a.roles as unknown as Record<string, string[]> }, b.passwordHash, events);
    }
    b.shared.commissionOrgId = org.commission!;
    const registry = await db.selectFrom('legal_registry').select(['id', 'code', 'kind']).execute();
    const idOf = (code: string) => registry.find((r) => r.code === code)!.id;
    const markings = await intelRecordMarkings(tx, 'subject', b.subjectIds);
    const civilSubjects = b.subjectIds.filter((id) => markings.get(id)?.owner_org_id === b.org.civil);
    const militarySubjects = b.subjectIds.filter((id) => markings.get(id)?.owner_org_id === b.org.military);
    const now = Date.now();
    const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000 + f.number.int({ min: 0, max: 3_600_000 }));
    const roleUser = (a: AuthAction, orgKey: string) => (a === 'opinion-favourable' || a === 'opinion-unfavourable' ? 'commission.member' : a === 'suspend' || a === 'lift' ? 'committee.member' : orgKey === 'military' ? 'head.military' : 'head.civil');
    const plans: Array<{ org: 'civil' | 'military'; method: MethodCode; offence: string; duration: number; start: number; steps: Step[] }> = [
      { org: 'civil', method: 'interception', offence: 'cc-140', duration: 60, start: 150, steps: [['approve', 'Decided on the facts set out; the lesser methods were tried.', 149], ['opinion-favourable', 'Legal, subsidiary and proportionate on the facts given.', 147], ['end', 'The information sought was obtained; the method stops.', 110], ['destroy', '', 100]] },
      { org: 'civil', method: 'location-data', offence: 'cc-140sexies', duration: 45, start: 95, steps: [['approve', 'Travel to a conflict zone is announced; location data is needed.', 94], ['expire', '', 48], ['destroy', '', 40]] },
      { org: 'civil', method: 'bank-data', offence: 'cc-141', duration: 60, start: 70, steps: [['approve', 'Financing flows to be established.', 69], ['opinion-unfavourable', 'The facts do not show why account data held by the service is not enough.', 67]] },
      { org: 'military', method: 'computer-intrusion', offence: 'cc-140ter', duration: 30, start: 40, steps: [['urgent-start', 'Imminent recruitment operation; no time to wait for the opinion.', 40], ['opinion-favourable', 'The urgency was justified; the method may continue.', 39], ['suspend', 'The scope of the intrusion goes beyond the authorised devices.', 30]] },
      { org: 'civil', method: 'observation-private-places', offence: 'cc-140septies', duration: 60, start: 20, steps: [['approve', 'Preparation of an attack is suspected at this address.', 19], ['opinion-favourable', 'Favourable: the reasoning is sufficient.', 17]] },
      { org: 'civil', method: 'interception', offence: 'cc-140bis', duration: 60, start: 3, steps: [['approve', 'Incitement continues on closed channels; interception is the only way.', 2]] },
      { org: 'civil', method: 'communication-identification', offence: 'cc-140', duration: 30, start: 1, steps: [] },
    ];
    for (const [n, plan] of plans.entries()) {
      const def = methodDef(plan.method)!;
      const id = f.string.uuid();
      const pool = plan.org === 'military' ? militarySubjects : civilSubjects;
      const targets = f.helpers.arrayElements(pool.length ? pool : b.subjectIds, { min: 1, max: 3 });
      const created = at(plan.start);
      const year = created.getUTCFullYear();
      const orgId = b.org[plan.org]!;
      const drafter = plan.org === 'military' ? users['head.military']! : users['legal.analyst']!;
      await db.insertInto('legal_authorisations').values({
        id, reference: `AUT-${year}-D${String(n + 1).padStart(3, '0')}`, org_id: orgId, method: plan.method, tier: def.tier, basis_id: idOf(`bim-${plan.method}`), offence_ids: [idOf(plan.offence)],
        facts: f.lorem.sentences(3), subsidiarity: `Open sources and observation were used first; ${f.lorem.sentence()}`, proportionality: `The threat is serious and specific; ${f.lorem.sentence()}`,
        duration_days: plan.duration, classification: 'secret', supersedes_id: null, state: 'draft', state_since: created, active_since: null, until: null, created_by: drafter,
      }).execute();
      await db.insertInto('legal_authorisation_targets').values(targets.map((s) => ({ authorisation_id: id, subject_id: s }))).execute();
      let state: AuthState = 'draft';
      let prev = FIRST_HASH;
      let seq = 0;
      let activeSince: Date | null = null;
      let until: string | null = null;
      const sign = async (action: string, to: AuthState, when: Date, actorId: string, actorOrg: string, reason: string, data: Record<string, unknown>) => {
        seq += 1;
        const signed = { recordId: id, seq, action, fromState: seq === 1 ? null : state, toState: to, actorId, at: when.toISOString(), reason, data: canonical(data) };
        const hash = transitionHash(prev, signed);
        const tid = f.string.uuid();
        const sig = key ? { key_id: key.keyId, signature: signStep(key.privateKey, 'transition', id, seq, hash) } : {};
        await db.insertInto('legal_transitions').values({ id: tid, authorisation_id: id, seq, action, from_state: signed.fromState, to_state: to, actor_id: actorId, actor_org_id: actorOrg, reason, data: signed.data, at: when, prev_hash: prev, hash, ...sig }).execute();
        if (seq > 1) events.push({ action: 'legal.authorisation-transition', recordType: 'legal-authorisation', recordId: id, details: { orgId, method: plan.method, tier: def.tier, action, from: state, to, seq, hash, at: signed.at, targets: targets.length, offenceIds: [idOf(plan.offence)] } });
        prev = hash;
        state = to;
        return tid;
      };
      await sign('create', 'draft', created, drafter, orgId, '', {});
      events.push({ action: 'legal.authorisation-create', recordType: 'legal-authorisation', recordId: id, details: { orgId, method: plan.method, tier: def.tier, targets: targets.length, subjectIds: targets, offenceIds: [idOf(plan.offence)], basisId: idOf(`bim-${plan.method}`) } });
      for (const [action, reason, daysAgo] of plan.steps) {
        const when = at(daysAgo);
        const day = when.toISOString().slice(0, 10);
        const who = roleUser(action, plan.org);
        const role = who === 'commission.member' ? 'commission' : who === 'committee.member' ? 'committee' : 'head';
        const periodOver = until !== null && until < day;
        const verdict = check(state, def.tier, action, [role], periodOver || action === 'expire');
        if (!verdict.ok) throw new Error(`demo legal: ${verdict.message} (${actionsFor(state, def.tier, [role], periodOver).join(',')})`);
        if (verdict.to === 'active' || verdict.to === 'urgent') {
          if (!activeSince) {
            activeSince = when;
            until = addDays(day, plan.duration - 1);
          }
        }
        const destruction = action === 'destroy' ? { what: 'Recordings, transcripts and derived notes of the method', how: 'Secure deletion from the service systems; paper copies shredded', destroyedOn: day } : undefined;
        const tid = await sign(action, verdict.to, when, users[who]!, org[who === 'commission.member' ? 'commission' : who === 'committee.member' ? 'oversight' : plan.org]!, reason, destruction ? { destruction } : action === 'end' || action === 'expire' ? { stoppedOn: day } : {});
        if (destruction) await db.insertInto('legal_destructions').values({ authorisation_id: id, transition_id: tid, what: destruction.what, how: destruction.how, destroyed_on: day, destroyed_by: users[who]! }).execute();
      }
      await db.updateTable('legal_authorisations').set({ state, state_since: seq > 1 ? at(plan.steps.at(-1)![2]) : created, active_since: activeSince, until }).where('id', '=', id).execute();
    }
    // Judicial cooperation: an incoming EAW after arrest, an outgoing extradition request, an MLA request.
    const coop = [
      { kind: 'eaw', direction: 'incoming', country: 'FR', counterpart: 'Parquet national antiterroriste, Paris', basis: 'cc-140', arrest: 8, state: 'arrested' },
      { kind: 'extradition', direction: 'outgoing', country: 'MA', counterpart: 'Ministry of Justice, Rabat', basis: 'cc-141', arrest: null, state: 'open' },
      { kind: 'mla', direction: 'incoming', country: 'NL', counterpart: 'Landelijk Parket, Rotterdam', basis: 'cc-140ter', arrest: null, state: 'open' },
    ] as const;
    for (const [n, c] of coop.entries()) {
      const id = f.string.uuid();
      const subject = civilSubjects[n] ?? b.subjectIds[n]!;
      const received = addDays(new Date(now).toISOString().slice(0, 10), -(12 + n));
      await db.insertInto('legal_cooperation').values({
        id, reference: `${c.kind.toUpperCase()}-D${n + 1}`, kind: c.kind, direction: c.direction, org_id: b.org.civil!, other_country: c.country, counterpart: c.counterpart, parties: `Requested person: subject on file. Contact: ${f.person.lastName()} (liaison magistrate)`,
        basis_id: idOf('bim-7'), offence_ids: [idOf(c.basis)], subject_ids: [subject], classification: 'secret', state: c.state, received_on: received, arrest_on: c.arrest ? addDays(new Date(now).toISOString().slice(0, 10), -c.arrest) : null, created_by: users['legal.analyst']!,
      }).execute();
      // The steps are hashed and signed as the server signs them (cooperation.service.ts addEvent).
      const steps: Array<[string, string, string | null, string, Date]> = [[c.direction === 'incoming' ? 'received' : 'sent', received, null, 'open', new Date(now - (12 + n) * 86_400_000)]];
      if (c.arrest) steps.push(['arrest', addDays(new Date(now).toISOString().slice(0, 10), -c.arrest), 'open', 'arrested', new Date(now - c.arrest * 86_400_000)]);
      let prev = FIRST_HASH;
      for (const [i, [event, onDate, from, to, when]] of steps.entries()) {
        const step = { recordId: id, seq: i + 1, action: event, fromState: from, toState: to, actorId: users['legal.analyst']!, at: when.toISOString(), reason: '', data: canonical({ onDate }) };
        const hash = transitionHash(prev, step);
        const sig = key ? { key_id: key.keyId, signature: signStep(key.privateKey, 'cooperation-step', id, step.seq, hash) } : {};
        await db.insertInto('legal_cooperation_events').values({ id: f.string.uuid(), request_id: id, seq: step.seq, event, on_date: onDate, note: '', actor_id: step.actorId, at: when, from_state: from, to_state: to, prev_hash: prev, hash, ...sig }).execute();
        prev = hash;
      }
      events.push({ action: 'legal.cooperation-create', recordType: 'legal-cooperation', recordId: id, details: { kind: c.kind, direction: c.direction, orgId: b.org.civil!, subjectIds: [subject], basisId: idOf('bim-7') } });
    }
  },
};
