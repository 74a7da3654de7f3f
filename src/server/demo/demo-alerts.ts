/**
 * The demo dataset of the alerts module: two accounts of the National Crisis Centre (one drafts, one
 * approves and publishes as issuing authority), an exercise alert published for the crisis pillar's
 * exercise incident and a published Update of it, and a draft awaiting approval. It draws from its own
 * seeded faker, so the rest of the dataset stays as it was; every person is synthetic.
 */
import { Faker, base as fakerBase, en } from '@faker-js/faker';
import type { AlertContent } from '../../core/alerts/cap.ts';
import * as repo from '../modules/alerts/alerts.repository.ts';
import { publishRow } from '../modules/alerts/publish.service.ts';
import { AlertSigner } from '../modules/alerts/signing.ts';
import { insertDemoUser, type PillarDemo } from './demo-users.ts';

const HOUR = 3_600_000;

function content(stage: 'alert' | 'update' | 'draft', expires: Date): AlertContent {
  const t = {
    alert: {
      nl: ['Terroristische aanslag', 'OEFENING: Aanslag in Brussel-Centraal, blijf binnen', 'OEFENING. Er is een aanslag gepleegd in de buurt van het station Brussel-Centraal. De hulpdiensten zijn ter plaatse.', 'Blijf binnen, sluit ramen en deuren, volg de media. Bel 112 alleen bij nood.', 'OEFENING BE-Alert: aanslag Brussel-Centraal. Blijf binnen, sluit ramen en deuren. Info: media.'],
      fr: ['Attentat terroriste', 'EXERCICE : Attentat à Bruxelles-Central, restez à l’intérieur', 'EXERCICE. Un attentat a eu lieu près de la gare de Bruxelles-Central. Les secours sont sur place.', 'Restez à l’intérieur, fermez portes et fenêtres, suivez les médias. Appelez le 112 seulement en cas d’urgence.', 'EXERCICE BE-Alert: attentat Bruxelles-Central. Restez a l interieur, fermez portes et fenetres.'],
      de: ['Terroranschlag', 'ÜBUNG: Anschlag in Brüssel-Zentral, bleiben Sie drinnen', 'ÜBUNG. In der Nähe des Bahnhofs Brüssel-Zentral hat ein Anschlag stattgefunden. Die Rettungsdienste sind vor Ort.', 'Bleiben Sie drinnen, schließen Sie Fenster und Türen, verfolgen Sie die Medien. Notruf 112 nur im Notfall.', 'ÜBUNG BE-Alert: Anschlag Brüssel-Zentral. Bleiben Sie drinnen, Fenster und Türen schließen.'],
      en: ['Terrorist attack', 'EXERCISE: Attack at Brussels-Central, stay indoors', 'EXERCISE. An attack took place near Brussels-Central station. Emergency services are on site.', 'Stay indoors, close windows and doors, follow the media. Call 112 only in an emergency.', 'EXERCISE BE-Alert: attack at Brussels-Central. Stay indoors, close windows and doors. Info: media.'],
    },
    update: {
      nl: ['Terroristische aanslag', 'OEFENING: Situatie onder controle, zone blijft afgesloten', 'OEFENING. De situatie is onder controle. De perimeter rond Brussel-Centraal blijft afgesloten.', 'U mag naar buiten. Vermijd de afgesloten perimeter.', 'OEFENING BE-Alert: situatie onder controle. U mag naar buiten. Vermijd de zone rond Brussel-Centraal.'],
      fr: ['Attentat terroriste', 'EXERCICE : Situation sous contrôle, zone toujours fermée', 'EXERCICE. La situation est sous contrôle. Le périmètre autour de Bruxelles-Central reste fermé.', 'Vous pouvez sortir. Évitez le périmètre fermé.', 'EXERCICE BE-Alert: situation sous controle. Vous pouvez sortir. Evitez la zone de Bruxelles-Central.'],
      de: ['Terroranschlag', 'ÜBUNG: Lage unter Kontrolle, Zone bleibt gesperrt', 'ÜBUNG. Die Lage ist unter Kontrolle. Der Bereich um Brüssel-Zentral bleibt gesperrt.', 'Sie dürfen nach draußen. Meiden Sie den gesperrten Bereich.', 'ÜBUNG BE-Alert: Lage unter Kontrolle. Sie dürfen nach draußen. Meiden Sie die Zone Brüssel-Zentral.'],
      en: ['Terrorist attack', 'EXERCISE: Situation under control, area stays closed', 'EXERCISE. The situation is under control. The perimeter around Brussels-Central stays closed.', 'You may go outside. Avoid the closed perimeter.', 'EXERCISE BE-Alert: situation under control. You may go outside. Avoid the Brussels-Central area.'],
    },
    draft: {
      nl: ['Verdacht pakket', 'OEFENING: Verdacht pakket in Elsene', 'OEFENING. Een verdacht pakket wordt onderzocht aan het Flageyplein.', 'Vermijd het Flageyplein tot het einde van het onderzoek.', 'OEFENING BE-Alert: verdacht pakket Flageyplein. Vermijd de zone.'],
      fr: ['Colis suspect', 'EXERCICE : Colis suspect à Ixelles', 'EXERCICE. Un colis suspect est examiné place Flagey.', 'Évitez la place Flagey jusqu’à la fin de l’examen.', 'EXERCICE BE-Alert: colis suspect place Flagey. Evitez la zone.'],
      de: ['Verdächtiges Paket', 'ÜBUNG: Verdächtiges Paket in Ixelles', 'ÜBUNG. Ein verdächtiges Paket wird am Flagey-Platz untersucht.', 'Meiden Sie den Flagey-Platz bis zum Ende der Untersuchung.', 'ÜBUNG BE-Alert: verdächtiges Paket Flagey-Platz. Meiden Sie die Zone.'],
      en: ['Suspicious package', 'EXERCISE: Suspicious package in Ixelles', 'EXERCISE. A suspicious package is being examined at Place Flagey.', 'Avoid Place Flagey until the examination ends.', 'EXERCISE BE-Alert: suspicious package at Place Flagey. Avoid the area.'],
    },
  }[stage];
  const block = (language: AlertContent['info'][number]['language'], v: string[]) => ({ language, event: v[0]!, headline: v[1]!, description: v[2]!, instruction: v[3]!, sms: v[4]! });
  return {
    status: 'Exercise',
    category: ['Security'],
    responseType: stage === 'update' ? ['Avoid'] : stage === 'draft' ? ['Avoid'] : ['Shelter'],
    urgency: stage === 'update' ? 'Expected' : 'Immediate',
    severity: stage === 'update' ? 'Moderate' : 'Severe',
    certainty: 'Observed',
    onset: null,
    expires: expires.toISOString(),
    web: 'https://crisiscenter.example/exercise',
    contact: 'National Crisis Centre, 1771',
    info: [block('nl-BE', t.nl), block('fr-BE', t.fr), block('de-DE', t.de), block('en-GB', t.en)],
    area:
      stage === 'draft'
        ? { description: 'Ixelles - Place Flagey (exercise)', polygons: [], circles: [{ lat: 50.8275, lon: 4.3725, radiusKm: 0.5 }], municipalities: [] }
        : {
            description: 'Brussels - around Brussels-Central station (exercise)',
            polygons: [[[50.848, 4.353], [50.848, 4.361], [50.843, 4.361], [50.843, 4.353], [50.848, 4.353]]],
            circles: [],
            municipalities: stage === 'alert' ? ['21004'] : [],
          },
  };
}

