import { Link as RouterLink, useParams } from 'react-router';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react/css-module';
import { graphql } from '../../gql';
import type { Purpose } from '../../gql/schema-types';
import { useApiQuery } from '../../shared/graphql/hooks';
import { CASE_STATE, MEETING_STATE, RISK_LEVEL, TABLE_ROLE } from '../../shared/i18n/case-tables';
import { DATA_CATEGORY, DISCIPLINE, formatDateTime } from '../../shared/i18n/vocabulary';
import { PurposeGate } from '../../shared/purpose/PurposeGate';
import { PURPOSE } from '../../shared/purpose/purposes';
import { ApiErrorNotice } from '../../shared/ui/ApiErrorNotice';
import { LoadingState } from '../../shared/ui/LoadingState';
import { usePageTitle } from '../../shared/ui/page-title';
import { CaseActionItems } from './components/CaseActionItems/CaseActionItems';
import { CaseContributions } from './components/CaseContributions/CaseContributions';
import { CaseDecisions } from './components/CaseDecisions/CaseDecisions';
import { CaseParticipants } from './components/CaseParticipants/CaseParticipants';
import { CaseStateActions } from './components/CaseStateActions/CaseStateActions';
import { CaseSubjects } from './components/CaseSubjects/CaseSubjects';
import { CaseTimeline } from './components/CaseTimeline/CaseTimeline';

const CaseDocument = graphql(`
  query CasePage($id: ID!) {
    case(id: $id) {
      id
      reference
      title
      state
      riskLevel
      createdAt
      closedAt
      closingReason
      outcome
      closingOutcomeLabel
      refusalReason
      allowedNextStates
      participatingDisciplines
      caseTable { id name }
      registeredBy { displayName discipline }
      caseDirector { displayName discipline }
      yourAccess { purpose tableRole visibleCategories }
      meetings { meetingId scheduledAt state position }
      escalations { id reason target escalatedAt escalatedBy { displayName } }
      ...CaseSubjects
      ...CaseContributions
      ...CaseDecisions
      ...CaseActionItems
    }
  }
`);

const CaseTableBasisDocument = graphql(`
  query CaseTableBasis($id: ID!) {
    caseTable(id: $id) {
      id
      legalBasis
      members { current role user { id displayName discipline } }
    }
  }
`);

/** The case page. Members discuss (CASUSOVERLEG); action-item owners may open it for their action only (PLANUITVOERING). */
export function CasePage() {
  const { caseId = '' } = useParams();
  return (
    <PurposeGate purposes={['CASUSOVERLEG', 'PLANUITVOERING']}>
      {(purpose) => <CaseContent caseId={caseId} purpose={purpose} />}
    </PurposeGate>
  );
}

