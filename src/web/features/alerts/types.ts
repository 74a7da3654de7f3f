/** The wire shapes of the alerts API (src/server/modules/alerts/alerts.presenter.ts). */
import type { AlertContent } from '../../../core/alerts/cap.ts';

export type { AlertContent };
export type AlertState = 'draft' | 'awaiting_approval' | 'approved' | 'published';
export interface Person {
  id: string;
  name: string;
}
export interface Alert {
  id: string;
  msgType: 'Alert' | 'Update' | 'Cancel';
  status: 'Actual' | 'Exercise';
  state: AlertState;
  cancelled: boolean;
  superseded: boolean;
  incident: { id: string; title: string; exercise: boolean } | null;
  referencesId: string | null;
  rootId: string;
  version: number;
  content: AlertContent;
  organisation: string;
  draftedBy: Person;
  approvedBy: Person | null;
  publishedBy: Person | null;
  publishedAt: string | null;
  identifier: string | null;
  sent: string | null;
  links: { xml: string; signature: string } | null;
  updatedAt: string;
  can: { edit: boolean; submit: boolean; approve: boolean; publish: boolean; followUp: boolean; discard: boolean };
}
export interface Problem {
  field: string;
  message: string;
}
export interface AlertDetail extends Alert {
  problems: Problem[];
  returnedReason: string | null;
}
export interface Preview {
  xml: string;
  problems: Problem[];
  previous: { id: string; identifier: string | null; content: AlertContent; xml: string | null } | null;
}
