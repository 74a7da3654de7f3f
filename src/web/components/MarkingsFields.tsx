/**
 * The markings section of every record form: classification (up to the user's clearance), TLP,
 * distribution with organisation and sharing-group pickers, handling code, hit-no-hit, legal basis
 * (from the legal registry, or free text), purpose and review date, with the live sharing preview (who will see the record) under the distribution.
 * Defaults: restricted, TLP:AMBER, own organisation, review in one year.
 */
import { Autocomplete, Fieldset, Group, MultiSelect, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clearedLevels } from '../../core/access/policy.ts';
import { DISTRIBUTIONS, HANDLING_CODES, TLPS, type Classification, type Module, type OrgKind } from '../../core/vocab.ts';
import { isoFromToday } from '../lib/format.ts';
import { useGroups, useOrganisations } from '../lib/lookups.ts';
import type { FieldErrors } from '../lib/validation.ts';
import { SharingPreview } from './SharingPreview.tsx';
import { LegalBasisField } from '../features/legal/LegalBasisField.tsx';
import { DateField } from './DateField.tsx';

export interface MarkingsValue {
  classification: Classification;
  tlp: (typeof TLPS)[number];
  distribution: (typeof DISTRIBUTIONS)[number];
  sharedWith: string[];
  groupIds: string[];
  handlingCode: (typeof HANDLING_CODES)[number];
  hitNoHit: boolean;
  legalBasis: string;
  purpose: string;
  reviewDate: string | null;
}

export function defaultMarkings(): MarkingsValue {
  return {
    classification: 'restricted',
    tlp: 'amber',
    distribution: 'organisation',
    sharedWith: [],
    groupIds: [],
    handlingCode: 'H0',
    hitNoHit: false,
    legalBasis: '',
    purpose: '',
    reviewDate: isoFromToday(12),
  };
}

/** Legal bases an organisation of this kind usually names (suggestions; free text is allowed). */
export function legalBasisSuggestions(kind: OrgKind): string[] {
  const common = ['Act of 10 July 2006 on threat analysis', 'Police Function Act of 5 August 1992, art. 44/2', 'Organic Act of 30 November 1998 on intelligence services, art. 7'];
  if (kind === 'intelligence') return [common[2]!, common[0]!];
  if (kind === 'police' || kind === 'border') return [common[1]!, common[0]!];
  if (kind === 'threat-assessment') return [common[0]!, common[2]!];
  return common;
}

export const PURPOSE_SUGGESTIONS = ['prevention of terrorism and violent extremism', 'threat assessment', 'criminal investigation of terrorist offences', 'border screening'];

interface Props {
  value: MarkingsValue;
  onChange: (v: MarkingsValue) => void;
  errors: FieldErrors;
  clearance: Classification;
  orgKind: OrgKind;
  ownOrgId: string;
  /** The module the record belongs to (the sharing preview asks who reads it there). */
  module?: Module;
}

export function MarkingsFields({ value, onChange, errors, clearance, orgKind, ownOrgId, module = 'intel' }: Props) {
  const { t } = useTranslation();
  const orgs = useOrganisations();
  const groups = useGroups();
  const set = <K extends keyof MarkingsValue>(k: K, v: MarkingsValue[K]) => onChange({ ...value, [k]: v });
  return (
    <Fieldset legend={t('markings.section')} data-testid="markings-fields">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('markings.classification')}
          required
          allowDeselect={false}
          data={clearedLevels(clearance).map((c) => ({ value: c, label: t(`vocab.classification.${c}`) }))}
          value={value.classification}
          onChange={(v) => v && set('classification', v as Classification)}
          error={errors.classification}
          name="markings.classification"
        />
        <Select
          label={t('markings.tlp')}
          required
          allowDeselect={false}
          data={TLPS.map((v) => ({ value: v, label: `TLP:${v.toUpperCase()} — ${t(`vocab.tlp.${v}`)}` }))}
          value={value.tlp}
          onChange={(v) => v && set('tlp', v as MarkingsValue['tlp'])}
          error={errors.tlp}
          name="markings.tlp"
        />
        <Select
          label={t('markings.handlingCode')}
          required
          allowDeselect={false}
          data={HANDLING_CODES.map((v) => ({ value: v, label: `${v} — ${t(`vocab.handling.${v}`)}` }))}
          value={value.handlingCode}
          onChange={(v) => v && set('handlingCode', v as MarkingsValue['handlingCode'])}
          error={errors.handlingCode}
          name="markings.handlingCode"
        />
        <Select
          label={t('markings.distribution')}
          required
          allowDeselect={false}
          data={DISTRIBUTIONS.map((v) => ({ value: v, label: t(`vocab.distribution.${v}`) }))}
          value={value.distribution}
          onChange={(v) => v && set('distribution', v as MarkingsValue['distribution'])}
          error={errors.distribution}
          name="markings.distribution"
        />
        {value.distribution === 'organisations' && (
          <MultiSelect
            label={t('markings.sharedWith')}
            required
            searchable
            placeholder={orgs.isPending ? t('common.loading') : t('markings.pickOrganisations')}
            data={(orgs.data ?? []).filter((o) => o.id !== ownOrgId).map((o) => ({ value: o.id, label: o.name }))}
            value={value.sharedWith}
            onChange={(v) => set('sharedWith', v)}
            error={errors.sharedWith ?? (orgs.isError ? t('errors.lookup') : undefined)}
            style={{ gridColumn: 'span 2' }}
            name="markings.sharedWith"
          />
        )}
        {value.distribution === 'group' && (
          <MultiSelect
            label={t('markings.groups')}
            required
            searchable
            placeholder={groups.isPending ? t('common.loading') : t('markings.pickGroups')}
            data={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
            value={value.groupIds}
            onChange={(v) => set('groupIds', v)}
            error={errors.groupIds ?? (groups.isError ? t('errors.lookup') : undefined)}
            nothingFoundMessage={t('markings.noGroups')}
            style={{ gridColumn: 'span 2' }}
            name="markings.groupIds"
          />
        )}
        {/* Shown for every distribution: the policy applies it to everyone the distribution leaves out. */}
        <Group style={{ gridColumn: 'span 2' }} align="end">
          <Switch
            label={t('markings.hitNoHitLabel')}
            description={t('markings.hitNoHitHelp')}
            checked={value.hitNoHit}
            onChange={(e) => set('hitNoHit', e.currentTarget.checked)}
          />
        </Group>
        <SharingPreview markings={value} ownerOrgId={ownOrgId} module={module} />
        {/* The legal registry's bases in force (searchable by article and title); free text still accepted. */}
        <LegalBasisField
          suggestions={legalBasisSuggestions(orgKind)}
          value={value.legalBasis}
          onChange={(v) => set('legalBasis', v)}
          error={errors.legalBasis}
        />
        <Autocomplete
          label={t('markings.purpose')}
          required
          data={PURPOSE_SUGGESTIONS}
          value={value.purpose}
          onChange={(v) => set('purpose', v)}
          error={errors.purpose}
          placeholder={t('markings.purposePlaceholder')}
          name="markings.purpose"
        />
        <DateField
          label={t('markings.reviewDate')}
          description={t('markings.reviewDateHelp')}
          value={value.reviewDate ?? ''}
          onChange={(v) => set('reviewDate', v || null)}
          error={errors.reviewDate}
          name="markings.reviewDate"
        />
      </SimpleGrid>
    </Fieldset>
  );
}
