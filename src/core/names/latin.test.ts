import { describe, expect, it } from 'vitest';
import { latinKey, nameKeys } from './latin.ts';

describe('latinKey', () => {
  it.each([
    ["Éric  d'Alembert", 'eric d alembert'],
    ['Юрий Гагарин', 'iurii gagarin'],
    ['Łukasz Żółć', 'lukasz zolc'],
    ['Straße', 'strasse'],
    ['Ἀλέξανδρος', 'alexandros'],
  ])('%s → %s', (name, key) => expect(latinKey(name)).toBe(key));
});

describe('nameKeys', () => {
  it('gives variants of one name the same keys', () => {
    expect(nameKeys(latinKey('Mohamed Dubois'))).toEqual(nameKeys(latinKey('Muhammad Duboiz')));
    expect(nameKeys(latinKey('Pieter Peeters'))).toEqual(nameKeys(latinKey('Peeters Piter')).reverse());
  });
  it('keeps different names apart', () => {
    expect(nameKeys('jan peeters')).not.toEqual(nameKeys('jan janssens'));
  });
});
