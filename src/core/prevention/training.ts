/**
 * The cultural-competency training: modules of short scenarios, each with a question, answer options
 * and feedback, in English, Dutch and French. An officer's progress is theirs; a trainer sees results
 * per team only in aggregate, and only for teams of at least five people, so no score points at one
 * officer.
 */
import type { OrgKind } from '../vocab.ts';

/**
 * Who takes the training: officers, not the members of the oversight bodies (they watch the services;
 * the server refuses them the modules, and the app neither offers the training nor lands them on it).
 */
export function takesTraining(orgKind: OrgKind): boolean {
  return orgKind !== 'oversight';
}

export const TRAINING_LANGS = ['en', 'nl', 'fr'] as const;
export type TrainingLang = (typeof TRAINING_LANGS)[number];
export type Text = Record<TrainingLang, string>;

export interface TrainingOption {
  id: string;
  text: Text;
  correct: boolean;
  feedback: Text;
}
export interface TrainingScenario {
  id: string;
  situation: Text;
  question: Text;
  options: TrainingOption[];
}

/** The smallest team whose results a trainer sees as a score. */
export const MIN_TEAM_FOR_SCORE = 5;

export interface Problem {
  field: string;
  message: string;
}

/** Problems with a module's scenarios: every text in every language, unique ids, exactly one right answer among 2–5 options. */
export function scenarioProblems(scenarios: readonly TrainingScenario[], path = 'scenarios'): Problem[] {
  const out: Problem[] = [];
  const ids = new Set<string>();
  const texts = (t: Text, at: string) => {
    for (const l of TRAINING_LANGS) if (!t?.[l] || t[l].trim().length === 0) out.push({ field: `${at}.${l}`, message: `Give the text in ${l}.` });
  };
  if (scenarios.length === 0) out.push({ field: path, message: 'A module needs at least one scenario.' });
  scenarios.forEach((s, i) => {
    const at = `${path}.${i}`;
    if (ids.has(s.id)) out.push({ field: `${at}.id`, message: 'Scenario ids must be unique in the module.' });
    ids.add(s.id);
    texts(s.situation, `${at}.situation`);
    texts(s.question, `${at}.question`);
    if (s.options.length < 2 || s.options.length > 5) out.push({ field: `${at}.options`, message: 'Give 2 to 5 answer options.' });
    if (s.options.filter((o) => o.correct).length !== 1) out.push({ field: `${at}.options`, message: 'Exactly one option is the right answer.' });
    const optIds = new Set<string>();
    s.options.forEach((o, j) => {
      if (optIds.has(o.id)) out.push({ field: `${at}.options.${j}.id`, message: 'Option ids must be unique in the scenario.' });
      optIds.add(o.id);
      texts(o.text, `${at}.options.${j}.text`);
      texts(o.feedback, `${at}.options.${j}.feedback`);
    });
  });
  return out;
}

/** An officer's first answer to each scenario counts; later tries are practice. */
export interface Answer {
  userId: string;
  scenarioId: string;
  correct: boolean;
}

export interface Progress {
  answered: number;
  correct: number;
  total: number;
  completed: boolean;
}

/** One officer's progress on one module (first answers only). */
export function progressOf(answers: readonly Answer[], scenarioIds: readonly string[]): Progress {
  const first = new Map<string, boolean>();
  for (const a of answers) if (scenarioIds.includes(a.scenarioId) && !first.has(a.scenarioId)) first.set(a.scenarioId, a.correct);
  const correct = [...first.values()].filter(Boolean).length;
  return { answered: first.size, correct, total: scenarioIds.length, completed: first.size === scenarioIds.length && scenarioIds.length > 0 };
}

export interface TeamResult {
  members: number;
  completed: number;
  /** Mean share of right first answers among members who completed, in percent; null when withheld. */
  scorePercent: number | null;
  /** Why the score is withheld: the team is too small, or nobody completed yet. */
  withheld: 'team-under-5' | 'none-completed' | null;
}

/**
 * A team's result on a module from its members' first answers (answers in order). Teams under five
 * people get no score (one officer's result would show through); the completion count stays.
 */
export function teamResult(memberIds: readonly string[], answers: readonly Answer[], scenarioIds: readonly string[]): TeamResult {
  const progress = memberIds.map((m) => progressOf(answers.filter((a) => a.userId === m), scenarioIds));
  const done = progress.filter((p) => p.completed);
  if (memberIds.length < MIN_TEAM_FOR_SCORE) return { members: memberIds.length, completed: done.length, scorePercent: null, withheld: 'team-under-5' };
  if (done.length === 0) return { members: memberIds.length, completed: 0, scorePercent: null, withheld: 'none-completed' };
  const mean = done.reduce((s, p) => s + p.correct / p.total, 0) / done.length;
  return { members: memberIds.length, completed: done.length, scorePercent: Math.round(mean * 100), withheld: null };
}
