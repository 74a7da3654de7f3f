/**
 * The demo dataset: fictional agencies, users, subjects, reports, links and threat levels.
 * Loaded in one transaction, so a load killed half-way leaves nothing and the next start loads again.
 * Every person is synthetic (generated with faker, fixed seed).
 */
import { sql } from 'kysely';
import { Faker, ar, base, de, el, en, fr, nl_BE, ru } from '@faker-js/faker';
import type { MarkingsInput, SubjectInput } from '../../core/contracts.ts';
import { latinKey } from '../../core/names/latin.ts';
import { readableName } from '../../core/names/readable.ts';
import { hashPassword } from '../platform/auth.ts';
import type { Database } from '../platform/db.ts';
import type { Platform } from '../platform/platform.ts';
import type { AuditEvent } from '../platform/audit.ts';
import { markingColumns } from '../platform/records.ts';
import { insertSubject } from '../modules/intel/subjects.repository.ts';
import { loadKeyring, sealStoredSecrets } from '../platform/secrets.ts';
import { loadContent } from './demo-content.ts';
import { crisisDemo } from './demo-crisis.ts';
import { legalDemo } from './demo-legal.ts';
import { preventionDemo } from './demo-prevention.ts';
import { alertsDemo } from './demo-alerts.ts';
import { evaluationDemo } from './demo-evaluation.ts';
import type { DemoAccount } from './demo-users.ts';

/** The pillars added since the first dataset, each with its own demo file. */
const PILLAR_DEMOS = [crisisDemo, alertsDemo, legalDemo, preventionDemo, evaluationDemo];

export const DEMO_ACCOUNTS = [
  { username: 'admin', org: 'platform', clearance: 'secret', roles: { admin: ['admin'] }, description: 'administrator (organisations, users, groups)' },
  { username: 'analyst.intel', org: 'civil', clearance: 'secret', roles: { intel: ['read', 'write', 'approve'], threat: ['read', 'write'], screening: ['read'], sharing: ['read', 'write'] }, description: 'analyst, Civil Intelligence Service' },
  { username: 'analyst.police', org: 'police', clearance: 'secret', roles: { intel: ['read', 'write'], threat: ['read'], screening: ['read'], sharing: ['read'] }, description: 'analyst, Federal Judicial Police' },
  { username: 'analyst.threat', org: 'threat', clearance: 'secret', roles: { intel: ['read'], threat: ['read', 'write', 'approve'] }, description: 'assessor, Threat Analysis Unit' },
  { username: 'border.officer', org: 'border', clearance: 'confidential', roles: { screening: ['read', 'write', 'admin'], intel: ['read'] }, description: 'officer, Passenger Information Unit' },
  { username: 'oversight', org: 'oversight', clearance: 'top_secret', roles: { audit: ['read'] }, description: 'member of the Intelligence Oversight Committee' },
  { username: 'content.officer', org: 'police', clearance: 'secret', roles: { content: ['read', 'write', 'approve'] }, description: 'online-content officer, Federal Judicial Police (referrals, removal orders)' },
] as const;

const ORGS = {
  platform: { name: 'Vigil Platform Office', kind: 'crisis', contact: 'platform-office@vigil.example' },
  civil: { name: 'Civil Intelligence Service', kind: 'intelligence', contact: 'duty-desk@cis.example' },
  military: { name: 'Military Intelligence Service', kind: 'intelligence', contact: 'liaison@mis.example' },
  threat: { name: 'Threat Analysis Unit', kind: 'threat-assessment', contact: 'analysis@tau.example' },
  police: { name: 'Federal Judicial Police', kind: 'police', contact: 'ct-desk@fjp.example' },
  local: { name: 'Local Police North Zone', kind: 'police', contact: 'info@lpnz.example' },
  border: { name: 'Passenger Information Unit', kind: 'border', contact: 'piu@piu.example' },
  crisis: { name: 'National Crisis Centre', kind: 'crisis', contact: 'duty@ncc.example' },
  prevention: { name: 'Municipal Prevention Service Riverside', kind: 'prevention', contact: 'prevention@riverside.example' },
  partner: { name: 'Partner Service Lowlands', kind: 'foreign-partner', contact: 'liaison@psl.example' },
  oversight: { name: 'Intelligence Oversight Committee', kind: 'oversight', contact: 'secretariat@ioc.example' },
} as const;
type OrgKey = keyof typeof ORGS;