function CaseContent({ caseId, purpose }: { caseId: string; purpose: Purpose }) {
  const { data, error } = useApiQuery(CaseDocument, { id: caseId }, { purpose });
  const tableId = data?.case.caseTable.id;
  const basis = useApiQuery(CaseTableBasisDocument, { id: tableId ?? '' }, { purpose, enabled: Boolean(tableId) });
  usePageTitle(data ? `Casus ${data.case.reference}` : 'Casus');
  if (error) return <><Heading1>Casus</Heading1><ApiErrorNotice error={error} /></>;
  if (!data) return <LoadingState label="De casus wordt geladen…" minHeight="30rem" />;
  const kase = data.case;
  const role = kase.yourAccess.tableRole;
  const leads = purpose === 'CASUSOVERLEG' && (role === 'CHAIR' || role === 'CASE_DIRECTOR');
  const writes = purpose === 'CASUSOVERLEG' && role !== null && role !== undefined;
  const categories = kase.yourAccess.visibleCategories;
  const openMeetings = kase.meetings.filter((m) => m.state === 'GEPLAND').map((m) => ({ id: m.meetingId, label: `Overleg van ${formatDateTime(m.scheduledAt)}` }));
  const assignees = (basis.data?.caseTable.members ?? [])
    .filter((m) => m.current && m.role !== 'GUEST')
    .map((m) => ({ id: m.user.id, label: `${m.user.displayName}${m.user.discipline ? ` (${DISCIPLINE[m.user.discipline]})` : ` (${TABLE_ROLE[m.role]})`}` }));
  return (
    <div className="vangrail-stack">
      <Paragraph className="vangrail-breadcrumb">
        <RouterLink className="utrecht-link" to={`/casustafels/${kase.caseTable.id}`}>{kase.caseTable.name}</RouterLink>
      </Paragraph>
      <Heading1>Casus {kase.reference}: {kase.title}</Heading1>
      <DataList>
        <DataListItem><DataListKey>Fase</DataListKey><DataListValue>{CASE_STATE[kase.state]}</DataListValue></DataListItem>
        <DataListItem><DataListKey>Risico</DataListKey><DataListValue>{RISK_LEVEL[kase.riskLevel]}</DataListValue></DataListItem>
        <DataListItem><DataListKey>Casusregisseur</DataListKey><DataListValue>{kase.caseDirector ? kase.caseDirector.displayName : 'Nog niet aangewezen'}</DataListValue></DataListItem>
        <DataListItem><DataListKey>Aangemeld</DataListKey><DataListValue>{formatDateTime(kase.createdAt)} door {kase.registeredBy.displayName}{kase.registeredBy.discipline ? ` (${DISCIPLINE[kase.registeredBy.discipline]})` : ''}</DataListValue></DataListItem>
        <DataListItem>
          <DataListKey>Grondslag</DataListKey>
          <DataListValue>{basis.data ? basis.data.caseTable.legalBasis : basis.error ? 'Niet beschikbaar' : 'Wordt geladen…'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Jouw inzage</DataListKey>
          <DataListValue>
            {PURPOSE[kase.yourAccess.purpose].label}{role ? `, als ${TABLE_ROLE[role].toLocaleLowerCase('nl')}` : ''}. Je ziet: {categories.length ? categories.map((c) => DATA_CATEGORY[c].label).join(', ') : 'geen persoonsgegevens'}.
          </DataListValue>
        </DataListItem>
        {kase.refusalReason ? <DataListItem><DataListKey>Reden van weigeren</DataListKey><DataListValue>{kase.refusalReason}</DataListValue></DataListItem> : null}
        {kase.closedAt ? <DataListItem><DataListKey>Afgesloten</DataListKey><DataListValue>{formatDateTime(kase.closedAt)}: {kase.closingOutcomeLabel ? `${kase.closingOutcomeLabel}. ` : ''}{kase.closingReason} Resultaat: {kase.outcome}</DataListValue></DataListItem> : null}
      </DataList>

      {leads ? (
        <section aria-labelledby="case-state-title" className="vangrail-stack">
          <Heading2 id="case-state-title">Volgende stap</Heading2>
          <CaseStateActions caseId={kase.id} state={kase.state} allowed={kase.allowedNextStates} />
        </section>
      ) : null}

      <section aria-labelledby="case-subjects-title" className="vangrail-stack">
        <Heading2 id="case-subjects-title">Betrokkenen</Heading2>
        <CaseSubjects data={kase} />
      </section>

      <section aria-labelledby="case-participants-title" className="vangrail-stack">
        <Heading2 id="case-participants-title">Deelnemende disciplines</Heading2>
        <CaseParticipants caseId={kase.id} disciplines={kase.participatingDisciplines} canAdd={leads} />
      </section>

      <section aria-labelledby="case-meetings-title" className="vangrail-stack">
        <Heading2 id="case-meetings-title">Overleggen</Heading2>
        {kase.meetings.length ? (
          <UnorderedList>
            {kase.meetings.map((m) => (
              <UnorderedListItem key={m.meetingId}>
                <RouterLink className="utrecht-link" to={`/casustafels/${kase.caseTable.id}/overleggen/${m.meetingId}`}>Overleg van {formatDateTime(m.scheduledAt)}</RouterLink>
                {' '}· agendapunt {m.position} · {MEETING_STATE[m.state]}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ) : <Paragraph>Deze casus stond nog niet op een agenda.</Paragraph>}
      </section>

      <section aria-labelledby="case-contributions-title" className="vangrail-stack">
        <Heading2 id="case-contributions-title">Inbreng</Heading2>
        <CaseContributions data={kase} canWrite={writes} categories={categories} openMeetings={openMeetings} />
      </section>

      <section aria-labelledby="case-decisions-title" className="vangrail-stack">
        <Heading2 id="case-decisions-title">Besluiten</Heading2>
        <CaseDecisions data={kase} canRecord={leads} categories={categories} openMeetings={openMeetings} />
      </section>

      <section aria-labelledby="case-action-items-title" className="vangrail-stack">
        <Heading2 id="case-action-items-title">Actiepunten</Heading2>
        <CaseActionItems data={kase} purpose={purpose} leads={leads} canAdd={writes} categories={categories} assignees={assignees} />
      </section>

      {kase.escalations.length ? (
        <section aria-labelledby="case-escalations-title" className="vangrail-stack">
          <Heading2 id="case-escalations-title">Opgeschaald (doorzettingsmacht)</Heading2>
          <UnorderedList>
            {kase.escalations.map((e) => (
              <UnorderedListItem key={e.id}>{formatDateTime(e.escalatedAt)}: naar {e.target} door {e.escalatedBy.displayName}. Reden: {e.reason}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ) : null}

      <section aria-labelledby="case-timeline-title" className="vangrail-stack">
        <Heading2 id="case-timeline-title">Tijdlijn</Heading2>
        <CaseTimeline caseId={kase.id} purpose={purpose} />
      </section>
    </div>
  );
}
