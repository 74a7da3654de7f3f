/**
 * Oversight: the oversight user finds the record an analyst just opened by the person's name (without
 * reading it), sees who read it summarised per user in plain words, sees a foreign partner's TAXII pull
 * among those who read a shared record, follows the user to what they read,
 * verifies the chain, sees statistics; a plain administrator has no oversight screen.
 */
import { expect, it } from 'vitest';
import { join } from 'node:path';
import { SCREENSHOTS, describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('oversight', () => {
  const s = useBrowser();
  let recordId = '';
  let pulledId = '';

  it('an analyst opens a record', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.police');
    await page.goto(`${s.server.url}/search?q=theophile%20petit`);
    await page.getByTestId('result-link').first().click();
    await page.getByTestId('subject-name').waitFor();
    recordId = page.url().split('/').pop()!;
    expect(recordId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a foreign partner pulls a record shared with everyone over TAXII with an API token', async () => {
    // An intelligence record shared with all connected services (synthetic person).
    const intel = await s.server.client('analyst.intel');
    const subject = await intel.post('/api/subjects', {
      kind: 'person', names: ['Wendelin Pullhaver'], birthDate: '1984-09-12', nationalities: ['BE'], category: 'FTF',
      markings: { classification: 'restricted', tlp: 'green', distribution: 'all', legalBasis: 'Organic Act of 30 November 1998, art. 7', purpose: 'prevention of terrorism', reviewDate: '2030-01-01' },
    });
    expect(subject.status).toBe(201);
    pulledId = subject.body.id;
    // The partner service's liaison account, made by the administrator, pulls the whole collection.
    const admin = await s.server.client('admin');
    const orgs = (await admin.get('/api/organisations')).body as Array<{ id: string; name: string }>;
    const partnerOrg = orgs.find((o) => o.name === 'Partner Service Lowlands')!.id;
    const created = await admin.post('/api/users', { username: 'liaison.lowlands', displayName: 'Liaison Lowlands', orgId: partnerOrg, clearance: 'restricted', roles: { sharing: ['read'] }, password: 'liaison-password-1234' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const liaison = await s.server.client();
    expect((await liaison.login('liaison.lowlands', 'liaison-password-1234')).status).toBe(200);
    const token = (await liaison.post('/api/tokens', { name: 'TAXII pulls' })).body.token as string;
    // The sharing copy is made by a background job within seconds: pull until the record is there.
    let found = false;
    for (let attempt = 0; attempt < 60 && !found; attempt++) {
      const r = await fetch(`${s.server.url}/taxii2/vigil/collections/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f/objects/?match[type]=identity&limit=1000`, { headers: { authorization: `Bearer ${token}`, accept: 'application/taxii+json;version=2.1' } });
      expect(r.status).toBe(200);
      found = (await r.text()).includes(pulledId);
      if (!found) await new Promise((res) => setTimeout(res, 500));
    }
    expect(found).toBe(true);
  });

  it('the oversight user sees the partner among those who read that record', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'oversight');
    await page.getByTestId('nav-oversight').click();
    await page.getByTestId('record-id').fill('Wendelin Pullhaver');
    await page.getByTestId('record-submit').click();
    const match = page.getByTestId('lookup-match').filter({ has: page.locator(`[data-record-id="${pulledId}"]`) });
    await match.waitFor();
    await match.getByTestId('lookup-who').click();
    const partner = page.getByTestId('summary-people').locator('[data-actor="liaison.lowlands"]');
    await partner.waitFor();
    expect(await partner.getByTestId('summary-actions').textContent()).toContain('Partner pulled objects (TAXII)');
    await page.screenshot({ path: join(SCREENSHOTS, 'oversight_partner_pull.png'), fullPage: true });
  });

  it('the oversight user finds it by name, sees who read it per user, follows the user, verifies the chain', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'oversight');
    // Oversight sees only the oversight pages, not intelligence records.
    expect(await page.getByTestId('nav-search').count()).toBe(0);
    await page.getByTestId('nav-oversight').click();
    await page.getByTestId('record-id').fill('Theophile Petit');
    await page.getByTestId('record-submit').click();
    const match = page.getByTestId('lookup-match').filter({ has: page.locator(`[data-record-id="${recordId}"]`) });
    await match.waitFor();
    expect(await match.textContent()).toContain('Theophile Petit');
    await match.getByTestId('lookup-who').click();

    const people = page.getByTestId('summary-people');
    await people.waitFor();
    const police = people.locator('[data-actor="analyst.police"]');
    await police.waitFor();
    expect(await police.getByTestId('summary-actions').textContent()).toContain('Read a person or organisation record');
    const table = page.getByTestId('record-access');
    await table.getByTestId('audit-actor').filter({ hasText: 'analyst.police' }).first().waitFor();
    expect(await table.textContent()).toContain('Read a person or organisation record');
    expect(await page.getByTestId('answer-csv').getAttribute('href')).toContain(`recordId=${recordId}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'oversight_who_read_a_record.png'), fullPage: true });

    // The user, then back to the record through its clickable id.
    await police.getByTestId('actor-link').click();
    const records = page.getByTestId('summary-records');
    await records.waitFor();
    await records.locator(`[data-record-id="${recordId}"]`).click();
    await page.getByTestId('summary-people').waitFor();

    await page.getByTestId('verify').click();
    await page.getByTestId('verdict').waitFor();
    expect(await page.getByTestId('verdict').textContent()).toContain('intact');
    await page.getByTestId('tab-stats').click();
    await page.getByTestId('stats-table').waitFor();
    await page.locator('[data-testid="stats-chart"] canvas').first().waitFor();
    await page.getByTestId('tab-log').click();
    await page.getByTestId('audit-table').waitFor();
    expect(await page.getByTestId('answer-csv').getAttribute('href')).toContain('/api/audit/export?format=csv');
    expectCleanPage(s);
  });

  it('a plain administrator has no oversight screen', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'admin');
    await page.getByTestId('nav-admin').waitFor();
    expect(await page.getByTestId('nav-oversight').count()).toBe(0);
  });
});
