import { Link as RouterLink, useParams } from 'react-router';
import { DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react/css-module';
import { useApiQuery } from '../../shared/graphql/hooks';
import { CASE_STATE, MEETING_STATE, TABLE_ROLE } from '../../shared/i18n/case-tables';
import { DISCIPLINE, formatDateTime } from '../../shared/i18n/vocabulary';
import { PurposeGate } from '../../shared/purpose/PurposeGate';
import { ApiErrorNotice } from '../../shared/ui/ApiErrorNotice';
import { LoadingState } from '../../shared/ui/LoadingState';
import { Notice } from '../../shared/ui/Notice';
import { usePageTitle } from '../../shared/ui/page-title';
import { AgendaEditor } from './components/AgendaEditor';
import { CloseMeeting } from './components/CloseMeeting';
import { MeetingTableDocument } from './meeting-query';

/** One meeting (overleg): its agenda with guests per item, who attends, closing, and the minutes. */
export function MeetingPage() {
  const { tableId = '', meetingId = '' } = useParams();
  return <PurposeGate purposes={['CASUSOVERLEG']}>{() => <MeetingContent tableId={tableId} meetingId={meetingId} />}</PurposeGate>;
}

function MeetingContent({ tableId, meetingId }: { tableId: string; meetingId: string }) {
  const { data, error } = useApiQuery(MeetingTableDocument, { id: tableId }, { purpose: 'CASUSOVERLEG' });
  const meeting = data?.caseTable.meetings?.find((m) => m.id === meetingId);
  usePageTitle(meeting ? `Overleg van ${formatDateTime(meeting.scheduledAt)}` : 'Overleg');
  if (error) return <><Heading1>Overleg</Heading1><ApiErrorNotice error={error} /></>;
  if (!data) return <LoadingState label="Het overleg wordt geladen…" minHeight="20rem" />;
  const table = data.caseTable;
  if (!meeting) return <><Heading1>Overleg</Heading1><Notice type="error" title="Niet gevonden">Dit overleg bestaat niet (meer), of je mag het niet zien.</Notice></>;
  const leads = table.myRole === 'CHAIR' || table.myRole === 'CASE_DIRECTOR';
  const open = meeting.state === 'GEPLAND';
  const current = table.members.filter((m) => m.current);
  const label = (m: (typeof current)[number]) => `${m.user.displayName} (${m.user.discipline ? DISCIPLINE[m.user.discipline] : TABLE_ROLE[m.role]})`;
  const agenda = [...meeting.agenda].sort((a, b) => a.position - b.position);
  return (
    <div className="vangrail-stack">
      <Paragraph className="vangrail-breadcrumb"><RouterLink className="utrecht-link" to={`/casustafels/${table.id}`}>{table.name}</RouterLink></Paragraph>
      <Heading1>Overleg van {formatDateTime(meeting.scheduledAt)}</Heading1>
      <DataList>
        <DataListItem><DataListKey>Status</DataListKey><DataListValue>{MEETING_STATE[meeting.state]}{meeting.closedAt ? ` op ${formatDateTime(meeting.closedAt)}; het verslag ligt vast` : ''}</DataListValue></DataListItem>
        {meeting.location ? <DataListItem><DataListKey>Locatie</DataListKey><DataListValue>{meeting.location}</DataListValue></DataListItem> : null}
        <DataListItem><DataListKey>{open ? 'Uitgenodigd' : 'Aanwezig'}</DataListKey><DataListValue>{meeting.attendees.map((a) => a.displayName).join(', ') || 'Niemand'}</DataListValue></DataListItem>
      </DataList>
      <Paragraph>
        <RouterLink className="utrecht-link" to={`/casustafels/${table.id}/overleggen/${meeting.id}/verslag`}>{open ? 'Conceptverslag bekijken' : 'Verslag bekijken en afdrukken'}</RouterLink>
      </Paragraph>

      <section aria-labelledby="agenda-title" className="vangrail-stack">
        <Heading2 id="agenda-title">Agenda</Heading2>
        {leads && open ? (
          <AgendaEditor
            caseTableId={table.id}
            meetingId={meeting.id}
            initial={agenda.map((item) => ({ caseId: item.caseId, label: `${item.reference}: ${item.title}`, guestIds: item.guests.map((g) => g.id) }))}
            guests={current.filter((m) => m.role === 'GUEST').map((m) => ({ id: m.user.id, label: label(m) }))}
          />
        ) : agenda.length ? (
          <ol className="vangrail-card-list vangrail-card-list--single" aria-label="Agenda">
            {agenda.map((item) => (
              <li key={item.caseId} className="vangrail-card">
                <RouterLink className="utrecht-link" to={`/casussen/${item.caseId}?doel=CASUSOVERLEG`}>{item.position}. {item.reference}: {item.title}</RouterLink>
                <Paragraph>{CASE_STATE[item.state]}{item.guests.length ? ` · gasten: ${item.guests.map((g) => g.displayName).join(', ')}` : ''}</Paragraph>
              </li>
            ))}
          </ol>
        ) : <Paragraph>De agenda is leeg.</Paragraph>}
      </section>

      {leads && open ? (
        <section aria-labelledby="close-title" className="vangrail-stack">
          <Heading2 id="close-title">Aanwezigheid en sluiten</Heading2>
          <CloseMeeting
            meetingId={meeting.id}
            members={current.filter((m) => m.role !== 'GUEST').map((m) => ({ id: m.user.id, label: label(m) }))}
            invited={meeting.attendees.map((a) => a.id)}
          />
        </section>
      ) : null}
      {!open ? (
        <UnorderedList aria-label="Na het sluiten">
          <UnorderedListItem>Correcties op het verslag voeg je toe als aanvulling bij de bijdrage op de casuspagina.</UnorderedListItem>
        </UnorderedList>
      ) : null}
    </div>
  );
}
