import { describe, expect, it } from 'vitest';
import { identityKey, mrzDate, passengerRecords, type PassengerRecord } from './passengers.ts';

async function all(text: string, format: 'jsonl' | 'csv' | 'mrz'): Promise<PassengerRecord[]> {
  const out: PassengerRecord[] = [];
  for await (const r of passengerRecords(text, format)) out.push(r);
  return out;
}

describe('passenger lists', () => {
  it('reads JSON Lines, reporting bad lines with their number and id', async () => {
    const r = await all('{"id":"p1","name":"Anna Testperson"}\n\n{"id":"p2","name":"Bo", "birthDate":"1990-13-01"}\n{"id":"p3", broken\n{"id":4,"givenName":"Carl","familyName":"Example"}\n', 'jsonl');
    // Issue #15: p2's impossible birth date is left out and flagged; p2 is still screened.
    expect(r.map((x) => [x.line, x.travellerId, !!x.traveller])).toEqual([[1, 'p1', true], [3, 'p2', true], [4, 'p3', false], [5, '4', true]]);
    expect(r[1]!.traveller!.birthDate).toBeUndefined();
    expect(r[1]!.traveller).toMatchObject({ quality: [expect.objectContaining({ field: 'birthDate', outcome: 'unknown' }), expect.objectContaining({ field: 'name' })] });
    expect(r[2]!.error).toMatch(/invalid JSON/);
    expect(r[3]!.traveller!.name).toBe('Carl Example');
  });

  it('reads CSV with a header in any column order', async () => {
    const r = await all('Surname,Given Name,DOB,Passport,ID\nExample,Dora,1980-02-03,X123,d1\nOnly,Two\n"Quote, Test",Eve,,,e1\n', 'csv');
    expect(r[0]!.traveller).toEqual({ id: 'd1', name: 'Dora Example', birthDate: '1980-02-03', documentNumber: 'X123' });
    expect(r[1]!.error).toMatch(/expected 5 fields/);
    expect(r[1]!.line).toBe(3);
    expect(r[2]!.traveller!.name).toBe('Eve Quote, Test');
    expect((await all('foo,bar\n1,2\n', 'csv'))[0]!.error).toMatch(/header/);
  });

  it('reads TD3 and TD1 MRZ records; malformed ones become errors with their line', async () => {
    const text = [
      'P<BELERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36BEL7408122F1204159ZE184226B<<<<<10',
      '',
      'I<UTOD23145890<1233<<<<<<<<<<<',
      '7408122F1204159UTO<<<<<<<<<<<2',
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
      'P<BELTOO<SHORT',
      'P<BELERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
    ].join('\n');
    const r = await all(text, 'mrz');
    expect(r[0]).toMatchObject({ line: 1, travellerId: 'L898902C3', traveller: { name: 'ANNA MARIA ERIKSSON', birthDate: '1974-08-12', nationality: 'BE', gender: 'female' } });
    expect(r[1]).toMatchObject({ line: 4, traveller: { name: 'ANNA MARIA ERIKSSON' } });
    expect(r[2]).toMatchObject({ line: 7, error: expect.stringMatching(/characters/) });
    expect(r[3]).toMatchObject({ line: 8, error: expect.stringMatching(/incomplete TD3/) });
  });

  it('maps MRZ dates to a century and keys identities independently of name order and case', () => {
    expect(mrzDate('740812', new Date('2026-01-01'))).toBe('1974-08-12');
    expect(mrzDate('050101', new Date('2026-01-01'))).toBe('2005-01-01');
    expect(identityKey({ id: 'a', name: 'Anna Maria ERIKSSON', birthDate: '1974-08-12' })).toBe(identityKey({ id: 'b', name: 'eriksson anna maria', birthDate: '1974-08-12' }));
    expect(identityKey({ id: 'a', name: 'Anna Eriksson', birthDate: '1974-08-12' })).not.toBe(identityKey({ id: 'a', name: 'Anna Eriksson', birthDate: '1975-08-12' }));
  });
});
