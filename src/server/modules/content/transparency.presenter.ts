/** The wire shape of the yearly transparency report (Regulation 2021/784, art. 8): figures only. */
import { z } from 'zod';
import { csvWire, isoWire, orgRefWire } from './content.presenter.ts';

const n = z.number();
const nOrNull = z.number().nullable();

export const transparencyReportWire = z.object({
  year: n,
  authority: orgRefWire,
  generatedAt: isoWire,
  removalOrders: z.object({
    issued: n, removed: n, pending: n, overdue: n, escalated: n, contested: n, revoked: n, notRemoved: n, crossBorder: n, flaggedDuplicates: n,
    byOffence: z.record(z.string(), n),
    byProvider: z.record(z.string(), n),
  }),
  timeToRemoval: z.object({ removals: n, medianSeconds: nOrNull, p90Seconds: nOrNull, meanSeconds: nOrNull, maxSeconds: nOrNull, withinOneHour: n, withinOneHourShare: nOrNull }),
  referrals: z.object({ issued: n, removed: n, declined: n, pending: n, revoked: n }),
  scrutiny: z.object({ ordersSentForScrutiny: n, infringementFound: n, noInfringement: n, periodEndedWithoutDecision: n, receivedAsHostAuthority: n, decidedAsHostAuthority: n, infringementFoundAsHostAuthority: n }),
  appeals: z.object({ lodged: n, upheld: n, overturned: n, pending: n }),
});

/** JSON, or the same figures as CSV (format=csv). */
export const transparencyWire = z.union([transparencyReportWire, csvWire]);
