/**
 * The words of the evaluation PDF in en, nl, fr and de. The caveats are the evaluation screen's own
 * (src/web/i18n/<lang>/evaluation.ts, `caveats`; evaluation.pdf.test.ts keeps them equal).
 */
import type { PdfLang } from '../../platform/pdf.ts';

export interface EvaluationPdfLabels {
  title: (indicator: string, municipality: string) => string;
  subtitle: (v: { intervention: string; population: string; comparison: number }) => string;
  source: (source: string, reliability: string) => string;
  reliability: Record<string, string>;
  marking: string;
  synth: string;
  did: string;
  effect: string;
  interval: (v: { level: number; placebos: number; low: string; high: string }) => string;
  noInterval: string;
  synthRank: (rank: number, of: number) => string;
  didRank: (rank: number, of: number) => string;
  rmspe: (pre: string, post: string) => string;
  didParts: (tb: string, ta: string, cb: string, ca: string) => string;
  chartTitle: (municipality: string) => string;
  synthetic: string;
  start: string;
  weights: string;
  weight: string;
  periods: string;
  col: { period: string; after: string; treated: string; synthetic: string; gap: string; comparison: string; national: string };
  yes: string;
  small: string;
  smallNote: (n: number) => string;
}

export const EVALUATION_PDF_LABELS: Record<PdfLang, EvaluationPdfLabels> = {
  en: {
    title: (i, m) => `${i} in ${m}`,
    subtitle: (v) => `Programme start ${v.intervention} · population ${v.population} · compared with ${v.comparison} municipalities`,
    source: (s, r) => `Source: ${s} (${r}).`,
    reliability: { official: 'official statistics', research: 'research data', 'self-reported': 'self-reported', indicative: 'indicative' },
    marking: 'AGGREGATES ONLY — SMALL CELLS LEFT BLANK',
    synth: 'Synthetic control', did: 'Difference in differences', effect: 'Estimated effect',
    interval: (v) => `Placebo interval (${v.level}%, ${v.placebos} placebos): ${v.low} to ${v.high}. Estimates this large happen without any programme when they fall inside it.`,
    noInterval: 'No placebo interval: too few comparison municipalities.',
    synthRank: (r, o) => `Rank ${r} of ${o} by post/pre fit ratio (1 = the most unusual change).`,
    didRank: (r, o) => `Rank ${r} of ${o} among the placebo estimates (1 = the largest).`,
    rmspe: (pre, post) => `Fit before the start (RMSPE): ${pre} · after: ${post}`,
    didParts: (tb, ta, cb, ca) => `Municipality ${tb} -> ${ta}; comparison ${cb} -> ${ca} (mean before -> mean after).`,
    chartTitle: (m) => `${m} against its synthetic control`, synthetic: 'Synthetic control', start: 'Programme start',
    weights: 'Donor weights', weight: 'Weight', periods: 'Series by period',
    col: { period: 'Period', after: 'After start', treated: 'Municipality', synthetic: 'Synthetic', gap: 'Gap', comparison: 'Comparison average', national: 'National' },
    yes: 'yes', small: 'under 10',
    smallNote: (n) => `${n} period(s) rest on 1 to 9 cases: left blank here, as in every export.`,
  },
  nl: {
    title: (i, m) => `${i} in ${m}`,
    subtitle: (v) => `Start van het programma ${v.intervention} · bevolking ${v.population} · vergeleken met ${v.comparison} gemeenten`,
    source: (s, r) => `Bron: ${s} (${r}).`,
    reliability: { official: 'officiële statistiek', research: 'onderzoeksgegevens', 'self-reported': 'zelf gerapporteerd', indicative: 'indicatief' },
    marking: 'ALLEEN AGGREGATEN — KLEINE CELLEN LEEG GELATEN',
    synth: 'Synthetische controle', did: 'Verschil in verschillen', effect: 'Geschat effect',
    interval: (v) => `Placebo-interval (${v.level}%, ${v.placebos} placebo's): ${v.low} tot ${v.high}. Schattingen van deze omvang komen zonder programma voor wanneer ze erbinnen vallen.`,
    noInterval: 'Geen placebo-interval: te weinig vergelijkingsgemeenten.',
    synthRank: (r, o) => `Rang ${r} van ${o} naar verhouding van de aansluiting na/voor (1 = de meest ongewone verandering).`,
    didRank: (r, o) => `Rang ${r} van ${o} onder de placeboschattingen (1 = de grootste).`,
    rmspe: (pre, post) => `Aansluiting voor de start (RMSPE): ${pre} · erna: ${post}`,
    didParts: (tb, ta, cb, ca) => `Gemeente ${tb} -> ${ta}; vergelijking ${cb} -> ${ca} (gemiddelde voor -> gemiddelde na).`,
    chartTitle: (m) => `${m} tegenover haar synthetische controle`, synthetic: 'Synthetische controle', start: 'Start van het programma',
    weights: 'Gewichten van de donorgemeenten', weight: 'Gewicht', periods: 'Reeks per periode',
    col: { period: 'Periode', after: 'Na de start', treated: 'Gemeente', synthetic: 'Synthetisch', gap: 'Verschil', comparison: 'Gemiddelde vergelijking', national: 'Nationaal' },
    yes: 'ja', small: 'minder dan 10',
    smallNote: (n) => `${n} periode(n) steunen op 1 tot 9 gevallen: hier leeg gelaten, zoals in elke export.`,
  },
  fr: {
    title: (i, m) => `${i} à ${m}`,
    subtitle: (v) => `Début du programme ${v.intervention} · population ${v.population} · comparée à ${v.comparison} communes`,
    source: (s, r) => `Source : ${s} (${r}).`,
    reliability: { official: 'statistique officielle', research: 'données de recherche', 'self-reported': 'déclaré par les communes', indicative: 'indicatif' },
    marking: 'AGRÉGATS SEULEMENT — PETITES CELLULES LAISSÉES VIDES',
    synth: 'Contrôle synthétique', did: 'Différence de différences', effect: 'Effet estimé',
    interval: (v) => `Intervalle placebo (${v.level} %, ${v.placebos} placebos) : ${v.low} à ${v.high}. Des estimations de cette taille surviennent sans programme lorsqu'elles tombent dedans.`,
    noInterval: 'Pas d’intervalle placebo : trop peu de communes de comparaison.',
    synthRank: (r, o) => `Rang ${r} sur ${o} selon le rapport d'ajustement après/avant (1 = le changement le plus inhabituel).`,
    didRank: (r, o) => `Rang ${r} sur ${o} parmi les estimations placebo (1 = la plus grande).`,
    rmspe: (pre, post) => `Ajustement avant le début (RMSPE) : ${pre} · après : ${post}`,
    didParts: (tb, ta, cb, ca) => `Commune ${tb} -> ${ta} ; comparaison ${cb} -> ${ca} (moyenne avant -> moyenne après).`,
    chartTitle: (m) => `${m} face à son contrôle synthétique`, synthetic: 'Contrôle synthétique', start: 'Début du programme',
    weights: 'Poids des communes donneuses', weight: 'Poids', periods: 'Série par période',
    col: { period: 'Période', after: 'Après le début', treated: 'Commune', synthetic: 'Synthétique', gap: 'Écart', comparison: 'Moyenne de comparaison', national: 'National' },
    yes: 'oui', small: 'moins de 10',
    smallNote: (n) => `${n} période(s) reposent sur 1 à 9 cas : laissées vides ici, comme dans tout export.`,
  },
  de: {
    title: (i, m) => `${i} in ${m}`,
    subtitle: (v) => `Programmbeginn ${v.intervention} · Einwohner ${v.population} · verglichen mit ${v.comparison} Gemeinden`,
    source: (s, r) => `Quelle: ${s} (${r}).`,
    reliability: { official: 'amtliche Statistik', research: 'Forschungsdaten', 'self-reported': 'selbst gemeldet', indicative: 'indikativ' },
    marking: 'NUR AGGREGATE — KLEINE ZELLEN LEER GELASSEN',
    synth: 'Synthetische Kontrolle', did: 'Differenz-von-Differenzen', effect: 'Geschätzter Effekt',
    interval: (v) => `Placebo-Intervall (${v.level} %, ${v.placebos} Placebos): ${v.low} bis ${v.high}. Schätzungen dieser Größe kommen ohne Programm vor, wenn sie darin liegen.`,
    noInterval: 'Kein Placebo-Intervall: zu wenige Vergleichsgemeinden.',
    synthRank: (r, o) => `Rang ${r} von ${o} nach dem Verhältnis der Anpassung nach/vor (1 = die ungewöhnlichste Veränderung).`,
    didRank: (r, o) => `Rang ${r} von ${o} unter den Placebo-Schätzungen (1 = die größte).`,
    rmspe: (pre, post) => `Anpassung vor Beginn (RMSPE): ${pre} · danach: ${post}`,
    didParts: (tb, ta, cb, ca) => `Gemeinde ${tb} -> ${ta}; Vergleich ${cb} -> ${ca} (Mittel vorher -> Mittel nachher).`,
    chartTitle: (m) => `${m} gegenüber ihrer synthetischen Kontrolle`, synthetic: 'Synthetische Kontrolle', start: 'Programmbeginn',
    weights: 'Gewichte der Spendergemeinden', weight: 'Gewicht', periods: 'Reihe je Zeitraum',
    col: { period: 'Zeitraum', after: 'Nach Beginn', treated: 'Gemeinde', synthetic: 'Synthetisch', gap: 'Abstand', comparison: 'Vergleichsmittel', national: 'National' },
    yes: 'ja', small: 'unter 10',
    smallNote: (n) => `${n} Zeitraum/Zeiträume beruhen auf 1 bis 9 Fällen: hier leer gelassen, wie in jedem Export.`,
  },
};

