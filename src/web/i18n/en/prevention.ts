/** English: the prevention screens (LIVC-R, programmes, exchanges, training). */
export const prevention = {
  nav: 'Prevention', navTraining: 'Training',
  tabs: { cells: 'Case consultation', programmes: 'Programmes', exchanges: 'Exchanges', training: 'Training', trainer: 'Team results' },
  cells: {
    title: 'Case consultation (LIVC-R)', none: 'You are not a member of a cell', noneHelp: 'Cells are created by a prevention administrator; the coordinator adds members.',
    members: 'Members', municipalities: 'Municipalities', coordinator: 'coordinator', core: 'core member', cases: 'Cases you take part in', noCases: 'No case you take part in.',
    queue: 'Review queue', queueHelp: 'Cases of the cells you coordinate whose review date has come or comes within 30 days.', queueEmpty: 'Nothing to review.',
    meetings: 'Meetings', noMeetings: 'No meetings yet.', newMeeting: 'Schedule a meeting', agendaItem: 'Agenda item', heldOn: 'Date',
    newCase: 'Bring a case', minimumHelp: 'Minimum data only: a pseudonymous reference, the year of birth and the municipality. Every further field needs a stated reason.',
    reference: 'Pseudonymous reference', birthYear: 'Year of birth', municipality: 'Municipality', legalBasis: 'Legal basis', consent: 'Consent of the person', consentNote: 'Why consent does not apply', open: 'Open case',
  },
  role: { mayor: 'mayor', police_chief: 'police chief', prevention_official: 'prevention official', police: 'police', social_services: 'social services', youth_services: 'youth services', education: 'education', other: 'other' },
  stage: { identification: 'Identification', assessment: 'Assessment', planning: 'Planning', delivery: 'Delivery', monitoring: 'Monitoring and evaluation', exit: 'Exit' },
  sharing: { own_service: 'Own service only', cell: 'Shared with the cell', secrecy: 'Shared under professional secrecy' },
  sharingHelp: {
    own_service: 'Only members of your organisation read it. You are never obliged to share.',
    cell: 'Every member taking part in the case reads it; it may go on the feedback sheet to the police.',
    secrecy: 'Every member taking part reads it under shared professional secrecy; it never leaves the cell.',
  },
  consent: { not_applicable: 'not applicable', given: 'given', refused: 'refused', withdrawn: 'withdrawn' },
  case: {
    born: 'born {{year}}', review: 'Review by {{date}}', reviewDue: 'Review due', restricted: 'Restricted by retention: only the coordinator reads this case until it is reviewed.',
    reviewNow: 'Review the case', nextReview: 'Next review date', legalBasis: 'Legal basis', consent: 'Consent', fields: 'Fields beyond the minimum', reason: 'reason: {{reason}}',
    participants: 'Taking part', invite: 'Invite a member', stage: 'Stage', moveTo: 'Move to', stageReason: 'Reason (needed for exit and for going back)', move: 'Move',
    history: 'Stage history', contributions: 'Contributions', noContributions: 'Nothing shared with you yet.', from: '{{name}}, {{role}}, {{org}}',
    add: 'Add a contribution', text: 'Text', kind: 'Kind', note: 'note', conclusion: 'conclusion', sharing: 'Sharing level', save: 'Add',
    plan: 'Support plan', goal: 'Goal', action: 'Action', responsible: 'Responsible service', actionReview: 'Review on', addPlan: 'Add to the plan', noPlan: 'No goals or actions yet.',
    intel: 'Links to intelligence', intelNone: 'None. A case is linked to an intelligence subject only by a documented decision of the cell.',
  },
  sheet: {
    title: 'Feedback sheet to the police', help: 'It leaves the cell: every member taking part must consent, and it never carries what was shared under professional secrecy.',
    summary: 'Summary', advice: 'Advice', quote: 'Quote the cell’s conclusions', draft: 'Draft the sheet', sent: 'Sent {{when}}', draftState: 'Draft, awaiting consent',
    consented: 'consented', refusedBy: 'refused', waiting: 'waiting', consent: 'I consent', refuse: 'I refuse', send: 'Send to the police', none: 'No feedback sheet yet.',
    missing_one: '{{count}} consent missing', missing_other: '{{count}} consents missing',
  },
  meeting: { title: 'Meeting of {{date}}', agenda: 'Agenda', minutes: 'Minutes', noMinutes: 'No minutes yet.', saveMinutes: 'Save minutes', notShared: 'Case (not shared with you)' },
  programmes: {
    title: 'Programmes', kind: { deradicalisation: 'deradicalisation', reintegration: 'reintegration' }, partners: 'Partners', sessions: 'Sessions', enrolments: 'Enrolments you may see',
    enrolmentsHelp: 'Only enrolments of cases you take part in. The totals count every enrolment.', totals: '{{enrolled}} enrolled · {{active}} active · {{completed}} completed · {{left}} left',
    milestones: 'Milestones', attendance: '{{attended}} attended · {{missed}} missed', domain: { education: 'education', work: 'work', housing: 'housing', family: 'family' },
    partnerKind: { community: 'community', religious: 'religious', education: 'education', employment: 'employment', housing: 'housing', health: 'health', family: 'family', other: 'other' },
  },
  exchanges: {
    title: 'CVE exchanges and networks', city: 'City', partners: 'Partner cities', participants: 'Participants', cohorts: 'Cohorts', activities: 'Activities', lessons: 'Lessons learned',
    followUps: 'Follow-up actions in the city’s plan', indicator: 'measured by {{id}}', countsOnly: 'Participants are counted per cohort; no person is recorded.',
    type: { city_pair: 'City Pair', ivlp: 'IVLP', strong_cities_workshop: 'Strong Cities workshop', young_cities: 'Young Cities', mother_schools: 'Mother Schools', father_schools: 'Father Schools', speaker_event: 'Speaker event', training: 'Training' },
    status: { planned: 'planned', in_progress: 'in progress', done: 'done' },
  },
  training: {
    title: 'Cultural-competency training', intro: 'Short scenarios from everyday policing. Your first answer counts; read the feedback, then go on.', progress: '{{answered}} of {{total}} answered · {{correct}} right first time',
    start: 'Start', continue: 'Continue', review: 'Review', done: 'Completed', next: 'Next scenario', finish: 'Back to the modules', right: 'Right', wrong: 'Not quite', answer: 'Answer',
    scenario: 'Scenario {{n}} of {{total}}', completedAll: 'Module completed: {{correct}} of {{total}} right first time.', language: 'Language of the training', install: 'Add the training to your home screen from the browser menu.',
  },
  trainer: {
    title: 'Team results', intro: 'Aggregates per team only. Teams of fewer than five people get no score, so no result points at one officer.', team: 'Team', members: 'Members', completed: 'Completed', score: 'Mean score',
    withheld: { 'team-under-5': 'No score: fewer than five people', 'none-completed': 'No score yet: nobody completed' }, none: 'You train no team.',
  },
};
