/**
 * The demo dataset of the online-content pillar (issue #17): competent authorities of a few member
 * states (synthetic contacts), hash banks with PDQ hashes of the public reference images
 * (test/fixtures/reference/pdq/expected/pdq-fullsize.csv), hosting providers whose webhooks point at
 * example domains (every delivery to them fails, which the order screens show), cases and orders.
 * Everything is owned by the Federal Judicial Police, the content officer's organisation.
 */
import type { Faker } from '@faker-js/faker';
import type { MarkingsInput } from '../../core/contracts.ts';
import type { Database } from '../platform/db.ts';
import type { AuditEvent } from '../platform/audit.ts';
import { markingColumns } from '../platform/records.ts';
import { urlKey } from '../modules/content/content.rules.ts';
import type { ContentTables } from '../modules/content/content.tables.ts';
import { withTables } from '../platform/db.ts';

/** Competent authorities of other member states (to scrutinise cross-border removal orders). */
export const DEMO_AUTHORITIES = [
  { name: 'Online Content Authority Rhineland', country: 'DE', contact: 'tco-desk@ocar.example' },
  { name: 'Bureau des contenus en ligne Gallia', country: 'FR', contact: 'tco@bcl-gallia.example' },
  { name: 'Content Regulation Office Hibernia', country: 'IE', contact: 'tco@cro-hibernia.example' },
] as const;

/** PDQ hashes of public reference images (labelme subset), as if known terrorist content. */
const BANK_HASHES = [
  { pdq: '54a9f7c321d1443c43ba566e21d4a13989a3553f1472611cbbc5fda59e03b677', label: 'Propaganda poster, variant A' },
  { pdq: '992d44af36d69e6ca6b812585928bac11def254ef5398c6d07466c9abcc65b92', label: 'Propaganda poster, variant B' },
  { pdq: 'cfb2009ddd21c6dab0046a7745b5984757a8a4535b3377aea2591d32b33ff940', label: 'Recruitment video still' },
  { pdq: 'a0fe94f1e5cc1cc8dd855948498dc9243f7ca27336f036d7f212b74bc103c9a7', label: 'Attack glorification image' },
];

export interface DemoContentInput {
  f: Faker;
  police: string;
  officer: string;
}

