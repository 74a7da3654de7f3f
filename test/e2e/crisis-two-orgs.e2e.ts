/**
 * Two organisations on one incident, in two browser contexts: the crisis centre's duty officer declares
 * an exercise incident, alerts the local police and activates the terror-attack protocol; the police
 * commander (another organisation) sees the tasks appear live and moves one, which the officer sees
 * live. The officer corrects a log entry, adds a task by hand, reads the timeline and closes the
 * incident; then the after-action review: findings, a corrective action owned by the police and linked
 * to the protocol template, which publishing the template's revised version closes — seen live by the
 * police too. Every screen of the exercise carries the EXERCISE watermark.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SCREENSHOTS, describeBrowser, expectCleanPage, pick, signIn, useBrowser } from './browser.ts';

const CORDON = 'Set up the inner and outer cordon';

/** Picks an option of the Mantine Select inside `scope` with the test id. */
async function pickIn(page: Page, scope: Locator, testId: string, option: string | RegExp): Promise<void> {
  await scope.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

describeBrowser('crisis: two organisations', () => {
  const s = useBrowser();

  it('police receive the protocol tasks live; the review action closes with the revised template', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'crisis.officer');
    await page.goto(`${s.server.url}/crisis`);
    await page.getByTestId('declare-open').click();
    await page.getByTestId('declare-title').fill('Two-organisation drill at the market');
    await page.getByTestId('declare-municipality').fill('Brussels');
    await page.getByTestId('declare-exercise').check();
    await page.getByTestId('declare-submit').click();
    await page.getByTestId('incident-page').waitFor();
    await page.getByTestId('exercise-watermark').waitFor();
    const id = page.url().split('/crisis/')[1]!;

    // The declaring organisation alerts the local police (another organisation).
    await pick(page, 'participant-org', 'Local Police North Zone');
    await page.getByTestId('participant-add').click();
    await page.getByTestId('participants').getByText('Local Police North Zone').waitFor();

    const police = await s.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    police.setDefaultTimeout(15_000);
    try {
      const p2 = await police.newPage();
      await signIn(p2, s.server.url, 'police.commander');
      await p2.goto(`${s.server.url}/crisis/${id}`);
      await p2.getByTestId('incident-page').waitFor();
      await p2.getByTestId('exercise-watermark').waitFor();
      await p2.getByTestId('live-state').filter({ hasText: 'live' }).waitFor();
      expect(await p2.getByTestId('task-row').count()).toBe(0);

      // The officer activates the protocol; the police page shows its tasks without a reload.
      await pick(page, 'protocol-select', /Terror attack — first hour/);
      await page.getByTestId('protocol-activate').click();
      const cordonP2 = p2.getByTestId('task-row').filter({ hasText: CORDON });
      await cordonP2.waitFor();
      expect(await p2.getByTestId('task-row').count()).toBeGreaterThan(3);

      // The police commander takes the cordon task; the officer sees it move live.
      await pickIn(p2, cordonP2, 'task-status', 'Doing');
      const cordonP1 = page.getByTestId('task-row').filter({ hasText: CORDON });
      await expect.poll(() => cordonP1.getByTestId('task-status').inputValue(), { timeout: 15_000 }).toBe('Doing');

      // A log entry and its correction (a new entry naming the corrected one).
      await page.getByTestId('log-text').fill('Casualty count: 12');
      await page.getByTestId('log-submit').click();
      const original = page.getByTestId('log-entry').filter({ hasText: 'Casualty count: 12' });
      await original.getByTestId('log-correct').click();
      await page.getByTestId('correction-banner').waitFor();
      await page.getByTestId('log-text').fill('Casualty count: 14 (recounted)');
      await page.getByTestId('log-reason').fill('Recount by the medical post');
      await page.getByTestId('log-submit').click();
      await original.getByTestId('log-corrected').waitFor();
      await page.getByTestId('log-entry').filter({ hasText: 'Casualty count: 14' }).getByTestId('log-correction').waitFor();
      await p2.getByTestId('log-entries').getByText('Casualty count: 14 (recounted)').waitFor();

      // A task added by hand reaches the police live.
      await page.getByTestId('task-add-open').click();
      await page.getByTestId('task-title').fill('Escort the bomb squad to the market');
      await page.getByTestId('task-role').fill('Police director (Dir-Pol)');
      await page.getByTestId('task-submit').click();
      await p2.getByTestId('task-row').filter({ hasText: 'Escort the bomb squad' }).waitFor();

      // The timeline puts the phase, log, tasks and organisations on one axis.
      await page.getByTestId('timeline-link').click();
      await page.getByTestId('timeline-page').waitFor();
      await page.getByTestId('exercise-watermark').waitFor();
      for (const kind of ['incident.declared', 'participant.changed', 'protocol.activated', 'task.updated', 'log.appended', 'task.created']) {
        await page.locator(`[data-testid="timeline-item"][data-kind="${kind}"]`).first().waitFor();
      }
      await page.getByTestId('timeline-page').getByText(/Police director|Casualty count: 14/).first().waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'crisis-timeline.png'), fullPage: true });
      await page.getByTestId('back-to-incident').click();

      // The declaring organisation closes the incident; the police page shows it closed.
      await page.getByTestId('close-reason').fill('Scene released, end of the exercise');
      await page.getByTestId('close-start').click();
      await page.getByTestId('close-confirm').click();
      await p2.getByTestId('incident-page').getByText('Closed', { exact: true }).first().waitFor();

      // After-action review: findings and a corrective action for the police, linked to the protocol.
      await page.getByTestId('review-link').click();
      await page.getByTestId('review-page').waitFor();
      await page.getByTestId('exercise-watermark').waitFor();
      await page.getByTestId('review-start').click();
      await page.getByTestId('objective-text').fill('Inner cordon within 15 minutes');
      await page.getByTestId('objective-capability').fill('On-scene security');
      await pick(page, 'objective-rating', /^S ·/);
      await page.getByTestId('improvement-add').click();
      await page.getByTestId('improvement-observation').fill('The cordon task reached the police only by radio.');
      await page.getByTestId('improvement-analysis').fill('The protocol named no checklist for the outer cordon.');
      await page.getByTestId('improvement-recommendation').fill('Add an outer-cordon checklist item to the protocol.');
      await page.getByTestId('review-save').click();
      await page.getByTestId('review-view').getByText('Inner cordon within 15 minutes').waitFor();

      await page.getByTestId('action-add-open').click();
      await page.getByTestId('action-description').fill('Add the outer-cordon checklist to the first-hour protocol');
      await pick(page, 'action-owner-org', 'Local Police North Zone');
      await page.getByTestId('action-owner-role').fill('Police director (Dir-Pol)');
      await pick(page, 'action-template-select', /Terror attack — first hour \(v1\)/);
      await page.getByTestId('action-submit').click();
      const action = page.getByTestId('action-row').filter({ hasText: 'outer-cordon checklist' });
      await action.getByTestId('action-template').filter({ hasText: 'Closes when' }).waitFor();

      // The police (owner organisation) see the action and take it up.
      await p2.goto(`${s.server.url}/crisis/${id}/review`);
      await p2.getByTestId('review-page').waitFor();
      await p2.getByTestId('exercise-watermark').waitFor();
      const actionP2 = p2.getByTestId('action-row').filter({ hasText: 'outer-cordon checklist' });
      await actionP2.getByText('Local Police North Zone · Police director (Dir-Pol)').waitFor();
      await pickIn(p2, actionP2, 'action-status-select', 'In progress');
      await expect.poll(() => action.getByTestId('action-status-select').inputValue(), { timeout: 15_000 }).toBe('In progress');

      // Publishing the revised template closes the action, live on both screens.
      await action.getByTestId('action-revise').click();
      await page.getByTestId('revise-task-title').nth(3).fill('Set up the inner and outer cordon (outer-cordon checklist) and the evacuation routes');
      await page.getByTestId('revise-note').fill('D3: outer-cordon checklist (after-action review of the market drill)');
      await page.getByTestId('revise-submit').click();
      await page.getByTestId('revise-done').getByText('Version 2 published; 1 corrective action(s) closed.').waitFor();
      await action.getByTestId('action-status').filter({ hasText: 'Closed' }).waitFor();
      await action.getByTestId('action-template').filter({ hasText: 'Closed by version 2' }).waitFor();
      await actionP2.getByTestId('action-status').filter({ hasText: 'Closed' }).waitFor();

      await page.getByTestId('review-complete').click();
      await page.getByTestId('review-status').filter({ hasText: 'Completed' }).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'crisis-review.png'), fullPage: true });
    } finally {
      await police.close();
    }
    expectCleanPage(s);
  }, 300_000); // one long flow across two contexts: more steps than the suite's default allows on a busy machine
});
