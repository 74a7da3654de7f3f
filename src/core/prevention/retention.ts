/**
 * Retention of LIVC-R cases: every case carries a review date (at most a year ahead). When it has
 * come, the case is due for review; past it by more than the platform's grace period the case is
 * restricted to the cell's coordinator (as records are to their owner) until reviewed. A case that
 * left the consultation (exit) keeps a review date too: at review it is kept or deleted, never
 * silently.
 */
import { reviewState } from '../access/policy.ts';

/** The longest a case goes without review. */
export const MAX_REVIEW_DAYS = 365;

/** The problem with a proposed review date, or null. */
export function reviewDateProblem(date: string, now: Date): string | null {
  const parsed = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== date) return 'Use a date YYYY-MM-DD that exists.';
  const today = now.toISOString().slice(0, 10);
  const max = new Date(now.getTime() + MAX_REVIEW_DAYS * 86_400_000).toISOString().slice(0, 10);
  if (date <= today) return 'Choose a review date in the future.';
  if (date > max) return `Review the case at least once a year (by ${max}).`;
  return null;
}

/** The review date a new case gets: six months ahead. */
export function defaultReviewDate(now: Date): string {
  return new Date(now.getTime() + 182 * 86_400_000).toISOString().slice(0, 10);
}

export type QueueState = 'restricted' | 'overdue' | 'soon';

/** Where a case stands in the review queue (null: not due within `soonDays`). */
export function queueState(reviewDate: string, ctx: { now: Date; graceDays: number }, soonDays = 30): QueueState | null {
  const s = reviewState({ reviewDate }, ctx);
  if (s.restricted) return 'restricted';
  if (s.reviewDue) return 'overdue';
  const soon = new Date(ctx.now.getTime() + soonDays * 86_400_000).toISOString().slice(0, 10);
  return reviewDate <= soon ? 'soon' : null;
}