export async function loadContent(tx: Database, input: DemoContentInput, events: AuditEvent[]): Promise<void> {
  const { f, police, officer } = input;
  for (const a of DEMO_AUTHORITIES) {
    const id = f.string.uuid();
    await tx.insertInto('organisations').values({ id, name: a.name, kind: 'foreign-partner', country: a.country, contact: a.contact }).execute();
    events.push({ action: 'organisation.create', recordType: 'organisation', recordId: id });
  }
  const db = withTables<ContentTables>(tx);

  const bank = f.string.uuid();
  await db.insertInto('content_banks').values({ id: bank, name: 'Demo: known terrorist imagery', description: 'Synthetic demo bank (hashes of public reference images).', source_org: 'Federal Judicial Police', tlp: 'amber', enabled: true, threshold: 31, owner_org_id: police, created_by: officer }).execute();
  events.push({ action: 'content.bank.create', recordType: 'content_bank', recordId: bank });
  for (const h of BANK_HASHES) {
    await db.insertInto('content_bank_entries').values({ id: f.string.uuid(), bank_id: bank, pdq: h.pdq, quality: 100, md5: null, sha256: null, label: h.label, source: 'demo', added_by: officer }).execute();
  }

  const providers = [
    { name: 'VideoHost Demo', country: 'BE', url: 'https://hooks.videohost-demo.example/tco' },
    { name: 'ClipShare Demo', country: 'NL', url: 'https://api.clipshare-demo.example/tco/webhook' },
    { name: 'StreamHaus Demo', country: 'DE', url: 'https://tco.streamhaus-demo.example/orders' },
  ].map((p) => ({ ...p, id: f.string.uuid() }));
  for (const p of providers) {
    const secret = `whsec_${f.string.alphanumeric(40)}`;
    await db
      .insertInto('content_providers')
      .values({ id: p.id, name: p.name, country: p.country, contact: `legal@${new URL(p.url).hostname.split('.').slice(-2).join('.')}`, webhook_url: p.url, signing: 'hmac-sha256', secret, // in clear here; encrypted right after the load (ensureDemoData) or at the next start
 public_key: null, created_by: officer, owner_org_id: police })
      .execute();
    events.push({ action: 'content.provider.create', recordType: 'content_provider', recordId: p.id });
  }

  const m: MarkingsInput = {
    classification: 'restricted', tlp: 'amber', distribution: 'organisation', sharedWith: [], groupIds: [], handlingCode: 'H0', hitNoHit: false,
    legalBasis: 'Regulation (EU) 2021/784; Police Function Act of 5 August 1992, art. 44/2', purpose: 'removal of terrorist content online', reviewDate: null,
  };
  const now = Date.now();
  const cases = [
    { url: 'https://videohost-demo.example/watch?v=demo-failed', provider: providers[0]!, offence: 'incitement', signal: BANK_HASHES[0]!.pdq, order: 'failed' },
    { url: 'https://videohost-demo.example/watch?v=demo-removed', provider: providers[0]!, offence: 'participation', signal: BANK_HASHES[2]!.pdq, order: 'removed' },
    { url: 'https://clipshare-demo.example/c/demo-cross-border', provider: providers[1]!, offence: 'solicitation', signal: BANK_HASHES[3]!.pdq, order: 'draft' },
    { url: 'https://streamhaus-demo.example/s/demo-open', provider: providers[2]!, offence: 'threat', signal: null, order: null },
  ] as const;
  for (const [i, c] of cases.entries()) {
    const id = f.string.uuid();
    const at = new Date(now - (cases.length - i) * 86_400_000);
    await db
      .insertInto('content_cases')
      .values({ id, url: c.url, url_key: urlKey(c.url), provider_id: c.provider.id, offence: c.offence, assessment: `Demo case (synthetic): ${f.lorem.sentence(10)}`, status: c.order === 'removed' ? 'closed' : 'open', closed_at: c.order === 'removed' ? at : null, evidence: null, evidence_type: null, evidence_sha256: null, created_by: officer, created_at: at, updated_at: at, ...markingColumns(m, police) } as never)
      .execute();
    if (c.signal) await db.insertInto('content_case_signals').values({ case_id: id, position: 0, pdq: c.signal, quality: 100, md5: null, sha256: null }).execute();
    events.push({ action: 'content.case.create', recordType: 'content_case', recordId: id });
    if (!c.order) continue;
    const orderId = f.string.uuid();
    const issued = c.order !== 'draft' ? new Date(at.getTime() + 3_600_000) : null;
    await db
      .insertInto('content_orders')
      .values({
        id: orderId, case_id: id, kind: 'removal_order', status: c.order === 'removed' ? 'removed' : c.order === 'failed' ? 'issued' : 'draft', provider_id: c.provider.id, issuing_org_id: police,
        reasons: 'Demo order (synthetic): the content glorifies a terrorist attack and calls on viewers to repeat it; Regulation 2021/784, art. 2(7).',
        duplicates: JSON.stringify([]), created_by: officer, issued_by: issued ? officer : null, issued_at: issued, due_at: issued ? new Date(issued.getTime() + 3_600_000) : null,
        outcome: c.order === 'removed' ? 'removed' : null, outcome_note: c.order === 'removed' ? 'Removed in all member states.' : null, outcome_at: c.order === 'removed' ? new Date(issued!.getTime() + 1_500_000) : null,
        removed_at: c.order === 'removed' ? new Date(issued!.getTime() + 1_500_000) : null,
        // The failed one is long overdue: already escalated (as the job does once), so no start sends a burst of notices.
        escalated_at: c.order === 'failed' ? new Date(issued!.getTime() + 3_660_000) : null,
        scrutiny_org_id: null, scrutiny_decision: null, scrutiny_reasoning: null, scrutiny_by: null, appeal_status: null, appeal_note: null, withdrawn_reason: null,
      } as never)
      .execute();
    events.push({ action: 'content.order.create', recordType: 'content_order', recordId: orderId });
    if (!issued) continue;
    const deliveryId = f.string.uuid();
    const failed = c.order === 'failed';
    await db
      .insertInto('content_deliveries')
      .values({ id: deliveryId, order_id: orderId, provider_id: c.provider.id, event: 'removal_order.issued', payload: JSON.stringify({ event: 'removal_order.issued', order: { id: orderId }, portalBase: '' }), status: failed ? 'failed' : 'delivered', attempts: 1, next_attempt_at: null, delivered_at: failed ? null : issued, created_at: issued } as never)
      .execute();
    await db.insertInto('content_delivery_attempts').values({ delivery_id: deliveryId, attempt: 1, at: issued, status_code: failed ? null : 204, error: failed ? 'fetch failed' : null, duration_ms: failed ? 412 : 180 }).execute();
  }
}
