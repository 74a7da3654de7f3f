import { describe, expect, it } from 'vitest';
import { sharingPreview, type PreviewOrg } from './preview.ts';

const orgs: PreviewOrg[] = [
  { id: 'a', name: 'Intel A', kind: 'intelligence', groupIds: ['g'] },
  { id: 'b', name: 'Police B', kind: 'police', groupIds: ['g'] },
  { id: 'c', name: 'Border C', kind: 'border', groupIds: [] },
  { id: 'p', name: 'Partner P', kind: 'foreign-partner', groupIds: [] },
  { id: 'o', name: 'Oversight O', kind: 'oversight', groupIds: [] },
];
const base = { classification: 'restricted' as const, tlp: 'amber' as const, sharedWith: [] as string[], groupIds: [] as string[], handlingCode: 'H0' as const, hitNoHit: false, legalBasis: 'law', purpose: 'purpose', reviewDate: null };
const by = (lines: ReturnType<typeof sharingPreview>) => Object.fromEntries(lines.map((l) => [l.organisationId, l.access]));

describe('sharingPreview', () => {
  it('organisation only: the owner alone; hit-no-hit tells the others it exists', () => {
    expect(by(sharingPreview({ ...base, distribution: 'organisation' }, 'a', orgs))).toEqual({ a: 'full', b: 'none', c: 'none', p: 'none', o: 'none' });
    expect(by(sharingPreview({ ...base, distribution: 'organisation', hitNoHit: true }, 'a', orgs))).toEqual({ a: 'full', b: 'hit', c: 'hit', p: 'hit', o: 'none' });
  });
  it('a sharing group reaches its members', () => {
    expect(by(sharingPreview({ ...base, distribution: 'group', groupIds: ['g'] }, 'a', orgs))).toEqual({ a: 'full', b: 'full', c: 'none', p: 'none', o: 'none' });
  });
  it('all: every organisation but oversight; a foreign partner gets it stepped down', () => {
    const lines = sharingPreview({ ...base, distribution: 'all' }, 'a', orgs);
    expect(by(lines)).toEqual({ a: 'full', b: 'full', c: 'full', p: 'full', o: 'none' });
    expect(lines.find((l) => l.organisationId === 'p')!.federation).toEqual({ sentAs: 'connected', thereAs: 'community' });
    const red = sharingPreview({ ...base, distribution: 'all', tlp: 'red' }, 'a', orgs);
    expect(red.find((l) => l.organisationId === 'p')!.federation).toEqual({ sentAs: 'connected', thereAs: 'organisation' });
  });
});