/** The caveats as the evaluation screen words them ({{name}} filled from the caveat's params). */
export const EVALUATION_PDF_CAVEATS: Record<PdfLang, Record<string, string>> = {
  en: {
    "title": "Read this before quoting the result",
    "not-causal": "A difference is not proof that the programme caused it: other things changed at the same time.",
    "few-units": "Only {{donors}} comparison municipalities: the placebo interval is coarse.",
    "short-pre-period": "Only {{periods}} periods before the start: the fit before the start says little.",
    "short-post-period": "Only one period after the start: too early to judge a lasting change.",
    "poor-fit": "The synthetic control tracks the municipality poorly before the start (RMSPE {{preRmspe}}, more than twice the placebos’ median {{medianPlacebo}}).",
    "outside-range": "In {{periods}} periods the municipality lies outside the range of the comparison municipalities: no mix of them can match it.",
    "interval-level": "With {{placebos}} placebos the interval reaches only {{level}}%, not 95%.",
    "small-cells": "{{cells}} values of this municipality and its comparison municipalities rest on 1 to 9 cases: chance alone moves such numbers a lot.",
    "indicative-data": "The data are indicative: fit to show an order of magnitude, not to prove a change.",
    "dropped-donors": "Comparison municipalities left out because periods are missing: {{count}}.",
    "donors-in-programme": "Comparison municipalities that run the same programme (they may understate the effect): {{count}}.",
    "unknown": "Further caveat: {{code}}."
  },
  nl: {
    "title": "Lees dit voor u het resultaat citeert",
    "not-causal": "Een verschil bewijst niet dat het programma het veroorzaakte: tegelijk veranderden ook andere dingen.",
    "few-units": "Slechts {{donors}} vergelijkingsgemeenten: het placebo-interval is grof.",
    "short-pre-period": "Slechts {{periods}} perioden voor de start: de aansluiting ervoor zegt weinig.",
    "short-post-period": "Slechts één periode na de start: te vroeg om een blijvende verandering te beoordelen.",
    "poor-fit": "De synthetische controle volgt de gemeente slecht voor de start (RMSPE {{preRmspe}}, meer dan twee keer de mediaan van de placebo’s {{medianPlacebo}}).",
    "outside-range": "In {{periods}} perioden ligt de gemeente buiten het bereik van de vergelijkingsgemeenten: geen mix ervan kan haar evenaren.",
    "interval-level": "Met {{placebos}} placebo’s haalt het interval slechts {{level}}%, geen 95%.",
    "small-cells": "{{cells}} waarden van deze gemeente en haar vergelijkingsgemeenten steunen op 1 tot 9 gevallen: toeval alleen doet zulke getallen sterk schommelen.",
    "indicative-data": "De gegevens zijn indicatief: goed voor een grootteorde, niet om een verandering te bewijzen.",
    "dropped-donors": "Vergelijkingsgemeenten weggelaten omdat perioden ontbreken: {{count}}.",
    "donors-in-programme": "Vergelijkingsgemeenten met hetzelfde programma (ze kunnen het effect onderschatten): {{count}}.",
    "unknown": "Verder voorbehoud: {{code}}."
  },
  fr: {
    "title": "À lire avant de citer le résultat",
    "not-causal": "Une différence ne prouve pas que le programme l’a causée : d’autres choses ont changé en même temps.",
    "few-units": "Seulement {{donors}} communes de comparaison : l’intervalle placebo est grossier.",
    "short-pre-period": "Seulement {{periods}} périodes avant le début : l’ajustement avant dit peu de chose.",
    "short-post-period": "Une seule période après le début : trop tôt pour juger d’un changement durable.",
    "poor-fit": "Le contrôle synthétique suit mal la commune avant le début (RMSPE {{preRmspe}}, plus du double de la médiane des placebos {{medianPlacebo}}).",
    "outside-range": "Sur {{periods}} périodes, la commune sort de la plage des communes de comparaison : aucun mélange ne peut l’égaler.",
    "interval-level": "Avec {{placebos}} placebos, l’intervalle n’atteint que {{level}} %, pas 95 %.",
    "small-cells": "{{cells}} valeurs de cette commune et de ses communes de comparaison reposent sur 1 à 9 cas : le hasard seul fait beaucoup varier de tels nombres.",
    "indicative-data": "Les données sont indicatives : elles donnent un ordre de grandeur, elles ne prouvent pas un changement.",
    "dropped-donors": "Communes de comparaison écartées faute de périodes : {{count}}.",
    "donors-in-programme": "Communes de comparaison qui mènent le même programme (elles peuvent sous-estimer l’effet) : {{count}}.",
    "unknown": "Autre réserve : {{code}}."
  },
  de: {
    "title": "Bitte lesen, bevor Sie das Ergebnis zitieren",
    "not-causal": "Ein Unterschied beweist nicht, dass das Programm ihn verursacht hat: gleichzeitig änderte sich auch anderes.",
    "few-units": "Nur {{donors}} Vergleichsgemeinden: das Placebo-Intervall ist grob.",
    "short-pre-period": "Nur {{periods}} Zeiträume vor Beginn: die Anpassung davor sagt wenig.",
    "short-post-period": "Nur ein Zeitraum nach Beginn: zu früh für eine dauerhafte Veränderung.",
    "poor-fit": "Die synthetische Kontrolle folgt der Gemeinde vor Beginn schlecht (RMSPE {{preRmspe}}, mehr als das Doppelte des Placebo-Medians {{medianPlacebo}}).",
    "outside-range": "In {{periods}} Zeiträumen liegt die Gemeinde außerhalb der Spanne der Vergleichsgemeinden: keine Mischung kann sie treffen.",
    "interval-level": "Mit {{placebos}} Placebos erreicht das Intervall nur {{level}} %, nicht 95 %.",
    "small-cells": "{{cells}} Werte dieser Gemeinde und ihrer Vergleichsgemeinden beruhen auf 1 bis 9 Fällen: solche Zahlen schwanken schon durch Zufall stark.",
    "indicative-data": "Die Daten sind indikativ: sie zeigen eine Größenordnung, beweisen aber keine Veränderung.",
    "dropped-donors": "Vergleichsgemeinden wegen fehlender Zeiträume ausgelassen: {{count}}.",
    "donors-in-programme": "Vergleichsgemeinden mit demselben Programm (sie können den Effekt unterschätzen): {{count}}.",
    "unknown": "Weiterer Vorbehalt: {{code}}."
  },

};
