/** English: the public-alert screens (CAP 1.2). */
export const alerts = {
    nav: 'Public alerts', title: 'Public alerts', intro: 'Warnings to the public as CAP 1.2 messages (BE-Alert, notice boards): drafted, approved by a second person of the issuing authority, then published and signed.',
    newAlert: 'New alert', none: 'No alerts', noneHelp: 'Nothing in this list yet.', feed: 'Public feed',
    exercise: 'EXERCISE', exerciseHelp: 'Exercise message: CAP status Exercise; no action by the public.',
    state: { all: 'All', draft: 'Draft', awaiting_approval: 'Awaiting approval', approved: 'Approved', published: 'Published', cancelled: 'Cancelled' },
    superseded: 'replaced by a later message',
    col: { headline: 'Headline', type: 'Type', state: 'State', incident: 'Incident', changed: 'Changed', organisation: 'Issuer' },
    msgType: { Alert: 'Alert', Update: 'Update', Cancel: 'Cancel' },
    status: { Actual: 'Actual', Exercise: 'Exercise' },
    field: {
      status: 'Status', category: 'Category', responseType: 'Response', urgency: 'Urgency', severity: 'Severity', certainty: 'Certainty', onset: 'Onset', expires: 'Expires',
      web: 'Web page', contact: 'Contact', event: 'Event', headline: 'Headline', description: 'Description', instruction: 'Instruction', sms: 'SMS / cell broadcast text',
      areaDescription: 'Area description', municipalities: 'Municipalities', polygons: 'Polygons', circles: 'Circles',
    },
    language: { 'nl-BE': 'Dutch', 'fr-BE': 'French', 'de-DE': 'German', 'en-GB': 'English' },
    sms: { count: '{{units}} / {{limit}} ({{encoding}})', ucs2: 'Outside the GSM alphabet: {{chars}} — the text goes as UCS-2 (70 characters). Replace them to get 160.', tooLong: 'Too long for one SMS' },
    area: {
      title: 'Area', mode: 'Draw', view: 'Look', polygon: 'Polygon', circle: 'Circle', municipalities: 'Municipalities', finish: 'Close polygon', undo: 'Undo point', clear: 'Clear drawn shapes',
      polygonHelp: 'Click the corners; close the polygon with the button.', circleHelp: 'Click the centre, then a point on the edge.', municipalitiesHelp: 'Click municipalities to add or remove them, or pick them in the list.',
      noMap: 'The map cannot be drawn in this browser (no WebGL); choose municipalities in the list.', pick: 'Pick municipalities', radius: '{{km}} km',
      summary: '{{polygons}} polygon(s), {{circles}} circle(s), {{municipalities}} municipality(ies)',
    },
    action: {
      save: 'Save draft', submit: 'Submit for approval', approve: 'Approve', publish: 'Publish', return: 'Return to drafter', returnReason: 'Why is it returned?', discard: 'Discard draft',
      update: 'Issue an Update', cancel: 'Issue a Cancel', viewXml: 'CAP XML', signature: 'Signature', confirmPublish: 'Publish this alert to the public feed now? A published alert cannot be changed, only updated or cancelled.',
    },
    problems: 'To fix before approval', noProblems: 'Every field is ready for approval.', returned: 'Returned by the approver: {{reason}}', saved: 'Draft saved',
    review: { title: 'Approval', diff: 'Changes since the previous message', noDiff: 'No earlier message: this is a new alert.', preview: 'The message as it will be published', secondPerson: 'A second person of the issuing authority approves and publishes: you wrote this alert.' },
    meta: { draftedBy: 'Drafted by', approvedBy: 'Approved by', publishedBy: 'Published by', identifier: 'Identifier', references: 'Follows', incident: 'Incident' },
};
