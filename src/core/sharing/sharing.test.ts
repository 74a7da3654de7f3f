import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identifiersOf, normalise } from './identifiers.ts';
import { mispJson, mispToStix, parseMispEvent, rehydrate, stableUuid, stixToMisp, tlpOfTags } from './misp.ts';
import { interopDir, stixBundleValidator } from '../../../test/helpers/stix-schemas.ts';
import { mayLeave, receivedMarkings, stepDown } from './scope.ts';
import {
  bundle,
  linkToStix,
  reportToStix,
  subjectToStix,
  TLP2_MARKING_IDS,
  tlpMarking,
  VIGIL_EXTENSION_DEFINITION,
  VIGIL_EXTENSION_ID,
  vigilExtension,
  type RecordMarkingsIn,
} from './stix.ts';
import { StixError, validateBundle, validateObject } from './validate.ts';

const validate = stixBundleValidator();
const m = (over: Partial<RecordMarkingsIn> = {}): RecordMarkingsIn => ({
  ownerOrgId: '0c6f3a1e-8d2b-4f5a-9e7c-1b2d3e4f5a6b', ownerOrgName: 'Civil Intelligence Service', classification: 'restricted', tlp: 'amber',
  distribution: 'all', sharedWith: [], groupIds: [], handlingCode: 'H1', hitNoHit: false, legalBasis: 'Act, art. 7', purpose: 'prevention', reviewDate: null, ...over,
});
const at = new Date('2026-03-01T10:00:00.000Z');
const P1 = '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d';
const P2 = '2a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d';
const subject = (id: string, over: Record<string, unknown> = {}) =>
  subjectToStix({ id, kind: 'person', names: ['Jan Peeters', 'Ян Петерс'], birthDate: '1990-04-02', nationalities: ['BE'], gender: null, category: 'FTF', followUp: 'active', documents: [{ type: 'passport', number: 'EP123456', country: 'BE' }], notes: '', threatLevel: 3, version: 2, createdAt: at, updatedAt: at, markings: m(), ...over });

