/** Wire shapes of the legal API as the screens use them. */
export interface Deadline { key: string; due: string; reference: string; overdue: boolean }
export interface AuthSummary { id: string; reference: string; durationDays: number; orgName: string; method: string; tier: string; state: string; until: string | null; targetCount: number; nextDeadline: Deadline | null }
export interface Transition { seq: number; action: string; toState: string; actorName: string; actorOrgName: string; reason: string; at: string; hash: string }
export interface Authorisation extends AuthSummary {
  facts: string; subsidiarity: string; proportionality: string; targets: Array<{ id: string; name: string | null }>;
  deadlines: Deadline[]; history: Transition[]; chainIntact: boolean; actions: string[];
  destruction: { what: string; how: string; destroyedOn: string; destroyedBy: string } | null;
}
export interface RegistryEntry { id: string; kind: string; code: string; version: number; title: string; article: string; textReference: string; scope: string | null; method: string | null; validFrom: string; validTo: string | null; inForce: boolean }
export interface Method { code: string; tier: string; article: string }
