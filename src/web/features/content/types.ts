/** Shapes of the online-content API's answers (src/server/modules/content), as the web app reads them. */
import type { Markings } from '../../lib/types.ts';

export const OFFENCES = ['incitement', 'solicitation', 'participation', 'instruction', 'threat'] as const;
export type Offence = (typeof OFFENCES)[number];
export const ORDER_STATES = ['draft', 'pending', 'overdue', 'removed', 'contested', 'declined', 'revoked', 'withdrawn'] as const;
/** PDQ quality under this is kept but never matched. */
export const MIN_QUALITY = 50;
export const DEFAULT_THRESHOLD = 31;

export interface Bank {
  id: string;
  name: string;
  description: string;
  sourceOrg: string;
  tlp: string;
  enabled: boolean;
  threshold: number;
  owner: { id: string; name: string };
  entries: number;
  lowQualityEntries: number;
  canEdit: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface BankEntry {
  id: string;
  pdq: string | null;
  quality: number | null;
  lowQuality: boolean;
  md5: string | null;
  sha256: string | null;
  label: string;
  source: string;
  createdAt: string;
}

export interface Signals {
  kind: 'image' | 'video';
  format: string;
  width: number | null;
  height: number | null;
  pdq: string | null;
  quality: number | null;
  lowQuality: boolean;
  md5: string;
  sha256: string;
}

export interface Match {
  bankId: string;
  bankName: string;
  entryId: string;
  label: string;
  source: string;
  signalType: 'pdq' | 'md5' | 'sha256';
  distance: number;
  threshold: number;
}

export interface HashAnswer {
  signals: Signals;
  matches: Match[];
  warning?: string;
}

export interface Provider {
  id: string;
  name: string;
  country: string;
  contact: string;
  webhookUrl: string;
  signing: 'hmac-sha256' | 'ed25519';
  publicKey: string | null;
  createdAt: string;
  updatedAt: string;
  /** Only in the answer that created the provider or rotated its secret. */
  secret?: string;
}

export interface CaseSignal {
  pdq: string | null;
  quality: number | null;
  md5: string | null;
  sha256: string | null;
}

export interface Duplicate {
  orderId: string;
  kind: string;
  status: string;
  issuingOrgId: string;
  issuingAuthority: string;
  issuedAt: string | null;
  reason: 'url' | 'pdq' | 'md5' | 'sha256';
  distance?: number;
}

export interface Countdown {
  dueAt: string;
  secondsLeft: number | null;
  overdue: boolean;
  escalatedAt: string | null;
}

export interface Scrutiny {
  authority: { id: string; name: string } | null;
  dueAt: string | null;
  state: 'pending' | 'decided' | 'expired' | 'not_sent';
  secondsLeft: number | null;
  decision: 'no_infringement' | 'infringement' | null;
  reasoning: string | null;
  decidedAt: string | null;
}

export interface Outcome {
  action: 'removed' | 'disabled' | 'contested' | 'declined';
  note: string | null;
  at: string | null;
  removedAt: string | null;
}

export interface DeliveryAttempt {
  attempt: number;
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number | null;
}

export interface Delivery {
  id: string;
  event: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  log: DeliveryAttempt[];
}

export interface Order {
  id: string;
  caseId: string;
  kind: 'referral' | 'removal_order';
  status: string;
  state: string;
  provider: { id: string; name: string; country: string };
  issuingAuthority: { id: string; name: string };
  reasons: string;
  duplicates: Duplicate[];
  duplicatesAcknowledged: boolean;
  createdAt: string;
  issuedAt: string | null;
  countdown: Countdown | null;
  outcome: Outcome | null;
  timeToRemovalSeconds: number | null;
  scrutiny: Scrutiny | null;
  appeal: { status: 'lodged' | 'upheld' | 'overturned'; note: string | null; at: string | null } | null;
  withdrawnReason: string | null;
  updatedAt: string;
  /** In GET /api/content/orders only. */
  url?: string;
  /** In GET /api/content/orders/:id only. */
  deliveries?: Delivery[];
  /** The latest webhook delivery to the provider (issue #17): failed ones are shown red. */
  delivery?: DeliverySummary | null;
}

export interface DeliverySummary {
  deliveryId: string;
  event: string;
  state: 'pending' | 'delivered' | 'failed' | 'other_means';
  attempts: number;
  lastError: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  note: string | null;
}

export interface Authority {
  id: string;
  name: string;
  country: string;
  kind: string;
  contact: string;
}

export interface ContentCase {
  id: string;
  url: string;
  provider: { id: string; name: string; country: string };
  offence: Offence;
  offenceText: string;
  assessment: string;
  status: 'open' | 'closed';
  closedAt: string | null;
  signals: CaseSignal[];
  evidence: { type: string; sha256: string | null; uploadedAt: string | null } | null;
  markings: Markings;
  createdAt: string;
  updatedAt: string;
  /** In GET /api/content/cases/:id only. */
  orders?: Order[];
  /** Orders whose latest delivery failed (GET /api/content/cases/:id). */
  failedDeliveries?: Array<{ orderId: string; error: string | null }>;
  timeToRemovalSeconds?: number | null;
}

export interface ScrutinyItem {
  id: string;
  kind: string;
  state: string;
  url: string;
  offence: Offence;
  offenceText: string;
  reasons: string;
  provider: { id: string; name: string; country: string };
  issuingAuthority: { id: string; name: string };
  issuedAt: string | null;
  countdown: Countdown | null;
  outcome: Outcome | null;
  scrutiny: Scrutiny | null;
}

export interface PortalOrder {
  id: string;
  kind: 'referral' | 'removal_order';
  state: string;
  provider: string;
  issuingAuthority: string;
  issuedAt: string | null;
  dueAt: string | null;
  secondsLeft: number | null;
  url: string;
  offence: Offence;
  offenceText: string;
  reasons: string;
  contentHashes: Array<{ pdq: string | null; md5: string | null; sha256: string | null }>;
  outcome: Outcome | null;
  canAnswer: boolean;
  answers: Array<'removed' | 'disabled' | 'contested' | 'declined'>;
}

export interface Transparency {
  year: number;
  authority: { id: string; name: string };
  generatedAt: string;
  removalOrders: {
    issued: number;
    removed: number;
    pending: number;
    overdue: number;
    escalated: number;
    contested: number;
    revoked: number;
    notRemoved: number;
    crossBorder: number;
    flaggedDuplicates: number;
    byOffence: Record<string, number>;
    byProvider: Record<string, number>;
  };
  timeToRemoval: {
    removals: number;
    medianSeconds: number | null;
    p90Seconds: number | null;
    meanSeconds: number | null;
    maxSeconds: number | null;
    withinOneHour: number;
    withinOneHourShare: number | null;
  };
  referrals: { issued: number; removed: number; declined: number; pending: number; revoked: number };
  scrutiny: {
    ordersSentForScrutiny: number;
    infringementFound: number;
    noInfringement: number;
    periodEndedWithoutDecision: number;
    receivedAsHostAuthority: number;
    decidedAsHostAuthority: number;
    infringementFoundAsHostAuthority: number;
  };
  appeals: { lodged: number; upheld: number; overturned: number; pending: number };
}
