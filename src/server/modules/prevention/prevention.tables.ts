/** Kysely table interfaces of the prevention module's tables (migrations/0019_prevention.sql, 0028_prevention_exchanges.sql, 0034_prevention_members_programmes.sql). */
import type { ColumnType } from 'kysely';

type Created = ColumnType<Date, string | Date | undefined, never>;
type Changed = ColumnType<Date, string | Date | undefined, string | Date>;
type Json<T> = ColumnType<T, string, string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface Municipality {
  nisCode: string;
  name: string;
}
export interface AgendaItem {
  title: string;
  caseId: string | null;
}
export type Texts = Record<string, string>;
export type Lang3 = { en: string; nl: string; fr: string };

export interface PreventionTables {
  prevention_cells: { id: string; name: string; org_id: string; municipalities: Json<Municipality[]>; created_by: string; created_at: Created };
  prevention_members: {
    id: string;
    cell_id: string;
    user_id: string;
    org_id: string;
    role: string;
    core: boolean;
    added_by: string;
    added_at: Created;
    removed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    removed_by: ColumnType<string | null, string | null | undefined, string | null>;
  };
  prevention_member_changes: {
    id: string;
    member_id: string;
    cell_id: string;
    kind: string;
    from_role: string | null;
    to_role: string | null;
    from_org_id: string | null;
    to_org_id: string | null;
    reason: Defaulted<string>;
    vacancies: Defaulted<string[]>;
    changed_by: string;
    at: Created;
  };
  prevention_cases: {
    id: string;
    cell_id: string;
    reference: string;
    birth_year: number;
    nis_code: string;
    municipality: string;
    legal_basis: string;
    legal_basis_id: string | null;
    consent: string;
    consent_note: Defaulted<string>;
    brought_by: string;
    stage: Defaulted<string>;
    review_date: string;
    version: Defaulted<number>;
    created_at: Created;
    updated_at: Changed;
  };
  prevention_case_fields: { id: string; case_id: string; field: string; value: string; reason: string; added_by: string; added_at: Created };
  prevention_case_participants: { case_id: string; member_id: string; added_by: string; added_at: Created };
  prevention_case_stages: { id: string; case_id: string; from_stage: string | null; to_stage: string; reason: Defaulted<string>; member_id: string; at: Created };
  prevention_contributions: { id: string; case_id: string; member_id: string; org_id: string; sharing: string; kind: string; text: string; created_at: Created };
  prevention_plan_items: {
    id: string;
    case_id: string;
    kind: string;
    text: string;
    responsible_org_id: string | null;
    review_date: string | null;
    status: Defaulted<string>;
    created_by: string;
    created_at: Created;
  };
  prevention_meetings: { id: string; cell_id: string; held_on: string; agenda: Json<AgendaItem[]>; minutes: Defaulted<string>; minutes_by: string | null; created_by: string; created_at: Created };
  prevention_feedback_sheets: {
    id: string;
    case_id: string;
    texts: Json<Texts>;
    contribution_ids: string[];
    version: Defaulted<number>;
    state: Defaulted<string>;
    drafted_by: string;
    sent_by: string | null;
    sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    created_at: Created;
  };
  prevention_feedback_consents: { sheet_id: string; member_id: string; version: number; decision: string; at: Changed };
  prevention_intel_links: { id: string; case_id: string; subject_id: string; reason: string; decision_ref: string; decided_by: string; created_at: Created };
  prevention_programmes: {
    id: string;
    org_id: string;
    name: string;
    kind: string;
    description: Defaulted<string>;
    nis_code: string;
    municipality: string;
    starts_on: ColumnType<string | null, string | null | undefined, string | null>;
    ends_on: ColumnType<string | null, string | null | undefined, string | null>;
    created_at: Created;
  };
  prevention_partners: { id: string; programme_id: string; name: string; kind: string; contact: Defaulted<string>; created_at: Created };
  prevention_enrolments: { id: string; programme_id: string; case_id: string; enrolled_on: string; status: Defaulted<string>; outcome: string | null; outcome_note: Defaulted<string>; created_by: string };
  prevention_sessions: { id: string; programme_id: string; held_on: string; topic: string; partner_id: string | null };
  prevention_attendance: { session_id: string; enrolment_id: string; present: boolean };
  prevention_milestones: { id: string; enrolment_id: string; domain: string; description: string; reached_on: string };
  prevention_exchanges: {
    id: string;
    org_id: string;
    type: string;
    title: string;
    nis_code: string;
    city: string;
    donor_municipalities: Json<Municipality[]>;
    partner_cities: string[];
    starts_on: string;
    ends_on: string | null;
    description: Defaulted<string>;
    created_at: Created;
  };
  prevention_cohorts: { id: string; exchange_id: string; label: string; year: number; participants: number };
  prevention_activities: { id: string; exchange_id: string; held_on: string; description: string };
  prevention_lessons: { id: string; exchange_id: string; text: string; created_at: Created };
  prevention_follow_ups: { id: string; lesson_id: string; action: string; plan_ref: Defaulted<string>; status: Defaulted<string>; due_on: string | null; indicator_id: string | null; created_at: Created };
  prevention_training_modules: { id: string; slug: string; title: Json<Lang3>; summary: Json<Lang3>; scenarios: Json<unknown[]>; created_by: string; created_at: Created };
  prevention_training_teams: { id: string; name: string; org_id: string; trainer_id: string; member_ids: string[] };
  prevention_training_answers: { id: string; module_id: string; scenario_id: string; option_id: string; correct: boolean; user_id: string; at: Created };
}


/** A programme's theory of change, one row per saved version (migrations/0039_programme_theory.sql; append-only). */
export interface PreventionTheoryTables {
  prevention_programme_theories: {
    programme_id: string;
    version: number;
    activities: string[];
    outputs: string[];
    outcomes: string[];
    indicator_ids: string[];
    rationale: string;
    based_on_type: string | null;
    updated_by: string;
    updated_at: Created;
  };
}
