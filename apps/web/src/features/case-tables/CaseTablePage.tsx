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
import { useApiQuery } from '../../shared/graphql/hooks';
import { CASE_TABLE_KIND, MEETING_STATE, TABLE_ROLE } from '../../shared/i18n/case-tables';
import { DATA_CATEGORY, DISCIPLINE, formatDateTime } from '../../shared/i18n/vocabulary';
import { PurposeGate } from '../../shared/purpose/PurposeGate';
import { ApiErrorNotice } from '../../shared/ui/ApiErrorNotice';
import { LoadingState } from '../../shared/ui/LoadingState';
import { usePageTitle } from '../../shared/ui/page-title';
import { CaseList } from './components/CaseList/CaseList';
import { ScheduleMeetingForm } from './components/ScheduleMeeting/ScheduleMeetingForm';

const CaseTableDocument = graphql(`
  query CaseTable($id: ID!) {
    caseTable(id: $id) {
      id
      name
      kind
      legalBasis
      retentionMonths
      myRole
      visibility {
        discipline
        categories
      }
      members {
        id
        role
        current
        user {
          id
          displayName
          discipline
        }
      }
      meetings {
        id
        scheduledAt
        state
        location
        agenda {
          caseId
        }
      }
    }
  }
`);

/** One table: its legal basis and who may see what, its members, its meetings and its cases. */
export function CaseTablePage() {
  const { tableId = '' } = useParams();
  return <PurposeGate purposes={['CASUSOVERLEG']}>{() => <CaseTableContent tableId={tableId} />}</PurposeGate>;
}

function CaseTableContent({ tableId }: { tableId: string }) {
  const { data, error } = useApiQuery(CaseTableDocument, { id: tableId }, { purpose: 'CASUSOVERLEG' });
  usePageTitle(data?.caseTable.name ?? 'Casustafel');
  if (error) return <><Heading1>Casustafel</Heading1><ApiErrorNotice error={error} /></>;
  if (!data) return <LoadingState label="De casustafel wordt geladen…" minHeight="20rem" />;
  const table = data.caseTable;
  const leads = table.myRole === 'CHAIR' || table.myRole === 'CASE_DIRECTOR';
  const meetings = [...(table.meetings ?? [])].sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));
  return (
    <div className="vangrail-stack">
      <Heading1>{table.name}</Heading1>
      <DataList>
        <DataListItem><DataListKey>Soort</DataListKey><DataListValue>{CASE_TABLE_KIND[table.kind].label}: {CASE_TABLE_KIND[table.kind].explanation}</DataListValue></DataListItem>
        <DataListItem><DataListKey>Grondslag</DataListKey><DataListValue>{table.legalBasis}</DataListValue></DataListItem>
        <DataListItem><DataListKey>Bewaartermijn</DataListKey><DataListValue>{table.retentionMonths} maanden na afsluiten</DataListValue></DataListItem>
        <DataListItem><DataListKey>Jouw rol</DataListKey><DataListValue>{table.myRole ? TABLE_ROLE[table.myRole] : 'Geen'}</DataListValue></DataListItem>
      </DataList>

      <section aria-labelledby="meetings-title" className="vangrail-stack">
        <Heading2 id="meetings-title">Overleggen</Heading2>
        {meetings.length ? (
          <UnorderedList>
            {meetings.map((meeting) => (
              <UnorderedListItem key={meeting.id}>
                <RouterLink className="utrecht-link" to={`/casustafels/${table.id}/overleggen/${meeting.id}`}>
                  Overleg van {formatDateTime(meeting.scheduledAt)}
                </RouterLink>
                {' '}· {MEETING_STATE[meeting.state]} · {meeting.agenda.length === 1 ? '1 agendapunt' : `${meeting.agenda.length} agendapunten`}
                {meeting.location ? ` · ${meeting.location}` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ) : <Paragraph>Er zijn nog geen overleggen gepland.</Paragraph>}
        {leads ? <ScheduleMeetingForm caseTableId={table.id} /> : null}
      </section>

      <section aria-labelledby="cases-title" className="vangrail-stack">
        <Heading2 id="cases-title">Casussen van deze tafel</Heading2>
        <CaseList caseTableId={table.id} caption={`Casussen van ${table.name}`} />
      </section>

      <section aria-labelledby="members-title" className="vangrail-stack">
        <Heading2 id="members-title">Leden</Heading2>
        <UnorderedList>
          {table.members.filter((m) => m.current).map((member) => (
            <UnorderedListItem key={member.id}>
              {member.user.displayName} · {TABLE_ROLE[member.role]}{member.user.discipline ? ` · ${DISCIPLINE[member.user.discipline]}` : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <section aria-labelledby="visibility-title" className="vangrail-stack">
        <Heading2 id="visibility-title">Wie mag wat zien aan deze tafel</Heading2>
        <Paragraph>Volgens de grondslag van deze tafel. De voorzitter en de casusregisseur zien wat de grondslag toestaat.</Paragraph>
        <UnorderedList>
          {table.visibility.map((row) => (
            <UnorderedListItem key={row.discipline}>
              <strong>{DISCIPLINE[row.discipline]}</strong>: {row.categories.length ? row.categories.map((c) => DATA_CATEGORY[c].label).join(', ') : 'geen persoonsgegevens'}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
    </div>
  );
}
