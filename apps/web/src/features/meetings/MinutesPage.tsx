import { Link as RouterLink, useParams } from 'react-router';
import { Heading1, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../gql';
import { useApiQuery } from '../../shared/graphql/hooks';
import { ACTION_ITEM_STATUS, MEETING_STATE } from '../../shared/i18n/case-tables';
import { DATA_CATEGORY, DISCIPLINE, formatDate, formatDateTime } from '../../shared/i18n/vocabulary';
import { PurposeGate } from '../../shared/purpose/PurposeGate';
import { ApiErrorNotice } from '../../shared/ui/ApiErrorNotice';
import { Button } from '../../shared/ui/Button';
import { LoadingState } from '../../shared/ui/LoadingState';
import { Notice } from '../../shared/ui/Notice';
import { usePageTitle } from '../../shared/ui/page-title';
import { WithheldNotice } from '../../shared/ui/Withheld';
import { MeetingTableDocument } from './meeting-query';

const MinutesCaseDocument = graphql(`
  query MinutesCase($id: ID!) {
    case(id: $id) {
      id
      contributions {
        id meetingId text category createdAt discipline author { displayName }
        addenda { id text createdAt author { displayName } }
      }
      contributionsWithheld { category count reasonNl }
      decisions { id meetingId text category decidedBy { displayName } }
      decisionsWithheld { category count reasonNl }
      actionItems { id decisionId description dueAt status owner { displayName } }
    }
  }
`);

/**
 * The minutes (verslag) as a document to print: per agenda item the contributions and decisions of
 * this meeting, with addenda, and what is withheld from the reader, counted with its reason. The
 * reader's own need-to-know applies: the printout holds only what they may see.
 */
export function MinutesPage() {
  const { tableId = '', meetingId = '' } = useParams();
  return <PurposeGate purposes={['CASUSOVERLEG']}>{() => <Minutes tableId={tableId} meetingId={meetingId} />}</PurposeGate>;
}

function Minutes({ tableId, meetingId }: { tableId: string; meetingId: string }) {
  const { data, error } = useApiQuery(MeetingTableDocument, { id: tableId }, { purpose: 'CASUSOVERLEG' });
  const meeting = data?.caseTable.meetings?.find((m) => m.id === meetingId);
  usePageTitle(meeting ? `Verslag overleg ${formatDate(meeting.scheduledAt)}` : 'Verslag');
  if (error) return <ApiErrorNotice error={error} />;
  if (!data) return <LoadingState label="Het verslag wordt geladen…" minHeight="20rem" />;
  if (!meeting) return <Notice type="error" title="Niet gevonden">Dit overleg bestaat niet (meer), of je mag het niet zien.</Notice>;
  const table = data.caseTable;
  const agenda = [...meeting.agenda].sort((a, b) => a.position - b.position);
  return (
    <article className="vangrail-minutes vangrail-stack">
      <Paragraph className="vangrail-no-print">
        <RouterLink className="utrecht-link" to={`/casustafels/${table.id}/overleggen/${meeting.id}`}>Terug naar het overleg</RouterLink>
      </Paragraph>
      <Heading1>Verslag {table.name}, {formatDate(meeting.scheduledAt)}</Heading1>
      {meeting.state === 'GEPLAND' ? <Notice type="warning" title="Concept">Dit overleg is nog niet gesloten; het verslag kan nog veranderen.</Notice> : null}
      <Paragraph>
        {MEETING_STATE[meeting.state]}{meeting.closedAt ? ` op ${formatDateTime(meeting.closedAt)}` : ''} · aanvang {formatDateTime(meeting.scheduledAt)}{meeting.location ? ` · ${meeting.location}` : ''}
      </Paragraph>
      <Paragraph>Grondslag: {table.legalBasis}</Paragraph>
      <Paragraph>{meeting.state === 'GESLOTEN' ? 'Aanwezig' : 'Uitgenodigd'}: {meeting.attendees.map((a) => `${a.displayName}${a.discipline ? ` (${DISCIPLINE[a.discipline]})` : ''}`).join(', ') || 'niemand'}</Paragraph>
      <Button className="vangrail-no-print" appearance="primary" onClick={() => window.print()}>Verslag afdrukken</Button>
      {agenda.length ? agenda.map((item) => (
        <section key={item.caseId} aria-labelledby={`minutes-${item.caseId}`} className="vangrail-stack vangrail-minutes__item">
          <Heading2 id={`minutes-${item.caseId}`}>{item.position}. {item.reference}: {item.title}</Heading2>
          {item.guests.length ? <Paragraph>Gasten bij dit punt: {item.guests.map((g) => g.displayName).join(', ')}</Paragraph> : null}
          <MinutesOfCase caseId={item.caseId} meetingId={meeting.id} />
        </section>
      )) : <Paragraph>Er stonden geen casussen op de agenda.</Paragraph>}
      <Paragraph className="vangrail-muted">Vertrouwelijk. Afgedrukt door een deelnemer met doel Casusoverleg; deze inzage is vastgelegd.</Paragraph>
    </article>
  );
}

function MinutesOfCase({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  const { data, error } = useApiQuery(MinutesCaseDocument, { id: caseId }, { purpose: 'CASUSOVERLEG' });
  if (error) return <ApiErrorNotice error={error} />;
  if (!data) return <LoadingState label="Dit agendapunt wordt geladen…" />;
  const contributions = data.case.contributions.filter((c) => c.meetingId === meetingId);
  const decisions = data.case.decisions.filter((d) => d.meetingId === meetingId);
  const decisionIds = new Set(decisions.map((d) => d.id));
  const actions = data.case.actionItems.filter((a) => a.decisionId && decisionIds.has(a.decisionId));
  return (
    <>
      <Heading3>Inbreng</Heading3>
      {contributions.length ? (
        <UnorderedList>
          {contributions.map((c) => (
            <UnorderedListItem key={c.id}>
              <strong>{c.author.displayName}{c.discipline ? ` (${DISCIPLINE[c.discipline]})` : ''}, {DATA_CATEGORY[c.category].label.toLocaleLowerCase('nl')}:</strong> <span className="vangrail-prewrap">{c.text}</span>
              {c.addenda.map((a) => <Paragraph key={a.id}>Aanvulling van {a.author.displayName} ({formatDateTime(a.createdAt)}): {a.text}</Paragraph>)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : <Paragraph>Geen inbreng die je mag zien.</Paragraph>}
      <WithheldNotice items={data.case.contributionsWithheld} noun={['bijdrage', 'bijdragen']} />
      <Heading3>Besluiten</Heading3>
      {decisions.length ? (
        <UnorderedList>
          {decisions.map((d) => <UnorderedListItem key={d.id}>{d.text} ({d.decidedBy.displayName})</UnorderedListItem>)}
        </UnorderedList>
      ) : <Paragraph>Geen besluiten in dit overleg.</Paragraph>}
      <WithheldNotice items={data.case.decisionsWithheld} noun={['besluit', 'besluiten']} />
      {actions.length ? (
        <>
          <Heading3>Actiepunten uit deze besluiten</Heading3>
          <UnorderedList>
            {actions.map((a) => <UnorderedListItem key={a.id}>{a.description}: {a.owner.displayName}, uiterlijk {formatDate(a.dueAt)} ({ACTION_ITEM_STATUS[a.status].toLocaleLowerCase('nl')})</UnorderedListItem>)}
          </UnorderedList>
        </>
      ) : null}
    </>
  );
}
