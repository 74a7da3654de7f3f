/**
 * The cultural-competency modules Vigil ships (loaded with the demo data; trainers publish more). Short
 * scenarios from local policing, each with a question, answer options and the feedback an officer reads
 * after answering, in English, Dutch and French. Written for Vigil; no scenario describes a real person.
 */
import type { Text, TrainingScenario } from './training.ts';

const t = (en: string, nl: string, fr: string): Text => ({ en, nl, fr });

export interface ShippedModule {
  slug: string;
  title: Text;
  summary: Text;
  scenarios: TrainingScenario[];
}

export const SHIPPED_MODULES: ShippedModule[] = [
  {
    slug: 'first-contact',
    title: t('First contact in a diverse neighbourhood', 'Eerste contact in een diverse wijk', 'Premier contact dans un quartier divers'),
    summary: t('Three everyday situations: greeting, asking for identity, and a family conversation.', 'Drie alledaagse situaties: begroeten, identiteit vragen en een gesprek met een gezin.', "Trois situations quotidiennes : saluer, demander l'identité et parler avec une famille."),
    scenarios: [
      {
        id: 'handshake',
        situation: t(
          'You visit a community centre to introduce yourself. A man puts his hand on his chest instead of shaking your hand.',
          'Je stelt je voor in een buurthuis. Een man legt zijn hand op zijn borst in plaats van je een hand te geven.',
          "Vous vous présentez dans une maison de quartier. Un homme pose la main sur sa poitrine au lieu de vous serrer la main.",
        ),
        question: t('How do you respond?', 'Hoe reageer je?', 'Comment réagissez-vous ?'),
        options: [
          { id: 'a', correct: true, text: t('Return the gesture or nod, and carry on with the introduction.', 'Beantwoord het gebaar of knik, en ga verder met je voorstelling.', "Rendez le geste ou saluez de la tête, et poursuivez la présentation."), feedback: t('Right: it is a respectful greeting. Mirroring it builds trust from the first minute.', 'Juist: het is een respectvolle groet. Door hem te beantwoorden bouw je vanaf de eerste minuut vertrouwen.', "Exact : c'est un salut respectueux. Y répondre crée la confiance dès la première minute.") },
          { id: 'b', correct: false, text: t('Keep your hand out until he takes it.', 'Houd je hand uitgestoken tot hij ze aanneemt.', "Gardez la main tendue jusqu'à ce qu'il la prenne."), feedback: t('Insisting turns a greeting into a test of will and costs you the contact.', 'Aandringen maakt van een groet een krachtmeting en kost je het contact.', "Insister transforme un salut en épreuve de force et vous coûte le contact.") },
          { id: 'c', correct: false, text: t('Note it in your report as a sign of hostility.', 'Noteer het in je verslag als teken van vijandigheid.', "Notez-le dans votre rapport comme un signe d'hostilité."), feedback: t('A greeting custom is not a signal of anything. Recording it as one is profiling on religion.', 'Een groetgewoonte is geen signaal. Het zo noteren is profileren op religie.', "Une coutume de salut n'est le signal de rien. La noter ainsi, c'est du profilage religieux.") },
        ],
      },
      {
        id: 'identity-check',
        situation: t(
          'During a check you ask a young woman for her identity card. Her friends start filming and ask why she was picked.',
          'Bij een controle vraag je een jonge vrouw om haar identiteitskaart. Haar vrienden beginnen te filmen en vragen waarom zij gekozen werd.',
          "Lors d'un contrôle, vous demandez sa carte d'identité à une jeune femme. Ses amis filment et demandent pourquoi elle a été choisie.",
        ),
        question: t('What do you do first?', 'Wat doe je eerst?', 'Que faites-vous en premier ?'),
        options: [
          { id: 'a', correct: false, text: t('Order them to stop filming.', 'Beveel hen te stoppen met filmen.', "Ordonnez-leur d'arrêter de filmer."), feedback: t('Filming police in public is generally allowed. An order without a legal ground escalates.', 'Politie filmen in het openbaar mag in de regel. Een bevel zonder rechtsgrond escaleert.', "Filmer la police en public est en général permis. Un ordre sans base légale fait monter la tension.") },
          { id: 'b', correct: true, text: t('Explain calmly the concrete reason for the check.', 'Leg rustig de concrete reden voor de controle uit.', 'Expliquez calmement la raison concrète du contrôle.'), feedback: t('Right: a stated, concrete reason is what makes a check legitimate in the eyes of the people present.', 'Juist: een uitgesproken, concrete reden maakt een controle legitiem in de ogen van de aanwezigen.', "Exact : une raison concrète et énoncée rend le contrôle légitime aux yeux des personnes présentes.") },
          { id: 'c', correct: false, text: t('End the check and leave.', 'Stop de controle en vertrek.', 'Arrêtez le contrôle et partez.'), feedback: t('Leaving without explanation leaves the question of why open, and the next check will be harder.', 'Vertrekken zonder uitleg laat de vraag waarom open, en de volgende controle wordt moeilijker.', "Partir sans explication laisse la question ouverte, et le prochain contrôle sera plus difficile.") },
        ],
      },
      {
        id: 'family-talk',
        situation: t(
          'A mother asks you for advice: her son of 16 spends nights on extremist forums. She fears he will be arrested if she speaks up.',
          'Een moeder vraagt je om raad: haar zoon van 16 brengt nachten door op extremistische fora. Ze vreest dat hij wordt opgepakt als ze iets zegt.',
          "Une mère vous demande conseil : son fils de 16 ans passe ses nuits sur des forums extrémistes. Elle craint qu'il soit arrêté si elle en parle.",
        ),
        question: t('What is the best answer?', 'Wat is het beste antwoord?', 'Quelle est la meilleure réponse ?'),
        options: [
          { id: 'a', correct: true, text: t('Tell her about the local prevention service and the support it offers families.', 'Vertel haar over de lokale preventiedienst en de steun die die gezinnen biedt.', "Parlez-lui du service de prévention local et du soutien qu'il offre aux familles."), feedback: t('Right: prevention and family support come first; a parent who reaches out is the strongest protective factor.', 'Juist: preventie en gezinsondersteuning komen eerst; een ouder die hulp zoekt is de sterkste beschermende factor.', "Exact : la prévention et le soutien familial d'abord ; un parent qui demande de l'aide est le meilleur facteur de protection.") },
          { id: 'b', correct: false, text: t('Ask for the forum names and open a file.', 'Vraag de namen van de fora en open een dossier.', 'Demandez les noms des forums et ouvrez un dossier.'), feedback: t('A file is not what she asked for, and it confirms her fear. Refer her to support first.', 'Een dossier is niet waar ze om vroeg, en het bevestigt haar angst. Verwijs haar eerst naar steun.', "Un dossier n'est pas ce qu'elle demande et confirme sa crainte. Orientez-la d'abord vers un soutien.") },
          { id: 'c', correct: false, text: t('Tell her it is a phase.', 'Zeg haar dat het een fase is.', "Dites-lui que c'est une phase."), feedback: t('Dismissing her worry leaves her alone with it; the signs deserve attention.', 'Haar zorg wegwuiven laat haar er alleen mee; de signalen verdienen aandacht.', "Balayer son inquiétude la laisse seule ; les signes méritent de l'attention.") },
        ],
      },
    ],
  },
  {
    slug: 'places-of-worship',
    title: t('Policing around places of worship', 'Politiewerk rond gebedshuizen', 'Police aux abords des lieux de culte'),
    summary: t('Two situations during a religious holiday.', 'Twee situaties tijdens een religieuze feestdag.', 'Deux situations pendant une fête religieuse.'),
    scenarios: [
      {
        id: 'crowd-after-prayer',
        situation: t(
          'After evening prayer during a holiday, hundreds of people gather on the street in front of a mosque. Traffic is blocked.',
          'Na het avondgebed tijdens een feestdag verzamelen honderden mensen op straat voor een moskee. Het verkeer staat stil.',
          "Après la prière du soir un jour de fête, des centaines de personnes se rassemblent devant une mosquée. La circulation est bloquée.",
        ),
        question: t('What works best?', 'Wat werkt het best?', 'Que faut-il faire ?'),
        options: [
          { id: 'a', correct: true, text: t("Ask the mosque's contact person to help direct people, and divert traffic.", 'Vraag de contactpersoon van de moskee om mensen te helpen leiden, en leid het verkeer om.', "Demandez au référent de la mosquée d'aider à orienter les gens, et déviez la circulation."), feedback: t('Right: the community contact is heard better than a loudspeaker, and the evening stays a celebration.', 'Juist: de contactpersoon wordt beter gehoord dan een luidspreker, en de avond blijft een feest.', "Exact : le référent est mieux entendu qu'un haut-parleur, et la soirée reste une fête.") },
          { id: 'b', correct: false, text: t('Disperse the crowd with a line of officers.', 'Drijf de menigte uiteen met een linie agenten.', 'Dispersez la foule avec une ligne de policiers.'), feedback: t('Force against a peaceful crowd creates the disorder it meant to prevent.', 'Geweld tegen een vreedzame menigte veroorzaakt de wanorde die je wilde voorkomen.', "La force contre une foule pacifique crée le désordre qu'on voulait éviter.") },
        ],
      },
      {
        id: 'threat-letter',
        situation: t(
          'A synagogue receives a threatening letter. The board asks for visible police presence on Saturday.',
          'Een synagoge krijgt een dreigbrief. Het bestuur vraagt zichtbare politie-aanwezigheid op zaterdag.',
          'Une synagogue reçoit une lettre de menace. Le conseil demande une présence policière visible samedi.',
        ),
        question: t('How do you handle the request?', 'Hoe ga je om met de vraag?', 'Comment traitez-vous la demande ?'),
        options: [
          { id: 'a', correct: false, text: t('Refuse: one letter is not a threat.', 'Weiger: één brief is geen dreiging.', "Refusez : une lettre n'est pas une menace."), feedback: t('The threat level is for the threat analysts to assess, not for the patrol to dismiss.', 'Het dreigingsniveau beoordelen is aan de analisten, niet aan de patrouille.', "Évaluer la menace revient aux analystes, pas à la patrouille.") },
          { id: 'b', correct: true, text: t('Report the letter, agree the presence with the board, and keep them informed.', 'Meld de brief, spreek de aanwezigheid af met het bestuur en houd hen op de hoogte.', 'Signalez la lettre, convenez de la présence avec le conseil et tenez-le informé.'), feedback: t('Right: the letter goes to the threat assessment, and the community knows what to expect.', 'Juist: de brief gaat naar de dreigingsanalyse, en de gemeenschap weet wat ze kan verwachten.', "Exact : la lettre va à l'analyse de la menace, et la communauté sait à quoi s'attendre.") },
        ],
      },
    ],
  },
];
