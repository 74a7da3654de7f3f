import { describe, expect, it } from 'vitest';
import { vacanciesAfter, vacancyProblem } from './membership.ts';

const CELL_ORG = 'org-city';
const members = [
  { id: 'mayor', role: 'mayor', org_id: CELL_ORG },
  { id: 'chief', role: 'police_chief', org_id: 'org-police' },
  { id: 'official', role: 'prevention_official', org_id: CELL_ORG },
  { id: 'social', role: 'social_services', org_id: 'org-ocmw' },
];

describe('membership vacancies', () => {
  it('names the core role a removal leaves without a holder', () => {
    expect(vacanciesAfter(members, 'mayor', null, CELL_ORG)).toEqual(['mayor']);
    expect(vacanciesAfter(members, 'social', null, CELL_ORG)).toEqual([]);
  });
  it('a second holder of the role keeps it filled', () => {
    const two = [...members, { id: 'mayor2', role: 'mayor', org_id: CELL_ORG }];
    expect(vacanciesAfter(two, 'mayor', null, CELL_ORG)).toEqual([]);
  });
  it('the last coordinator: removal, a role change or an organisation change all leave the cell without one', () => {
    expect(vacanciesAfter(members, 'official', null, CELL_ORG)).toEqual(['prevention_official', 'coordinator']);
    expect(vacanciesAfter(members, 'official', { role: 'other', orgId: CELL_ORG }, CELL_ORG)).toEqual(['prevention_official', 'coordinator']);
    expect(vacanciesAfter(members, 'official', { role: 'prevention_official', orgId: 'org-ocmw' }, CELL_ORG)).toEqual(['coordinator']);
  });
  it('a change that fills a role opens nothing', () => {
    expect(vacanciesAfter(members, 'social', { role: 'mayor', orgId: CELL_ORG }, CELL_ORG)).toEqual([]);
  });
  it('a vacancy needs confirmation; no coordinator only for an administrator', () => {
    expect(vacancyProblem([], { confirmed: false, admin: false })).toBeNull();
    expect(vacancyProblem(['mayor'], { confirmed: false, admin: false })?.code).toBe('CONFLICT');
    expect(vacancyProblem(['mayor'], { confirmed: true, admin: false })).toBeNull();
    expect(vacancyProblem(['coordinator'], { confirmed: true, admin: false })?.code).toBe('FORBIDDEN');
    expect(vacancyProblem(['coordinator'], { confirmed: false, admin: true })?.code).toBe('CONFLICT');
    expect(vacancyProblem(['coordinator'], { confirmed: true, admin: true })).toBeNull();
  });
});
