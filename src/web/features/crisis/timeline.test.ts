/** The timeline's pure parts: categories, elapsed time, and every event kind having a sentence in four languages. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { crisis as de } from '../../i18n/de/crisis.ts';
import { crisis as en } from '../../i18n/en/crisis.ts';
import { crisis as fr } from '../../i18n/fr/crisis.ts';
import { crisis as nl } from '../../i18n/nl/crisis.ts';
import { CATEGORIES, categoryOf, describeEvent, elapsed } from './timeline.ts';

const KINDS = ['incident.declared', 'incident.phase', 'incident.terror-state', 'incident.closed', 'participant.changed', 'subject.linked', 'subject.unlinked', 'assessment.linked', 'assessment.unlinked', 'log.appended', 'log.flagged', 'log.confirmed', 'sitrep.created', 'sitrep.approved', 'protocol.activated', 'task.created', 'task.updated', 'task.checklist', 'unit.requested', 'unit.updated', 'unit.placed', 'review.saved', 'review.completed', 'action.created', 'action.updated', 'action.closed', 'alert.drafted', 'alert.submitted', 'alert.approved', 'alert.published', 'cordon.created', 'cordon.lifted'];

describe('crisis timeline', () => {
  it('puts every kind in a category', () => {
    expect(categoryOf('incident.phase')).toBe('phase');
    expect(categoryOf('protocol.activated')).toBe('tasks');
    expect(categoryOf('action.closed')).toBe('review');
    expect(categoryOf('alert.published')).toBe('alerts');
    expect(categoryOf('cordon.created')).toBe('cordons');
    expect(categoryOf('cordon.lifted')).toBe('cordons');
    expect(categoryOf('unit.placed')).toBe('units');
    expect(categoryOf('something.else')).toBe('other');
  });

  it('tells the time since the incident', () => {
    const t0 = '2026-03-22T07:58:00Z';
    expect(elapsed(t0, '2026-03-22T07:58:30Z')).toBe('T+0:00');
    expect(elapsed(t0, '2026-03-22T09:03:00Z')).toBe('T+1:05');
    expect(elapsed(t0, '2026-03-24T11:08:00Z')).toBe('T+2d 03:10');
    expect(elapsed(t0, '2026-03-22T07:54:00Z')).toBe('T−0:04');
  });

  it('has a sentence for every event kind in every language, with the states translated', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation: { crisis: en } }, nl: { translation: { crisis: nl } }, fr: { translation: { crisis: fr } }, de: { translation: { crisis: de } } }, interpolation: { escapeValue: false } });
    for (const lng of ['en', 'nl', 'fr', 'de']) {
      await i18n.changeLanguage(lng);
      for (const kind of KINDS) {
        const text = describeEvent({ id: 1, kind, at: '2026-03-22T08:00:00Z', payload: { from: null, to: 'active', title: 'X' } }, i18n.t, new Map()).text;
        expect(text, `${lng} ${kind}`).not.toBe(kind);
        expect(text, `${lng} ${kind}`).not.toContain('crisis.');
      }
    }
    await i18n.changeLanguage('nl');
    const phase = describeEvent({ id: 2, kind: 'incident.phase', at: '2026-03-22T08:00:00Z', payload: { from: 'municipal', to: 'federal', reason: 'Minister' } }, i18n.t, new Map());
    expect(phase).toEqual({ text: `Fase: ${nl.phase.municipal} → ${nl.phase.federal}`, detail: 'Minister' });
    const org = describeEvent({ id: 3, kind: 'participant.changed', at: '2026-03-22T08:00:00Z', payload: { orgId: 'o1', from: null, to: 'alerted' } }, i18n.t, new Map([['o1', 'Local Police']]));
    expect(org.text).toBe(`Local Police: niet betrokken → ${nl.participant.alerted}`);
    const cordon = describeEvent({ id: 4, kind: 'cordon.created', at: '2026-03-22T08:00:00Z', payload: { kind: 'outer', label: 'Station' } }, i18n.t, new Map());
    expect(cordon.text).toBe(`Afzetting ingesteld (${nl.map.kind.outer}): Station`);
    expect(i18n.t('crisis.timeline.category.cordons')).toBe('Afzettingen');
    const placed = describeEvent({ id: 5, kind: 'unit.placed', at: '2026-03-22T08:00:00Z', payload: { name: 'Patrol 7', lat: 50.8466, lon: 4.3528 } }, i18n.t, new Map());
    expect(placed.text).toBe('Eenheid Patrol 7: positie 50.84660, 4.35280');
    const removed = describeEvent({ id: 6, kind: 'unit.placed', at: '2026-03-22T08:00:00Z', payload: { name: 'Patrol 7', lat: null, lon: null } }, i18n.t, new Map());
    expect(removed.text).toBe('Eenheid Patrol 7: positie van de kaart gehaald');
  });

  it('has a filter label for every category in every language', async () => {
    for (const [lng, res] of Object.entries({ en, nl, fr, de })) {
      const labels = res.timeline.category as Record<string, string>;
      for (const c of CATEGORIES) expect(labels[c], `${lng} ${c}`).toBeTruthy();
    }
    expect([en, nl, fr, de].map((r) => r.timeline.category.cordons)).toEqual(['Cordons', 'Afzettingen', 'Périmètres', 'Absperrungen']);
  });
});
