/** Request bodies for tests: valid by default, overridable. All people are synthetic. */
export function markings(over: Record<string, unknown> = {}) {
  return {
    classification: 'restricted',
    tlp: 'amber',
    distribution: 'all',
    legalBasis: 'Organic Act of 30 November 1998, art. 7',
    purpose: 'prevention of terrorism',
    reviewDate: '2030-01-01',
    ...over,
  };
}

export function subjectBody(over: Record<string, unknown> = {}, mark: Record<string, unknown> = {}) {
  return {
    kind: 'person',
    names: ['Zoltan Kővári-Testperson', 'Золтан Ковари'],
    birthDate: '1990-04',
    nationalities: ['BE', 'HU'],
    category: 'PVE',
    gender: 'male',
    markings: markings(mark),
    ...over,
  };
}

export function reportBody(subjectIds: string[], over: Record<string, unknown> = {}) {
  return {
    title: 'Observation at the harbour',
    body: 'The subject was seen handing over a parcel near the ferry terminal.',
    reportedOn: '2026-03-01',
    sourceReliability: 'B',
    infoCredibility: '2',
    subjectIds,
    markings: markings(),
    ...over,
  };
}
