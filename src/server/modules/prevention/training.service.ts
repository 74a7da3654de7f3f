/**
 * The cultural-competency training. Every signed-in officer takes modules and sees their own
 * progress; a trainer sees results of the teams they train only in aggregate, never per officer, and
 * no score for a team under five people. Content comes in English, Dutch and French.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { progressOf, scenarioProblems, takesTraining, teamResult, type TrainingLang, type TrainingScenario } from '../../../core/prevention/training.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './training.repository.ts';
import type { answerBody, moduleBody } from './training.presenter.ts';
import { isPreventionAdmin, requireRight } from './prevention.access.ts';

/** Anyone signed in trains, except oversight bodies (they read the log, not the training). */
function requireTrainee(ctx: Ctx): void {
  if (!takesTraining(ctx.actor.orgKind)) throw forbidden('The training is for officers.');
}

const scenariosOf = (m: repo.ModuleRow) => m.scenarios as TrainingScenario[];

export async function listModules(p: Platform, ctx: Ctx, lang: TrainingLang) {
  requireTrainee(ctx);
  const [mods, answers] = await Promise.all([repo.listModules(p.db), repo.answersOf(p.db, [ctx.actor.userId])]);
  return mods.map((m) => {
    const ids = scenariosOf(m).map((s) => s.id);
    return { id: m.id, slug: m.slug, title: m.title[lang], summary: m.summary[lang], scenarios: ids.length, progress: progressOf(answers.filter((a) => a.module_id === m.id).map((a) => ({ userId: a.user_id, scenarioId: a.scenario_id, correct: a.correct })), ids) };
  });
}

export async function getModule(p: Platform, ctx: Ctx, id: string, lang: TrainingLang) {
  requireTrainee(ctx);
  const m = await repo.findModule(p.db, id);
  if (!m) throw notFound('training module');
  const answers = (await repo.answersOf(p.db, [ctx.actor.userId])).filter((a) => a.module_id === id);
  const scenarios = scenariosOf(m);
  const ids = scenarios.map((s) => s.id);
  return {
    id: m.id,
    slug: m.slug,
    title: m.title[lang],
    summary: m.summary[lang],
    scenarios: ids.length,
    lang,
    progress: progressOf(answers.map((a) => ({ userId: a.user_id, scenarioId: a.scenario_id, correct: a.correct })), ids),
    scenarioList: scenarios.map((s) => ({ id: s.id, situation: s.situation[lang], question: s.question[lang], options: s.options.map((o) => ({ id: o.id, text: o.text[lang] })), answered: answers.some((a) => a.scenario_id === s.id) })),
  };
}

/** Records an answer and returns its feedback; the first answer to a scenario counts for progress. */
export async function answer(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof answerBody>, lang: TrainingLang) {
  requireTrainee(ctx);
  const m = await repo.findModule(p.db, id);
  if (!m) throw notFound('training module');
  const scenarios = scenariosOf(m);
  const s = scenarios.find((x) => x.id === body.scenarioId);
  if (!s) throw invalid('No such scenario in this module.', 'scenarioId');
  const o = s.options.find((x) => x.id === body.optionId);
  if (!o) throw invalid('No such answer option.', 'optionId');
  const before = (await repo.answersOf(p.db, [ctx.actor.userId])).filter((a) => a.module_id === id);
  await p.db.transaction().execute(async (tx) => {
    await repo.insertAnswer(tx, { id: randomUUID(), moduleId: id, scenarioId: s.id, optionId: o.id, correct: o.correct, userId: ctx.actor.userId });
    await p.record(ctx, [{ action: 'prevention.training-answer', recordType: 'training-module', recordId: id, details: { moduleId: id, scenarioId: s.id, correct: String(o.correct) } }], tx);
  });
  const all = [...before.map((a) => ({ userId: a.user_id, scenarioId: a.scenario_id, correct: a.correct })), { userId: ctx.actor.userId, scenarioId: s.id, correct: o.correct }];
  return { correct: o.correct, feedback: o.feedback[lang], rightOptionId: s.options.find((x) => x.correct)!.id, firstAnswer: !before.some((a) => a.scenario_id === s.id), progress: progressOf(all, scenarios.map((x) => x.id)) };
}

/** Publishes a module (prevention writers): every text in en, nl and fr, one right answer per scenario. */
export async function createModule(p: Platform, ctx: Ctx, body: z.infer<typeof moduleBody>, lang: TrainingLang) {
  requireRight(ctx, 'write');
  for (const l of ['en', 'nl', 'fr'] as const) {
    if (!body.title[l].trim()) throw invalid(`Give the title in ${l}.`, `title.${l}`);
    if (!body.summary[l].trim()) throw invalid(`Give the summary in ${l}.`, `summary.${l}`);
  }
  const problems = scenarioProblems(body.scenarios);
  if (problems.length) throw invalid(problems[0]!.message, problems[0]!.field);
  if (await repo.slugTaken(p.db, body.slug)) throw new AppError('CONFLICT', 'A module with this short name exists.', 'slug');
  const id = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertModule(tx, { id, slug: body.slug, title: body.title, summary: body.summary, scenarios: body.scenarios, createdBy: ctx.actor.userId });
    await p.record(ctx, [{ action: 'prevention.training-module', recordType: 'training-module', recordId: id, details: { slug: body.slug, scenarios: body.scenarios.length } }], tx);
  });
  return getModule(p, ctx, id, lang);
}

/** Results of the teams the caller trains: per module, members, completions and a score only for teams of five or more. */
export async function teamResults(p: Platform, ctx: Ctx, lang: TrainingLang) {
  requireTrainee(ctx);
  const teams = await repo.teamsOf(p.db, isPreventionAdmin(ctx) ? null : ctx.actor.userId);
  if (teams.length === 0 && !isPreventionAdmin(ctx)) throw forbidden('You train no team.');
  const mods = await repo.listModules(p.db);
  const answers = await repo.answersOf(p.db, [...new Set(teams.flatMap((t) => t.member_ids))]);
  await p.record(ctx, [{ action: 'prevention.training-results', recordType: 'training-team', recordIds: teams.map((t) => t.id), details: { teams: teams.length } }]);
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    members: t.member_ids.length,
    modules: mods.map((m) => {
      const ids = scenariosOf(m).map((s) => s.id);
      const mine = answers.filter((a) => a.module_id === m.id).map((a) => ({ userId: a.user_id, scenarioId: a.scenario_id, correct: a.correct }));
      return { moduleId: m.id, title: m.title[lang], ...teamResult(t.member_ids, mine, ids) };
    }),
  }));
}