export const alertsDemo: PillarDemo = {
  accounts: [
    { username: 'alert.editor', description: 'public-warning editor, National Crisis Centre (drafts CAP alerts)' },
    { username: 'alert.authority', description: 'issuing authority, National Crisis Centre (approves and publishes CAP alerts)' },
  ],
  async load(tx, base, events) {
    const f = new Faker({ locale: [en, fakerBase] });
    f.seed(20261215);
    const org = base.org.crisis!;
    const editor = f.string.uuid();
    const authority = f.string.uuid();
    await insertDemoUser(tx, { id: editor, username: 'alert.editor', displayName: 'Public-warning editor', orgId: org, clearance: 'restricted', roles: { crisis: ['read', 'write'] } }, base.passwordHash, events);
    await insertDemoUser(tx, { id: authority, username: 'alert.authority', displayName: 'Issuing authority', orgId: org, clearance: 'restricted', roles: { crisis: ['read', 'write', 'approve'] } }, base.passwordHash, events);
    base.users['alert.editor'] = editor;
    base.users['alert.authority'] = authority;

    const incidentId = base.shared.crisisIncidentId ?? null;
    const signer = AlertSigner.forDataDir(base.dataDir);
    await repo.registerKey(tx, signer.keyId, signer.publicKeyPem);
    const now = Date.now();
    const publish = async (id: string, stage: 'alert' | 'update', at: Date, referencesId: string | null, rootId: string) => {
      const msgType = stage === 'alert' ? 'Alert' : 'Update';
      await repo.insertAlert(tx, { id, orgId: org, incidentId, msgType, status: 'Exercise', referencesId, rootId, content: content(stage, new Date(now + 12 * HOUR)), userId: editor, at });
      await repo.moveState(tx, id, 'draft', 1, { state: 'awaiting_approval', submitted_by: editor, submitted_at: at, at });
      await repo.moveState(tx, id, 'awaiting_approval', 1, { state: 'approved', approved_by: authority, approved_at: at, approved_version: 1, at });
      const { identifier } = await publishRow(tx, signer, (await repo.findAlert(tx, id))!, authority, at);
      events.push(
        { action: 'alert.create', recordType: 'alert', recordId: id, details: { msgType, status: 'Exercise', version: 1, ...(referencesId ? { referencesId } : {}) } },
        { action: 'alert.approve', recordType: 'alert', recordId: id, details: { msgType, status: 'Exercise', version: 1 } },
        { action: 'alert.publish', recordType: 'alert', recordId: id, details: { msgType, status: 'Exercise', version: 1, identifier, keyId: signer.keyId } },
      );
    };
    const first = f.string.uuid();
    const update = f.string.uuid();
    await publish(first, 'alert', new Date(now - 2 * HOUR), null, first);
    await publish(update, 'update', new Date(now - HOUR), first, first);

    const draft = f.string.uuid();
    await repo.insertAlert(tx, { id: draft, orgId: org, incidentId, msgType: 'Alert', status: 'Exercise', referencesId: null, rootId: draft, content: content('draft', new Date(now + 24 * HOUR)), userId: editor, at: new Date(now - 30 * 60_000) });
    await repo.moveState(tx, draft, 'draft', 1, { state: 'awaiting_approval', submitted_by: editor, submitted_at: new Date(now - 20 * 60_000), at: new Date(now - 20 * 60_000) });
    events.push({ action: 'alert.create', recordType: 'alert', recordId: draft, details: { msgType: 'Alert', status: 'Exercise', version: 1 } }, { action: 'alert.submit', recordType: 'alert', recordId: draft, details: { msgType: 'Alert', status: 'Exercise', version: 1 } });
  },
};
