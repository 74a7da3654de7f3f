/** Nederlands: de preventieschermen (LIVC-R, programma's, uitwisselingen, opleiding). */
import type { Resources } from '../en.ts';

export const prevention: Resources['prevention'] = {
  nav: 'Preventie', navTraining: 'Opleiding',
  tabs: { cells: 'Casusoverleg', programmes: "Programma's", exchanges: 'Uitwisselingen', training: 'Opleiding', trainer: 'Teamresultaten' },
  cells: {
    newCell: 'Cel aanmaken', newCellHelp: 'Eén cel per gemeente; meerdere gemeenten kunnen een cel delen. De coördinator is de preventieambtenaar die ze leidt.', name: 'Naam van de cel', coordinatorPick: 'Coördinator', coordinatorHelp: 'De preventieambtenaar die de cel leidt; diens organisatie coördineert ze.', create: 'Cel aanmaken', addMember: 'Lid toevoegen', role: 'Rol', add: 'Toevoegen', agendaItemN: 'Agendapunt {{n}}', agendaCase: 'Casus (optioneel)', removeItem: 'Dit punt verwijderen', addItem: 'Agendapunt toevoegen', schedule: 'Plannen', legalBasisHelp: 'Uit het juridisch register: de geldende rechtsgrond die deze verwerking toelaat.', legalBasisText: 'Rechtsgrond (als tekst)',
    title: 'Casusoverleg (LIVC-R)', none: 'U bent geen lid van een cel', noneHelp: 'Cellen worden aangemaakt door een preventiebeheerder; de coördinator voegt leden toe.',
    members: 'Leden', municipalities: 'Gemeenten', coordinator: 'coördinator', core: 'vast lid', cases: 'Casussen waaraan u deelneemt', noCases: 'Geen casus waaraan u deelneemt.',
    queue: 'Herzieningslijst', queueHelp: 'Casussen van de cellen die u coördineert waarvan de herzieningsdatum bereikt is of binnen 30 dagen valt.', queueEmpty: 'Niets te herzien.',
    meetings: 'Vergaderingen', noMeetings: 'Nog geen vergaderingen.', newMeeting: 'Vergadering plannen', agendaItem: 'Agendapunt', heldOn: 'Datum',
    newCase: 'Casus aanbrengen', minimumHelp: 'Enkel minimale gegevens: een pseudoniem, het geboortejaar en de gemeente. Elk bijkomend veld vraagt een vermelde reden.',
    reference: 'Pseudoniem', birthYear: 'Geboortejaar', municipality: 'Gemeente', legalBasis: 'Rechtsgrond', consent: 'Toestemming van de persoon', consentNote: 'Waarom toestemming niet van toepassing is', open: 'Casus openen',
  },
  role: { mayor: 'burgemeester', police_chief: 'korpschef', prevention_official: 'preventieambtenaar', police: 'politie', social_services: 'sociale diensten', youth_services: 'jeugddienst', education: 'onderwijs', other: 'andere' },
  stage: { identification: 'Identificatie', assessment: 'Analyse', planning: 'Planning', delivery: 'Uitvoering', monitoring: 'Opvolging en evaluatie', exit: 'Afsluiting' },
  sharing: { own_service: 'Alleen eigen dienst', cell: 'Gedeeld met de cel', secrecy: 'Gedeeld onder beroepsgeheim' },
  sharingHelp: {
    own_service: 'Alleen leden van uw organisatie lezen het. U bent nooit verplicht te delen.',
    cell: 'Elk lid dat aan de casus deelneemt leest het; het mag op de terugkoppelingsfiche aan de politie.',
    secrecy: 'Elk deelnemend lid leest het onder gedeeld beroepsgeheim; het verlaat de cel nooit.',
  },
  consent: { not_applicable: 'niet van toepassing', given: 'gegeven', refused: 'geweigerd', withdrawn: 'ingetrokken' },
  case: {
    fromRegistry: 'juridisch register', changeBasis: 'Rechtsgrond wijzigen',
    born: 'geboren in {{year}}', review: 'Herzien tegen {{date}}', reviewDue: 'Herziening nodig', restricted: 'Beperkt door de bewaartermijn: alleen de coördinator leest deze casus tot ze herzien is.',
    reviewNow: 'Casus herzien', nextReview: 'Volgende herzieningsdatum', legalBasis: 'Rechtsgrond', consent: 'Toestemming', fields: 'Velden buiten het minimum', reason: 'reden: {{reason}}',
    participants: 'Deelnemers', invite: 'Lid uitnodigen', stage: 'Fase', moveTo: 'Naar', stageReason: 'Reden (nodig voor afsluiting en om terug te gaan)', move: 'Verplaatsen',
    history: 'Verloop van de fasen', contributions: 'Bijdragen', noContributions: 'Nog niets met u gedeeld.', from: '{{name}}, {{role}}, {{org}}',
    add: 'Bijdrage toevoegen', text: 'Tekst', kind: 'Soort', note: 'notitie', conclusion: 'conclusie', sharing: 'Deelniveau', save: 'Toevoegen',
    plan: 'Begeleidingsplan', goal: 'Doel', action: 'Actie', responsible: 'Verantwoordelijke dienst', actionReview: 'Herzien op', addPlan: 'Toevoegen aan het plan', noPlan: 'Nog geen doelen of acties.',
    intel: 'Koppelingen met inlichtingen', intelNone: 'Geen. Een casus wordt alleen na een gedocumenteerde beslissing van de cel aan een inlichtingensubject gekoppeld.',
  },
  sheet: {
    title: 'Terugkoppelingsfiche aan de politie', help: 'Ze verlaat de cel: elk deelnemend lid moet instemmen, en ze bevat nooit wat onder beroepsgeheim gedeeld werd.',
    summary: 'Samenvatting', advice: 'Advies', quote: 'Conclusies van de cel citeren', draft: 'Fiche opstellen', sent: 'Verstuurd op {{when}}', draftState: 'Ontwerp, wacht op toestemming',
    consented: 'stemt in', refusedBy: 'weigert', waiting: 'wacht', consent: 'Ik stem in', refuse: 'Ik weiger', send: 'Naar de politie sturen', none: 'Nog geen terugkoppelingsfiche.',
    missing_one: '{{count}} toestemming ontbreekt', missing_other: '{{count}} toestemmingen ontbreken',
  },
  meeting: { editAgenda: 'Agenda wijzigen', saveAgenda: 'Agenda bewaren', hiddenKept: 'Punten over casussen die niet met u gedeeld zijn, blijven ongewijzigd op de agenda.', title: 'Vergadering van {{date}}', agenda: 'Agenda', minutes: 'Notulen', noMinutes: 'Nog geen notulen.', saveMinutes: 'Notulen bewaren', notShared: 'Casus (niet met u gedeeld)' },
  members: {
    change: 'Wijzigen', remove: 'Verwijderen', organisation: 'Organisatie', reasonOptional: 'Reden (facultatief)', reason: 'Waarom het lid vertrekt', removeButton: 'Uit de cel verwijderen',
    removeHelp: '{{name}} ziet de cel en haar casussen niet meer; wat die zei, blijft onder die naam in het dossier.',
    confirmVacancy: 'Ik bevestig: de cel blijft zonder deze rol tot iemand die opneemt.',
    history_one: 'Ledengeschiedenis ({{count}} voormalig lid)', history_other: 'Ledengeschiedenis ({{count}} voormalige leden)',
    former: 'Voormalig lid: {{name}}, {{role}}, {{org}} (tot {{date}})',
    kind: { added: 'toegevoegd als {{to}} ({{toOrg}})', changed: '{{from}} ({{fromOrg}}) → {{to}} ({{toOrg}})', removed: 'verwijderd als {{from}} ({{fromOrg}})' },
    vacancies: 'zonder: {{roles}}', by: 'door {{name}}',
  },
  programmes: {
    startsOn: 'Loopt vanaf', endsOn: 'Tot', runs: 'Loopt {{from}} – {{to}}', contact: 'Contact', removePartner: 'Verwijderen', new: 'Programma aanmaken', name: 'Naam', kindLabel: 'Soort', municipality: 'Gemeente', description: 'Beschrijving', create: 'Programma aanmaken', partnerName: 'Partner', partnerKindLabel: 'Soort partner', addPartner: 'Partner toevoegen', heldOn: 'Datum', topic: 'Onderwerp', ledBy: 'Geleid door (partner)', addSession: 'Sessie toevoegen', enrolCase: 'In te schrijven casus', enrolledOn: 'Ingeschreven op', enrol: 'Inschrijven', session: 'Sessie', present: 'aanwezig', absent: 'afwezig', recordAttendance: 'Aanwezigheid registreren', milestoneText: 'Wat bereikt werd', reachedOn: 'Bereikt op', addMilestone: 'Mijlpaal toevoegen', outcome: 'Resultaat', outcomeNote: 'Opmerking', recordOutcome: 'Resultaat registreren', record: 'Registreren…', outcomes: { completed: 'afgerond', partly: 'gedeeltelijk afgerond', dropped_out: 'afgehaakt', transferred: 'doorverwezen' },
    title: "Programma's", kind: { 'livc-r': 'LIVC-R', deradicalisation: 'deradicalisering', reintegration: 're-integratie' }, partners: 'Partners', sessions: 'Sessies', enrolments: 'Inschrijvingen die u mag zien',
    enrolmentsHelp: 'Alleen inschrijvingen van casussen waaraan u deelneemt. De totalen tellen elke inschrijving.', totals: '{{enrolled}} ingeschreven · {{active}} actief · {{completed}} afgerond · {{left}} gestopt',
    milestones: 'Mijlpalen', attendance: '{{attended}} aanwezig · {{missed}} afwezig', domain: { education: 'onderwijs', work: 'werk', housing: 'huisvesting', family: 'gezin' },
    partnerKind: { community: 'gemeenschap', religious: 'religieus', education: 'onderwijs', employment: 'werk', housing: 'huisvesting', health: 'gezondheid', family: 'gezin', other: 'andere' },
  },
  exchanges: {
    new: 'Uitwisseling registreren', typeLabel: 'Soort', titleLabel: 'Titel', donors: 'Donorgemeenten', donorsHelp: 'Belgische gemeenten die naast de gaststad deelnemen en hun praktijk delen.', partnersHelp: 'Partnersteden in het buitenland: typ een naam en druk op Enter.', startsOn: 'Begin', endsOn: 'Einde', description: 'Beschrijving', record: 'Uitwisseling registreren', cohortLabel: 'Cohorte', year: 'Jaar', addCohort: 'Cohorte toevoegen', heldOn: 'Datum', activity: 'Activiteit', addActivity: 'Activiteit toevoegen', lesson: 'Les', addLesson: 'Les toevoegen', followUp: 'Vervolgactie in het stadsplan', planRef: 'Verwijzing in het plan', dueOn: 'Tegen', indicatorId: 'Indicator (code)', addFollowUp: 'Actie toevoegen',
    title: 'CVE-uitwisselingen en netwerken', city: 'Stad', partners: 'Partnersteden', participants: 'Deelnemers', cohorts: 'Groepen', activities: 'Activiteiten', lessons: 'Geleerde lessen',
    followUps: 'Opvolgacties in het stadsplan', indicator: 'gemeten door {{id}}', countsOnly: 'Deelnemers worden per groep geteld; er wordt geen persoon geregistreerd.',
    type: { 'city-pair': 'City Pair', ivlp: 'IVLP', 'strong-cities': 'Strong Cities-workshop', 'young-cities': 'Young Cities', 'mother-schools': 'Moederscholen', 'father-schools': 'Vaderscholen', speakers: 'Sprekersprogramma', 'community-policing': 'Gemeenschapsgerichte politiezorg', 'diversity-training': 'Diversiteitsopleiding' },
    status: { planned: 'gepland', in_progress: 'bezig', done: 'klaar' },
  },
  training: {
    title: 'Opleiding culturele competentie', intro: 'Korte scenario’s uit het dagelijkse politiewerk. Uw eerste antwoord telt; lees de feedback en ga verder.', progress: '{{answered}} van {{total}} beantwoord · {{correct}} meteen juist',
    start: 'Beginnen', continue: 'Verdergaan', review: 'Herbekijken', done: 'Afgerond', next: 'Volgend scenario', finish: "Terug naar de modules", right: 'Juist', wrong: 'Niet helemaal', answer: 'Antwoord',
    scenario: 'Scenario {{n}} van {{total}}', completedAll: 'Module afgerond: {{correct}} van {{total}} meteen juist.', language: 'Taal van de opleiding', install: 'Zet de opleiding op uw startscherm via het menu van de browser.',
  },
  trainer: {
    title: 'Teamresultaten', intro: 'Alleen totalen per team. Teams van minder dan vijf personen krijgen geen score, zodat geen resultaat naar één agent wijst.', team: 'Team', members: 'Leden', completed: 'Afgerond', score: 'Gemiddelde score',
    withheld: { 'team-under-5': 'Geen score: minder dan vijf personen', 'none-completed': 'Nog geen score: niemand heeft afgerond' }, none: 'U begeleidt geen team.',
  },
};