describe('STIX mapping', () => {
  it('maps subjects, reports and links to objects that validate against the OASIS schemas', () => {
    const objects = [
      subject(P1),
      subject(P2, { kind: 'organisation', names: ['Cell X'], birthDate: null, documents: [], nationalities: [], markings: m({ tlp: 'red', distribution: 'organisation' }) }),
      reportToStix({ id: '3a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', title: 'T', body: 'B', reportedOn: '2026-02-01', sourceOrgId: m().ownerOrgId, sourceOrgName: 'CIS', sourceReliability: 'X', infoCredibility: '4', subjectIds: [], version: 1, createdAt: at, updatedAt: at, markings: m({ tlp: 'clear' }) }),
      linkToStix({ id: '4a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', fromSubjectId: P1, toSubjectId: P2, type: 'travelled_with', description: '', version: 1, createdAt: at, updatedAt: at, markings: m() }),
    ];
    const b = bundle(objects);
    expect(validate(b), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(objects[3]!.relationship_type).toBe('travelled-with');
    expect(objects[2]!.object_refs).toEqual([`identity--${m().ownerOrgId}`]);
    const x = vigilExtension(objects[0]!)!;
    expect(x).toMatchObject({ record_type: 'subject', threat_level: 3, category: 'FTF', markings: { handling_code: 'H1', scope: 'connected' } });
    expect(x).not.toHaveProperty('gender'); // STIX allows no null property
    expect((b.objects as Array<{ id: string }>).map((o) => o.id)).toEqual(expect.arrayContaining([TLP2_MARKING_IDS.red, TLP2_MARKING_IDS.clear, TLP2_MARKING_IDS.amber]));
  });

  it('uses the published TLP 2.0 marking objects', () => {
    const files = ['examples/tlp-clear', 'examples/tlp-amber', 'examples/tlp-amber+strict', 'objects/marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1', 'objects/marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'];
    for (const f of files) {
      const published = JSON.parse(readFileSync(`${interopDir}/stix2.1/tlp2.0/${f}.json`, 'utf8')).objects[0];
      expect(tlpMarking(published.extensions[Object.keys(published.extensions)[0]!].tlp_2_0)).toEqual(published);
    }
  });

  it("publishes Vigil's extension-definition as a valid object (checked against common/extension-definition.json)", async () => {
    const { createRequire } = await import('node:module');
    const Ajv2020 = createRequire(import.meta.url)('ajv/dist/2020').default;
    const ajv = new Ajv2020({ unicodeRegExp: false, strict: false });
    ajv.addFormat('uri', () => true);
    ajv.addFormat('email', () => true);
    ajv.addFormat('idn-hostname', () => true);
    for (const d of ['common', 'sdos', 'sros', 'observables']) {
      for (const f of (await import('node:fs')).readdirSync(`${interopDir}/stix2.1/schemas/${d}`)) ajv.addSchema(JSON.parse(readFileSync(`${interopDir}/stix2.1/schemas/${d}/${f}`, 'utf8')));
    }
    const v = ajv.getSchema('http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/common/extension-definition.json');
    expect(v(VIGIL_EXTENSION_DEFINITION), JSON.stringify(v.errors)).toBe(true);
    expect(VIGIL_EXTENSION_DEFINITION.id).toBe(VIGIL_EXTENSION_ID);
  });
});

describe('STIX validation', () => {
  it('accepts the OASIS example bundles', () => {
    for (const f of ['threat-reports/apt1.json', 'threat-reports/poisonivy.json', 'indicator-for-c2-ip-address.json']) {
      expect(() => validateBundle(JSON.parse(readFileSync(`${interopDir}/stix2.1/examples/${f}`, 'utf8')))).not.toThrow();
    }
  });
  it('names the offending field as a JSON pointer', () => {
    const ok = subject(P1);
    const cases: Array<[unknown, string]> = [
      [{ ...ok, id: 'identity--1' }, '/id'],
      [{ ...ok, id: `report--${P1}` }, '/id'],
      [{ ...ok, created: '2026-13-01T00:00:00.000Z' }, '/created'],
      [{ ...ok, modified: '2020-01-01T00:00:00.000Z' }, '/modified'],
      [{ ...ok, name: undefined }, '/name'],
      [{ ...ok, object_marking_refs: ['tlp-red'] }, '/object_marking_refs/0'],
      [{ ...ok, extensions: { [VIGIL_EXTENSION_ID]: { ...vigilExtension(ok), threat_level: 9 } } }, `/extensions/${VIGIL_EXTENSION_ID}/threat_level`],
    ];
    for (const [o, pointer] of cases) {
      try {
        validateObject(o);
        throw new Error(`accepted ${pointer}`);
      } catch (e) {
        expect(e).toBeInstanceOf(StixError);
        expect((e as StixError).pointer).toBe(pointer);
      }
    }
  });
});

describe('scope step-down', () => {
  it('steps down at each hop and keeps RED, AMBER+STRICT and H2 to the receiving organisation', () => {
    expect(stepDown('connected')).toBe('community');
    expect(stepDown('community')).toBe('organisation');
    expect(stepDown('organisation')).toBe('organisation');
    expect(mayLeave('connected', 'local')).toBe(true);
    expect(mayLeave('organisation', 'local')).toBe(false);
    expect(mayLeave('community', 'partner')).toBe(false);
    const d = { legalBasis: 'x', purpose: 'y' };
    expect(receivedMarkings({ scope: 'connected', classification: 'secret', handling_code: 'H0' }, 'green', 'org', d)).toMatchObject({ scope: 'community', distribution: 'all', classification: 'secret', hitNoHit: false, ownerOrgId: 'org' });
    expect(receivedMarkings({ scope: 'community', classification: 'restricted', handling_code: 'H0' }, 'amber', 'org', d)).toMatchObject({ scope: 'organisation', distribution: 'organisation' });
    expect(receivedMarkings({ scope: 'connected', classification: 'restricted', handling_code: 'H0' }, 'red', 'org', d).scope).toBe('organisation');
    expect(receivedMarkings({ scope: 'connected', classification: 'restricted', handling_code: 'H2' }, 'green', 'org', d).scope).toBe('organisation');
  });
});

describe('MISP', () => {
  const load = (f: string) => JSON.parse(readFileSync(`${interopDir}/misp/events/${f}`, 'utf8'));
  it('reads the wrapped and the bare form, numbers as strings or integers', () => {
    const shadow = parseMispEvent(load('pymisp-shadow.json'));
    expect(shadow.orgc?.name).toBe('CIRCL');
    expect(shadow.attributes.length).toBeGreaterThan(0);
    const wrapped = parseMispEvent(load('pymisp-event_obj_attr_tag.json'));
    expect(wrapped.objects.map((o) => o.name)).toEqual(['file', 'url']);
    expect(wrapped.objects[0]!.references[0]).toMatchObject({ referencedUuid: 'b', relationshipType: 'baz' });
    expect(parseMispEvent(load('pymisp-event_tags.json')).tags).toEqual(['bar', 'baz', 'foo']);
  });
  it('round-trips MISP → STIX → MISP', () => {
    for (const f of ['pymisp-shadow.json', 'pymisp-event_obj_attr_tag.json', 'pymisp-event_tags.json']) {
      const ev = parseMispEvent(load(f));
      const stix = mispToStix(ev, at, {});
      expect(validate(bundle([stix])), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
      const back = stixToMisp([JSON.parse(JSON.stringify(stix))], { name: 'x', uuid: 'y' }, at);
      expect(back).toEqual(rehydrate(ev));
      expect(parseMispEvent(mispJson(back))).toEqual(ev);
    }
    expect(stableUuid('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('maps the tlp taxonomy', () => {
    expect(tlpOfTags(['foo', 'tlp:white'])).toBe('clear');
    expect(tlpOfTags(['TLP:AMBER+STRICT'])).toBe('amber+strict');
    expect(tlpOfTags(['tlp:ex:chr'])).toBeUndefined();
  });
});

describe('strong identifiers', () => {
  it('normalises and hashes documents, names with birth dates, phones, e-mails, crypto addresses', () => {
    expect(normalise('document', 'ep 123-456')).toBe('EP123456');
    expect(normalise('phone', '0032 470 00 00 01')).toBe('+32470000001');
    expect(normalise('email', ' Someone@Example.ORG ')).toBe('someone@example.org');
    expect(normalise('phone', '12')).toBe('');
    const ids = identifiersOf(subject(P1));
    expect(ids.map((i) => i.kind).sort()).toEqual(['document', 'name-dob', 'name-dob']);
    expect(JSON.stringify(ids)).not.toContain('EP123456');
    const ev = parseMispEvent({ Event: { info: 'x', Attribute: [{ type: 'btc', value: '1BoatSLRHtKNngkdXEeobR76b53LETtpyT' }, { type: 'email-src', value: 'a@b.example' }, { type: 'ip-dst', value: '1.2.3.4' }] } });
    expect(identifiersOf(mispToStix(ev, at, {})).map((i) => i.kind).sort()).toEqual(['crypto', 'email']);
  });
});