const DEMO_STATE_KEY = 'demo';

/** Every demo account, the pillars' included (printed at start). */
export function allDemoAccounts(): DemoAccount[] {
  return [...DEMO_ACCOUNTS, ...PILLAR_DEMOS.flatMap((d) => d.accounts)];
}

/** Loads the demo dataset into an empty database; returns false when there was data already. */
/**
 * `sealSecrets: false` leaves the demo providers' signing secrets in clear for the next start to encrypt
 * (the test templates: each test server has its own key).
 */
export async function ensureDemoData(p: Platform, password: string, onStart?: () => void, opts: { sealSecrets?: boolean } = {}): Promise<boolean> {
  const state = await p.db.selectFrom('instance_state').select('value').where('key', '=', DEMO_STATE_KEY).executeTakeFirst();
  if (state) return false;
  const anyOrg = await p.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (anyOrg) return false; // not empty: never mix demo data into real data
  onStart?.();
  const passwordHash = await hashPassword(password);
  await p.db.transaction().execute(async (tx) => {
    const events = await load(tx, passwordHash, p.config.dataDir, p.config.auditKeyFile);
    // Test knob: hold the transaction open so a test can kill the process mid-load.
    const hold = Number(process.env.VIGIL_TEST_DEMO_HOLD_MS ?? 0);
    if (hold > 0) await new Promise((r) => setTimeout(r, hold));
    await tx.insertInto('instance_state').values({ key: DEMO_STATE_KEY, value: JSON.stringify({ loadedAt: new Date().toISOString() }) }).execute();
    await p.audit.append({ userId: null, username: 'system', orgId: null, orgName: 'Vigil' }, events, tx);
  });
  // The demo providers' signing secrets are stored in clear in the load: encrypt them now, as a start does.
  if (opts.sealSecrets !== false) await sealStoredSecrets(p.db, loadKeyring(p.config));
  await p.orgs.refresh();
  return true;
}

function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function load(tx: Database, passwordHash: string, dataDir: string, auditKeyFile?: string): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  const f = new Faker({ locale: [en, base] });
  f.seed(20261122);
  // The online-content pillar (issue #17) draws from its own seeded faker, so the data below stays as it was.
  const cf = new Faker({ locale: [en, base] });
  cf.seed(20261204);
  const org = {} as Record<OrgKey, string>;
  for (const [key, o] of Object.entries(ORGS) as Array<[OrgKey, (typeof ORGS)[OrgKey]]>) {
    org[key] = f.string.uuid();
    await tx.insertInto('organisations').values({ id: org[key], name: o.name, kind: o.kind, country: key === 'partner' ? 'NL' : 'BE', contact: o.contact }).execute();
    events.push({ action: 'organisation.create', recordType: 'organisation', recordId: org[key] });
  }
  const users: Record<string, string> = {};
  for (const a of DEMO_ACCOUNTS) {
    // The content officer's id comes from the content pillar's own faker: the other ids stay as they were.
    users[a.username] = (a.username === 'content.officer' ? cf : f).string.uuid();
    await tx
      .insertInto('users')
      .values({ id: users[a.username]!, username: a.username, display_name: a.description.split(/,| \(/)[0]!.replace(/^\w/, (c) => c.toUpperCase()) + ` (${a.username})`, org_id: org[a.org], clearance: a.clearance, roles: JSON.stringify(a.roles), password_hash: passwordHash })
      .execute();
    events.push({ action: 'user.create', recordType: 'user', recordId: users[a.username]! });
  }
  const jib = f.string.uuid();
  await tx.insertInto('sharing_groups').values({ id: jib, name: 'Joint Information Box', description: 'Services sharing counterterrorism information under the common database' }).execute();
  await tx.insertInto('sharing_group_members').values((['civil', 'military', 'threat', 'police', 'local'] as OrgKey[]).map((k) => ({ group_id: jib, org_id: org[k] }))).execute();

  const subjects = await loadSubjects(tx, f, org, users, jib, events);
  await loadReports(tx, f, org, users, subjects, events);
  await loadThreat(tx, f, org, users, subjects, events);
  await loadContent(tx, { f: cf, police: org.police, officer: users['content.officer']! }, events);
  // One shared object for every loader, so a later pillar finds the ids an earlier one left (crisis → alerts).
  const shared: Record<string, string> = {};
  for (const d of PILLAR_DEMOS) await d.load(tx, { org, users, passwordHash, subjectIds: subjects.map((s) => s.id), shared, dataDir, ...(auditKeyFile ? { auditKeyFile } : {}) }, events);
  return events;
}

