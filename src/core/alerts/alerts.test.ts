import { describe, expect, it } from 'vitest';
import { checkAlert, emptyContent, problemsMessage, type AlertContent } from './cap.ts';
import { douglasPeucker, polygonProblem, selfIntersection, simplifyToBudget, circleProblem, type LatLon } from './geometry.ts';
import { countSms, smsProblem } from './sms.ts';
import { capTime, escapeXml, writeCap } from './xml.ts';
import { writeAtom } from './atom.ts';

describe('SMS length', () => {
  it('counts GSM-7 septets, extension characters as two', () => {
    expect(countSms('Blijf binnen.')).toMatchObject({ encoding: 'GSM-7', units: 13, limit: 160, segments: 1, fits: true });
    expect(countSms('Prix 5€ [x]').units).toBe(14);
    expect(countSms('a'.repeat(160))).toMatchObject({ fits: true, segments: 1 });
    expect(countSms('a'.repeat(161))).toMatchObject({ fits: false, segments: 2 });
    expect(countSms('€'.repeat(80)).fits).toBe(true);
    expect(countSms('€'.repeat(81)).fits).toBe(false);
    expect(countSms('é è à ù ä ö ü ñ Ä Ö Ü ß').encoding).toBe('GSM-7');
  });

  it('switches to UCS-2 (70 units) for a character outside the GSM alphabet, and names it', () => {
    const c = countSms('Restez à l’intérieur, fenêtres fermées');
    expect(c.encoding).toBe('UCS-2');
    expect(c.limit).toBe(70);
    expect(c.ucs2Chars).toEqual(expect.arrayContaining(['’', 'ê']));
    expect(countSms('ê'.repeat(70)).fits).toBe(true);
    expect(countSms('ê'.repeat(71))).toMatchObject({ fits: false, segments: 2 });
    // An emoji is two UTF-16 code units.
    expect(countSms('🚨').units).toBe(2);
    expect(smsProblem('ê'.repeat(71))).toMatch(/71 of 70 characters: "ê" is outside the GSM alphabet/);
    expect(smsProblem('ok')).toBeNull();
  });
});

describe('polygons', () => {
  const square: LatLon[] = [[50.84, 4.35], [50.84, 4.36], [50.85, 4.36], [50.85, 4.35], [50.84, 4.35]];

  it('accepts a simple closed ring', () => {
    expect(polygonProblem(square)).toBeNull();
    expect(selfIntersection(square)).toBeNull();
  });

  it('refuses an open ring, naming both ends', () => {
    expect(polygonProblem(square.slice(0, 4))).toMatch(/not closed: its last point \(50.85,4.35\) must repeat its first \(50.84,4.35\)/);
  });

  it('refuses a bow tie, naming the crossing edges', () => {
    const bow: LatLon[] = [[50.84, 4.35], [50.85, 4.36], [50.84, 4.36], [50.85, 4.35], [50.84, 4.35]];
    expect(polygonProblem(bow)).toMatch(/crosses itself: edge 1 .* meets edge 3/);
  });

  it('refuses a ring folding back on itself, flat rings and too few points', () => {
    expect(polygonProblem([[0, 0], [0, 2], [0, 1], [0, 0]])).toMatch(/crosses itself|no area/);
    expect(polygonProblem([[0, 0], [1, 1], [0, 0]])).toMatch(/at least 4 points/);
    expect(polygonProblem([[0, 0], [91, 1], [1, 1], [0, 0]])).toMatch(/latitude 91/);
  });

  it('checks circles', () => {
    expect(circleProblem({ lat: 50.8, lon: 4.3, radiusKm: 2 })).toBeNull();
    expect(circleProblem({ lat: 50.8, lon: 4.3, radiusKm: 0 })).toMatch(/radius/);
    expect(circleProblem({ lat: 99, lon: 4.3, radiusKm: 1 })).toMatch(/latitude/);
  });

  it('Douglas–Peucker drops points within the tolerance and keeps the ends', () => {
    expect(douglasPeucker([[0, 0], [0.001, 1], [0, 2], [0, 3]], 0.01)).toEqual([[0, 0], [0, 3]]);
    expect(douglasPeucker([[0, 0], [0.5, 1.0002], [1, 2], [0.5, 2.5005], [0, 3]], 0.01)).toEqual([[0, 0], [1, 2], [0, 3]]);
  });

  it('simplifies a ring to a vertex budget, closed and simple', () => {
    const ring: LatLon[] = [];
    for (let i = 0; i < 500; i++) {
      const a = (i / 500) * 2 * Math.PI;
      const r = 0.05 + 0.01 * Math.sin(a * 9);
      ring.push([50.85 + r * Math.sin(a), 4.35 + r * Math.cos(a)]);
    }
    ring.push(ring[0]!);
    for (const budget of [8, 30, 100]) {
      const s = simplifyToBudget(ring, budget);
      expect(s.length).toBeLessThanOrEqual(budget);
      expect(s.length).toBeGreaterThanOrEqual(4);
      expect(polygonProblem(s)).toBeNull();
    }
    expect(simplifyToBudget(square, 10)).toEqual(square);
  });
});

