/** Nederlands: the public-alert screens (CAP 1.2). */
import type { Resources } from '../en.ts';

export const alerts: Resources['alerts'] = {
    nav: 'Publieke alarmering', title: 'Publieke alarmering', intro: 'Waarschuwingen aan de bevolking als CAP 1.2-berichten (BE-Alert, informatieborden): opgesteld, goedgekeurd door een tweede persoon van de uitgevende overheid, dan gepubliceerd en ondertekend.',
    newAlert: 'Nieuwe alarmering', none: 'Geen alarmeringen', noneHelp: 'Nog niets in deze lijst.', feed: 'Publieke feed',
    exercise: 'OEFENING', exerciseHelp: 'Oefenbericht: CAP-status Exercise; de bevolking hoeft niets te doen.',
    state: { all: 'Alle', draft: 'Ontwerp', awaiting_approval: 'Wacht op goedkeuring', approved: 'Goedgekeurd', published: 'Gepubliceerd', cancelled: 'Ingetrokken' },
    superseded: 'vervangen door een later bericht',
    col: { headline: 'Titel', type: 'Type', state: 'Status', incident: 'Incident', changed: 'Gewijzigd', organisation: 'Uitgever' },
    msgType: { Alert: 'Alarmering', Update: 'Bijwerking', Cancel: 'Intrekking' },
    status: { Actual: 'Echt', Exercise: 'Oefening' },
    field: {
      status: 'Status', category: 'Categorie', responseType: 'Reactie', urgency: 'Dringendheid', severity: 'Ernst', certainty: 'Zekerheid', onset: 'Begin', expires: 'Verloopt',
      web: 'Webpagina', contact: 'Contact', event: 'Gebeurtenis', headline: 'Titel', description: 'Beschrijving', instruction: 'Instructie', sms: 'Tekst voor sms / cell broadcast',
      areaDescription: 'Beschrijving van de zone', municipalities: 'Gemeenten', polygons: 'Veelhoeken', circles: 'Cirkels',
    },
    language: { 'nl-BE': 'Nederlands', 'fr-BE': 'Frans', 'de-DE': 'Duits', 'en-GB': 'Engels' },
    sms: { count: '{{units}} / {{limit}} ({{encoding}})', ucs2: 'Buiten het GSM-alfabet: {{chars}} — de tekst gaat als UCS-2 (70 tekens). Vervang ze om 160 te krijgen.', tooLong: 'Te lang voor één sms' },
    area: {
      title: 'Zone', mode: 'Tekenen', view: 'Bekijken', polygon: 'Veelhoek', circle: 'Cirkel', municipalities: 'Gemeenten', finish: 'Veelhoek sluiten', undo: 'Punt ongedaan maken', clear: 'Getekende vormen wissen',
      polygonHelp: 'Klik de hoeken aan; sluit de veelhoek met de knop.', circleHelp: 'Klik het middelpunt en dan een punt op de rand.', municipalitiesHelp: 'Klik gemeenten aan om ze toe te voegen of weg te halen, of kies ze in de lijst.',
      noMap: 'De kaart kan in deze browser niet getekend worden (geen WebGL); kies de gemeenten in de lijst.', pick: 'Gemeenten kiezen', radius: '{{km}} km',
      summary: '{{polygons}} veelhoek(en), {{circles}} cirkel(s), {{municipalities}} gemeente(n)',
    },
    action: {
      save: 'Ontwerp opslaan', submit: 'Ter goedkeuring voorleggen', approve: 'Goedkeuren', publish: 'Publiceren', return: 'Terugsturen naar opsteller', returnReason: 'Waarom wordt ze teruggestuurd?', discard: 'Ontwerp verwijderen',
      update: 'Bijwerking uitgeven', cancel: 'Intrekking uitgeven', viewXml: 'CAP-XML', signature: 'Handtekening', confirmPublish: 'Deze alarmering nu in de publieke feed publiceren? Een gepubliceerde alarmering kan niet meer gewijzigd worden, enkel bijgewerkt of ingetrokken.',
    },
    problems: 'Te verbeteren vóór goedkeuring', noProblems: 'Alle velden zijn klaar voor goedkeuring.', returned: 'Teruggestuurd door de goedkeurder: {{reason}}', saved: 'Ontwerp opgeslagen',
    review: { title: 'Goedkeuring', diff: 'Wijzigingen sinds het vorige bericht', noDiff: 'Geen eerder bericht: dit is een nieuwe alarmering.', preview: 'Het bericht zoals het gepubliceerd wordt', secondPerson: 'Een tweede persoon van de uitgevende overheid keurt goed en publiceert: u hebt deze alarmering opgesteld.' },
    meta: { draftedBy: 'Opgesteld door', approvedBy: 'Goedgekeurd door', publishedBy: 'Gepubliceerd door', identifier: 'Kenmerk', references: 'Volgt op', incident: 'Incident' },
};