interface DemoSubject {
  id: string;
  owner: OrgKey;
  markings: MarkingsInput;
  name: string;
}

function markingsFor(f: Faker, owner: OrgKey, org: Record<OrgKey, string>, jib: string, i: number): MarkingsInput {
  const distribution = (['all', 'group', 'group', 'organisation', 'organisations', 'all'] as const)[i % 6]!;
  const review = i % 17 === 0 ? day(-60) : i % 11 === 0 ? day(-5) : i % 7 === 0 ? day(12) : day(f.number.int({ min: 40, max: 700 }));
  return {
    classification: (['restricted', 'confidential', 'secret', 'confidential'] as const)[i % 4]!,
    tlp: (['amber', 'amber', 'red', 'green'] as const)[i % 4]!,
    distribution,
    sharedWith: distribution === 'organisations' ? [org.threat, owner === 'civil' ? org.police : org.civil] : [],
    groupIds: distribution === 'group' ? [jib] : [],
    handlingCode: (['H0', 'H1', 'H2', 'H0'] as const)[i % 4]!,
    hitNoHit: distribution === 'organisation' && Math.floor(i / 6) % 2 === 0,
    legalBasis: owner === 'civil' || owner === 'military' ? 'Organic Act of 30 November 1998 on intelligence services, art. 7' : 'Police Function Act of 5 August 1992, art. 44/2',
    purpose: 'prevention of terrorism and violent extremism',
    reviewDate: review,
  };
}

const LOCALES = [
  { faker: [fr, en, base], country: 'BE' },
  { faker: [nl_BE, en, base], country: 'BE' },
  { faker: [de, en, base], country: 'DE' },
  { faker: [fr, en, base], country: 'FR' },
  { faker: [ru, en, base], country: 'RU' },
  { faker: [el, en, base], country: 'GR' },
  { faker: [ar, en, base], country: 'SY' },
  { faker: [en, base], country: 'GB' },
];

