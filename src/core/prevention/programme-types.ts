/**
 * The programme types of the prevention pillar, named once: CVE exchanges and networks (City Pair, IVLP,
 * Strong Cities, Young Cities, Mother and Father Schools, speaker programmes, community policing,
 * diversity training), deradicalisation and reintegration programmes, and the LIVC-R itself. The
 * prevention module stores these codes, the evaluation module's theories of change and its map use
 * the same ones (programme-types.test.ts holds the two lists together), and the screens label them
 * under prevention.programmeType.<code>.
 */

/** The kinds of CVE exchanges and networks an exchange records. */
export const EXCHANGE_TYPES = ['city-pair', 'ivlp', 'strong-cities', 'young-cities', 'mother-schools', 'father-schools', 'speakers', 'community-policing', 'diversity-training'] as const;
export type ExchangeType = (typeof EXCHANGE_TYPES)[number];

/** The kinds of case-based programmes (enrolments of LIVC-R cases). */
export const PROGRAMME_KINDS = ['deradicalisation', 'reintegration'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** A municipality covered by a local integrated security cell takes part in 'livc-r'. */
export const CELL_TYPE = 'livc-r' as const;

/** Every programme type, in the order the evaluation module lists them. */
export const PROGRAMME_TYPES = [CELL_TYPE, ...PROGRAMME_KINDS, ...EXCHANGE_TYPES] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

/** The codes the first version of the prevention module stored (migrations/0019), mapped to today's. */
export const LEGACY_EXCHANGE_TYPES: Readonly<Record<string, ExchangeType>> = {
  city_pair: 'city-pair',
  ivlp: 'ivlp',
  strong_cities_workshop: 'strong-cities',
  young_cities: 'young-cities',
  mother_schools: 'mother-schools',
  father_schools: 'father-schools',
  speaker_event: 'speakers',
  training: 'diversity-training',
};