function complete(): AlertContent {
  const c = emptyContent('Exercise');
  c.expires = new Date(Date.now() + 3_600_000).toISOString();
  c.info = c.info.map((i) => ({ ...i, event: 'Terror attack', headline: 'Stay indoors', description: 'An attack took place.', instruction: 'Stay indoors.', sms: 'Stay indoors.' }));
  c.area = { description: 'Brussels centre', polygons: [], circles: [{ lat: 50.84, lon: 4.35, radiusKm: 1 }], municipalities: ['21004'] };
  return c;
}

describe('alert checks', () => {
  const opts = { msgType: 'Alert' as const, now: new Date(), knownMunicipality: (n: string) => n === '21004' };

  it('a complete alert has no problem', () => {
    expect(checkAlert(complete(), opts)).toEqual([]);
  });

  it('names every bad field by its JSON path', () => {
    const c = complete();
    c.info[2]!.headline = ' ';
    c.info[1]!.sms = 'ê'.repeat(80);
    c.expires = new Date(Date.now() - 1000).toISOString();
    c.area.municipalities = ['99999'];
    const fields = checkAlert(c, opts).map((p) => p.field);
    expect(fields).toEqual(['expires', 'info.1.sms', 'info.2.headline', 'area.municipalities.0']);
    expect(problemsMessage(checkAlert(c, opts))).toMatch(/^expires: the expiry time has passed \(and 3 more: info.1.sms, info.2.headline, area.municipalities.0\)\.$/);
  });

  it('requires the four languages and an area', () => {
    const c = complete();
    c.info = c.info.slice(0, 3);
    c.area = { description: 'x', polygons: [], circles: [], municipalities: [] };
    const p = checkAlert(c, opts);
    expect(p).toContainEqual({ field: 'info', message: expect.stringMatching(/en-GB text is missing/) });
    expect(p).toContainEqual({ field: 'area', message: expect.stringMatching(/area is empty/) });
  });
});

describe('XML', () => {
  it('escapes markup and refuses characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(escapeXml('x]]>y')).toBe('x]]&gt;y');
    expect(() => escapeXml('bell\u0007')).toThrow();
    expect(escapeXml('tab\tnew\nline 🚨')).toBe('tab\tnew\nline 🚨');
  });

  it('writes CAP times with an offset and no fraction', () => {
    expect(capTime(new Date('2024-03-22T09:30:00.123Z'))).toBe('2024-03-22T10:30:00+01:00');
    expect(capTime(new Date('2024-07-01T09:30:00Z'))).toBe('2024-07-01T11:30:00+02:00');
    expect(capTime(new Date('2024-07-01T09:30:00Z'), 'UTC')).toBe('2024-07-01T09:30:00-00:00');
  });

  it('writes a message with escaped text, references and the exercise note', () => {
    const c = complete();
    c.info[0]!.headline = 'Fire & <smoke>';
    const xml = writeCap({ identifier: 'VIGIL-2024-00002', sender: 'duty@ncc.example', sent: '2024-03-22T10:30:00+01:00', status: 'Exercise', msgType: 'Update', senderName: 'Crisis & Co', references: [{ sender: 'duty@ncc.example', identifier: 'VIGIL-2024-00001', sent: '2024-03-22T10:00:00+01:00' }], content: c, area: { description: 'A', polygons: [], circles: [], geocodes: ['21004'] } });
    expect(xml).toContain('<headline>Fire &amp; &lt;smoke&gt;</headline>');
    expect(xml).toContain('<references>duty@ncc.example,VIGIL-2024-00001,2024-03-22T10:00:00+01:00</references>');
    expect(xml).toContain('<status>Exercise</status>');
    expect(xml).toContain('<note>EXERCISE');
    expect(xml).toContain('<senderName>Crisis &amp; Co</senderName>');
    expect(xml.match(/<info>/g)).toHaveLength(4);
    expect(() => writeCap({ identifier: 'bad id', sender: 's', sent: '', status: 'Actual', msgType: 'Alert', senderName: '', references: [], content: c, area: { description: 'A', polygons: [], circles: [], geocodes: [] } })).toThrow(/identifier/);
  });

  it('writes an Atom feed with escaped titles and relative links', () => {
    const atom = writeAtom([{ id: 'a1', identifier: 'X', title: 'A & B', summary: '<s>', author: 'NCC', published: '2024-03-22T09:30:00.000Z', status: 'Exercise', msgType: 'Alert' }], '2024-01-01T00:00:00Z');
    expect(atom).toContain('<title>A &amp; B</title>');
    expect(atom).toContain('href="/cap/alerts/a1.xml"');
    expect(atom).toContain('<updated>2024-03-22T09:30:00.000Z</updated>');
  });
});