async function loadSubjects(tx: Database, f: Faker, org: Record<OrgKey, string>, users: Record<string, string>, jib: string, events: AuditEvent[]): Promise<DemoSubject[]> {
  const out: DemoSubject[] = [];
  const owners: OrgKey[] = ['civil', 'civil', 'civil', 'police', 'police', 'military'];
  for (let i = 0; i < 72; i++) {
    const loc = LOCALES[i % LOCALES.length]!;
    const lf = new Faker({ locale: loc.faker });
    lf.seed(1000 + i);
    const owner = owners[i % owners.length]!;
    const isOrg = i % 12 === 11;
    const sex = i % 5 === 0 ? 'female' : 'male';
    const native = isOrg ? `${lf.company.name()}` : `${lf.person.firstName(sex)} ${lf.person.lastName(sex)}`;
    // a name in another script is recorded with its readable romanisation first (Imad bin Abd al-Salam)
    const readable = readableName(native);
    const names = readable ? [readable, native] : [native];
    if (!isOrg && i % 3 === 0) names.push(`${lf.person.firstName(sex)} ${native.split(' ').slice(-1)[0]}`);
    const markings = markingsFor(f, owner, org, jib, i);
    const birth = f.date.birthdate({ min: 18, max: 60, mode: 'age' }).toISOString().slice(0, 10);
    const input: SubjectInput = {
      kind: isOrg ? 'organisation' : 'person',
      names,
      birthDate: isOrg ? null : i % 9 === 0 ? birth.slice(0, 4) : i % 10 === 0 ? birth.slice(0, 7) : birth,
      nationalities: isOrg ? [] : i % 4 === 0 ? [loc.country, 'BE'].filter((c, k, a) => a.indexOf(c) === k) : [loc.country],
      gender: isOrg ? null : sex,
      category: isOrg ? null : (['FTF', 'HTF', 'HP', 'PVE', 'TC'] as const)[i % 5]!,
      followUp: (['active', 'active', 'monitored', 'dormant'] as const)[i % 4]!,
      documents: isOrg || i % 2 ? [] : [{ type: 'passport', number: f.string.alphanumeric({ length: 9, casing: 'upper' }), country: loc.country }],
      notes: isOrg ? 'Group under observation for propaganda distribution.' : '',
      markings,
    };
    const id = f.string.uuid();
    await insertSubject(tx, id, input, org[owner], users['analyst.intel']!);
    await tx.insertInto('subject_follows').values({ subject_id: id, org_id: org[owner] }).execute();
    if (i % 4 === 0) await tx.insertInto('subject_follows').values({ subject_id: id, org_id: org[owner === 'civil' ? 'police' : 'civil'] }).execute();
    events.push({ action: 'subject.create', recordType: 'subject', recordId: id });
    out.push({ id, owner, markings, name: names[0]! });
  }
  // One record above the analysts' clearance: invisible even to its own organisation's analysts.
  await sql`UPDATE subjects SET classification = 'top_secret' WHERE id = ${out[5]!.id}::uuid`.execute(tx);
  return out;
}

const REPORT_TEMPLATES = [
  (s: string, c: string) => `${s} was observed in ${c} meeting two unidentified persons near the central station.`,
  (s: string, c: string) => `A human source reports that ${s} intends to travel to ${c} in the coming weeks.`,
  (s: string, c: string) => `${s} shared extremist propaganda in a closed messaging group administered from ${c}.`,
  (s: string, c: string) => `Financial intelligence links ${s} to small transfers sent to ${c}.`,
  (s: string, c: string) => `${s} attended a gathering in ${c} where violence against public figures was discussed.`,
];

async function loadReports(tx: Database, f: Faker, org: Record<OrgKey, string>, users: Record<string, string>, subjects: DemoSubject[], events: AuditEvent[]): Promise<void> {
  for (let i = 0; i < 160; i++) {
    const s = subjects[i % subjects.length]!;
    const city = f.location.city();
    const body = REPORT_TEMPLATES[i % REPORT_TEMPLATES.length]!(s.name, city) + ' ' + f.lorem.sentences(2);
    const id = f.string.uuid();
    const title = `${['Observation', 'Source report', 'Online activity', 'Financial lead', 'Meeting'][i % 5]} — ${city}`;
    await tx
      .insertInto('reports')
      .values({
        id,
        title,
        body,
        reported_on: day(-f.number.int({ min: 1, max: 900 })),
        source_org_id: org[s.owner],
        source_reliability: (['A', 'B', 'C', 'X', 'B'] as const)[i % 5]!,
        info_credibility: (['1', '2', '3', '4', '2'] as const)[i % 5]!,
        search_text: latinKey(`${title} ${body}`),
        ...markingColumns({ ...s.markings, reviewDate: day(f.number.int({ min: 30, max: 900 })) }, org[s.owner]),
        created_by: users['analyst.intel']!,
        updated_by: users['analyst.intel']!,
      })
      .execute();
    await tx.insertInto('report_subjects').values({ report_id: id, subject_id: s.id }).execute();
    events.push({ action: 'report.create', recordType: 'report', recordId: id });
  }
  const types = ['associate', 'family', 'travelled_with', 'financed', 'member_of', 'communicated_with'] as const;
  for (let i = 0; i < 80; i++) {
    const a = subjects[(i * 7) % subjects.length]!;
    const candidates = subjects.filter((b) => b.owner === a.owner && b.id !== a.id);
    const b = candidates[(i * 13) % candidates.length]!;
    const id = f.string.uuid();
    await tx
      .insertInto('links')
      .values({ id, from_subject_id: a.id, to_subject_id: b.id, type: types[i % types.length]!, description: '', ...markingColumns(a.markings, org[a.owner]), created_by: users['analyst.intel']!, updated_by: users['analyst.intel']! })
      .execute();
    events.push({ action: 'link.create', recordType: 'link', recordId: id });
  }
}

