/** Français : les écrans de prévention (CSIL-R, programmes, échanges, formation). */
import type { Resources } from '../en.ts';

export const prevention: Resources['prevention'] = {
  nav: 'Prévention', navTraining: 'Formation',
  tabs: { cells: 'Concertation de cas', programmes: 'Programmes', exchanges: 'Échanges', training: 'Formation', trainer: 'Résultats des équipes' },
  cells: {
    newCell: 'Créer une cellule', newCellHelp: 'Une cellule par commune ; plusieurs communes peuvent en partager une. Le coordinateur est le fonctionnaire de prévention qui la mène.', name: 'Nom de la cellule', coordinatorPick: 'Coordinateur', coordinatorHelp: 'Le fonctionnaire de prévention qui mène la cellule ; son organisation la coordonne.', create: 'Créer la cellule', addMember: 'Ajouter un membre', role: 'Rôle', add: 'Ajouter', agendaItemN: 'Point {{n}} de l’ordre du jour', agendaCase: 'Cas (facultatif)', removeItem: 'Retirer ce point', addItem: 'Ajouter un point', schedule: 'Planifier', legalBasisHelp: 'Du registre juridique : la base en vigueur qui permet ce traitement.', legalBasisText: 'Base légale (en texte)',
    title: 'Concertation de cas (CSIL-R)', none: "Vous n'êtes membre d'aucune cellule", noneHelp: 'Les cellules sont créées par un administrateur de la prévention ; le coordinateur ajoute les membres.',
    members: 'Membres', municipalities: 'Communes', coordinator: 'coordinateur', core: 'membre permanent', cases: 'Cas auxquels vous participez', noCases: 'Aucun cas auquel vous participez.',
    queue: 'Cas à réexaminer', queueHelp: 'Cas des cellules que vous coordonnez dont la date de réexamen est atteinte ou tombe dans les 30 jours.', queueEmpty: 'Rien à réexaminer.',
    meetings: 'Réunions', noMeetings: 'Pas encore de réunion.', newMeeting: 'Planifier une réunion', agendaItem: "Point à l'ordre du jour", heldOn: 'Date',
    newCase: 'Présenter un cas', minimumHelp: "Données minimales uniquement : une référence pseudonyme, l'année de naissance et la commune. Tout champ supplémentaire exige un motif.",
    reference: 'Référence pseudonyme', birthYear: 'Année de naissance', municipality: 'Commune', legalBasis: 'Base légale', consent: 'Consentement de la personne', consentNote: 'Pourquoi le consentement ne s’applique pas', open: 'Ouvrir le cas',
  },
  role: { mayor: 'bourgmestre', police_chief: 'chef de corps', prevention_official: 'fonctionnaire de prévention', police: 'police', social_services: 'services sociaux', youth_services: 'service jeunesse', education: 'enseignement', other: 'autre' },
  stage: { identification: 'Identification', assessment: 'Analyse', planning: 'Planification', delivery: 'Mise en œuvre', monitoring: 'Suivi et évaluation', exit: 'Clôture' },
  sharing: { own_service: 'Mon service uniquement', cell: 'Partagé avec la cellule', secrecy: 'Partagé sous secret professionnel' },
  sharingHelp: {
    own_service: "Seuls les membres de votre organisation le lisent. Vous n'êtes jamais obligé de partager.",
    cell: 'Chaque membre participant au cas le lit ; il peut figurer sur la fiche de retour à la police.',
    secrecy: 'Chaque membre participant le lit sous secret professionnel partagé ; il ne quitte jamais la cellule.',
  },
  consent: { not_applicable: 'sans objet', given: 'donné', refused: 'refusé', withdrawn: 'retiré' },
  case: {
    fromRegistry: 'registre juridique', changeBasis: 'Modifier la base légale',
    born: 'né(e) en {{year}}', review: 'À réexaminer avant le {{date}}', reviewDue: 'Réexamen dû', restricted: "Restreint par la durée de conservation : seul le coordinateur lit ce cas jusqu'à son réexamen.",
    reviewNow: 'Réexaminer le cas', nextReview: 'Prochaine date de réexamen', legalBasis: 'Base légale', consent: 'Consentement', fields: 'Champs au-delà du minimum', reason: 'motif : {{reason}}',
    participants: 'Participants', invite: 'Inviter un membre', stage: 'Étape', moveTo: 'Vers', stageReason: 'Motif (requis pour la clôture et pour revenir en arrière)', move: 'Passer',
    history: 'Historique des étapes', contributions: 'Contributions', noContributions: "Rien n'a encore été partagé avec vous.", from: '{{name}}, {{role}}, {{org}}',
    add: 'Ajouter une contribution', text: 'Texte', kind: 'Type', note: 'note', conclusion: 'conclusion', sharing: 'Niveau de partage', save: 'Ajouter',
    plan: "Plan d'accompagnement", goal: 'Objectif', action: 'Action', responsible: 'Service responsable', actionReview: 'Réexamen le', addPlan: 'Ajouter au plan', noPlan: 'Pas encore d’objectif ni d’action.',
    intel: 'Liens avec le renseignement', intelNone: 'Aucun. Un cas n’est lié à un sujet de renseignement que par une décision documentée de la cellule.',
  },
  sheet: {
    title: 'Fiche de retour à la police', help: 'Elle quitte la cellule : chaque membre participant doit consentir, et elle ne contient jamais ce qui a été partagé sous secret professionnel.',
    summary: 'Résumé', advice: 'Avis', quote: 'Citer les conclusions de la cellule', draft: 'Rédiger la fiche', sent: 'Envoyée le {{when}}', draftState: 'Brouillon, en attente de consentement',
    consented: 'consent', refusedBy: 'refuse', waiting: 'en attente', consent: 'Je consens', refuse: 'Je refuse', send: 'Envoyer à la police', none: 'Pas encore de fiche de retour.',
    missing_one: '{{count}} consentement manquant', missing_other: '{{count}} consentements manquants',
  },
  meeting: { editAgenda: 'Modifier l’ordre du jour', saveAgenda: 'Enregistrer l’ordre du jour', hiddenKept: 'Les points sur des cas non partagés avec vous restent inchangés à l’ordre du jour.', title: 'Réunion du {{date}}', agenda: 'Ordre du jour', minutes: 'Procès-verbal', noMinutes: 'Pas encore de procès-verbal.', saveMinutes: 'Enregistrer le procès-verbal', notShared: 'Cas (non partagé avec vous)' },
  members: {
    change: 'Modifier', remove: 'Retirer', organisation: 'Organisation', reasonOptional: 'Motif (facultatif)', reason: 'Pourquoi le membre part', removeButton: 'Retirer de la cellule',
    removeHelp: '{{name}} ne verra plus la cellule ni ses cas ; ce qu’il ou elle a dit reste au dossier sous son nom.',
    confirmVacancy: 'Je confirme : la cellule reste sans ce rôle jusqu’à ce que quelqu’un le reprenne.',
    history_one: 'Historique des membres ({{count}} ancien membre)', history_other: 'Historique des membres ({{count}} anciens membres)',
    former: 'Ancien membre : {{name}}, {{role}}, {{org}} (jusqu’au {{date}})',
    kind: { added: 'ajouté comme {{to}} ({{toOrg}})', changed: '{{from}} ({{fromOrg}}) → {{to}} ({{toOrg}})', removed: 'retiré comme {{from}} ({{fromOrg}})' },
    vacancies: 'sans : {{roles}}', by: 'par {{name}}',
  },
  programmes: {
    startsOn: 'Débute le', endsOn: 'Jusqu’au', runs: 'Se déroule du {{from}} au {{to}}', contact: 'Contact', removePartner: 'Retirer', new: 'Créer un programme', name: 'Nom', kindLabel: 'Type', municipality: 'Commune', description: 'Description', create: 'Créer le programme', partnerName: 'Partenaire', partnerKindLabel: 'Type de partenaire', addPartner: 'Ajouter le partenaire', heldOn: 'Date', topic: 'Sujet', ledBy: 'Animée par (partenaire)', addSession: 'Ajouter la séance', enrolCase: 'Cas à inscrire', enrolledOn: 'Inscrit le', enrol: 'Inscrire', session: 'Séance', present: 'présent', absent: 'absent', recordAttendance: 'Enregistrer la présence', milestoneText: 'Ce qui a été atteint', reachedOn: 'Atteint le', addMilestone: 'Ajouter l’étape', outcome: 'Résultat', outcomeNote: 'Remarque', recordOutcome: 'Enregistrer le résultat', record: 'Enregistrer…', outcomes: { completed: 'achevé', partly: 'partiellement achevé', dropped_out: 'abandon', transferred: 'réorienté' },
    title: 'Programmes', kind: { 'livc-r': 'CSIL-R', deradicalisation: 'déradicalisation', reintegration: 'réinsertion' }, partners: 'Partenaires', sessions: 'Séances', enrolments: 'Inscriptions que vous pouvez voir',
    enrolmentsHelp: 'Seulement les inscriptions des cas auxquels vous participez. Les totaux comptent toutes les inscriptions.', totals: '{{enrolled}} inscrits · {{active}} actifs · {{completed}} terminés · {{left}} sortis',
    milestones: 'Étapes franchies', attendance: '{{attended}} présences · {{missed}} absences', domain: { education: 'enseignement', work: 'travail', housing: 'logement', family: 'famille' },
    partnerKind: { community: 'communauté', religious: 'religieux', education: 'enseignement', employment: 'emploi', housing: 'logement', health: 'santé', family: 'famille', other: 'autre' },
  },
  exchanges: {
    new: 'Enregistrer un échange', typeLabel: 'Type', titleLabel: 'Titre', donors: 'Communes donatrices', donorsHelp: 'Communes belges qui participent à côté de la ville hôte et partagent leur pratique.', partnersHelp: 'Villes partenaires à l’étranger : tapez un nom puis Entrée.', startsOn: 'Début', endsOn: 'Fin', description: 'Description', record: 'Enregistrer l’échange', cohortLabel: 'Cohorte', year: 'Année', addCohort: 'Ajouter la cohorte', heldOn: 'Date', activity: 'Activité', addActivity: 'Ajouter l’activité', lesson: 'Leçon apprise', addLesson: 'Ajouter la leçon', followUp: 'Action de suivi dans le plan de la ville', planRef: 'Référence du plan', dueOn: 'Échéance', indicatorId: 'Indicateur (code)', addFollowUp: 'Ajouter l’action',
    title: 'Échanges et réseaux PVE', city: 'Ville', partners: 'Villes partenaires', participants: 'Participants', cohorts: 'Groupes', activities: 'Activités', lessons: 'Enseignements',
    followUps: 'Actions de suivi dans le plan de la ville', indicator: 'mesuré par {{id}}', countsOnly: 'Les participants sont comptés par groupe ; aucune personne n’est enregistrée.',
    type: { 'city-pair': 'City Pair', ivlp: 'IVLP', 'strong-cities': 'Atelier Strong Cities', 'young-cities': 'Young Cities', 'mother-schools': 'Écoles des mères', 'father-schools': 'Écoles des pères', speakers: 'Programme de conférenciers', 'community-policing': 'Police de proximité', 'diversity-training': 'Formation à la diversité' },
    status: { planned: 'prévue', in_progress: 'en cours', done: 'réalisée' },
  },
  training: {
    title: 'Formation aux compétences culturelles', intro: 'De courts scénarios tirés du travail policier quotidien. Votre première réponse compte ; lisez le retour, puis continuez.', progress: '{{answered}} sur {{total}} répondus · {{correct}} justes du premier coup',
    start: 'Commencer', continue: 'Continuer', review: 'Revoir', done: 'Terminé', next: 'Scénario suivant', finish: 'Retour aux modules', right: 'Exact', wrong: 'Pas tout à fait', answer: 'Réponse',
    scenario: 'Scénario {{n}} sur {{total}}', completedAll: 'Module terminé : {{correct}} sur {{total}} justes du premier coup.', language: 'Langue de la formation', install: "Ajoutez la formation à votre écran d'accueil depuis le menu du navigateur.",
  },
  trainer: {
    title: 'Résultats des équipes', intro: "Totaux par équipe uniquement. Les équipes de moins de cinq personnes n'ont pas de score, pour qu'aucun résultat ne désigne un agent.", team: 'Équipe', members: 'Membres', completed: 'Terminé', score: 'Score moyen',
    withheld: { 'team-under-5': 'Pas de score : moins de cinq personnes', 'none-completed': 'Pas encore de score : personne n’a terminé' }, none: "Vous n'encadrez aucune équipe.",
  },
};