async function loadThreat(tx: Database, f: Faker, org: Record<OrgKey, string>, users: Record<string, string>, subjects: DemoSubject[], events: AuditEvent[]): Promise<void> {
  // The general levels cite the registry's threat-analysis basis (shipped by migration 0036); the
  // subjects' assessments keep their subject's free-text basis, as older assessments did: they are
  // flagged for review (legal_basis_review), as migration 0036's backfill flags unmatched texts.
  const ocam = await sql<{ id: string; citation: string }>`SELECT id, title || ' (' || article || ', ' || text_reference || ')' AS citation FROM legal_registry WHERE code = 'ocam-2006' ORDER BY version DESC LIMIT 1`.execute(tx);
  const basis = ocam.rows[0];
  const general: MarkingsInput = {
    classification: 'restricted', tlp: 'amber', distribution: 'all', sharedWith: [], groupIds: [], handlingCode: 'H0', hitNoHit: false,
    legalBasis: basis?.citation ?? 'Act of 10 July 2006 on threat analysis', purpose: 'threat assessment', reviewDate: null,
  };
  const targets: Array<{ kind: string; key: string; label: string; levels: number[] }> = [
    { kind: 'country', key: 'BE', label: 'Belgium', levels: [2, 4, 3, 2, 3] },
    { kind: 'sector', key: 'transport', label: 'Public transport', levels: [2, 3, 3] },
    { kind: 'sector', key: 'places-of-worship', label: 'Places of worship', levels: [2, 3] },
    { kind: 'event', key: 'riverside-festival-2027', label: 'Riverside summer festival 2027', levels: [2] },
    { kind: 'place', key: 'central-station', label: 'Central station', levels: [2, 3] },
  ];
  const assess = async (t: { kind: string; key: string; label: string }, level: number, monthsAgo: number, m: MarkingsInput, owner: string, assessor: string) => {
    const at = new Date(Date.now() - monthsAgo * 30 * 86_400_000);
    const due = new Date(at.getTime() + 180 * 86_400_000).toISOString().slice(0, 10);
    const id = f.string.uuid();
    await tx
      .insertInto('threat_assessments')
      .values({ id, target_kind: t.kind, target_key: t.key, target_label: t.label, level, justification: `Level ${level}: ${f.lorem.sentence(12)}`, assessor_id: assessor, assessed_at: at, next_review_due: due, ...markingColumns(m, owner), ...(m === general && basis ? { legal_basis_id: basis.id } : { legal_basis_review: true }) })
      .execute();
    events.push({ action: 'threat.assess', recordType: 'threat_assessment', recordId: id });
  };
  for (const t of targets) {
    for (let k = 0; k < t.levels.length; k++) await assess(t, t.levels[k]!, (t.levels.length - k) * 5 - 3, general, org.threat, users['analyst.threat']!);
  }
  for (let i = 0; i < 36; i++) {
    const s = subjects[i]!;
    const m: MarkingsInput = s.markings.distribution === 'organisation' ? { ...s.markings, distribution: 'organisations', sharedWith: [org[s.owner]], hitNoHit: false } : { ...s.markings, hitNoHit: false };
    const levels = i % 3 === 0 ? [2, 3] : [((i % 4) + 1)];
    for (let k = 0; k < levels.length; k++) {
      // Some subjects were last assessed more than six months ago: they are overdue.
      const monthsAgo = i % 5 === 0 ? 8 - k : (levels.length - k) * 2;
      await assess({ kind: 'subject', key: s.id, label: s.name }, levels[k]!, monthsAgo, { ...m, reviewDate: null }, org.threat, users['analyst.threat']!);
    }
    await tx.updateTable('subjects').set({ threat_level: levels[levels.length - 1]! }).where('id', '=', s.id).execute();
  }
}
