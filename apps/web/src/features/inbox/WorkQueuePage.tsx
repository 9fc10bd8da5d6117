import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../gql';
import type { DeliveryState, Urgency } from '../../gql/schema-types';
import { useMe } from '../../shared/auth/me';
import { useApiQuery } from '../../shared/graphql/hooks';
import { DELIVERY_STATE, DISCIPLINE, SIGNAL_CATEGORY, URGENCY, formatDateTime } from '../../shared/i18n/vocabulary';
import { ApiErrorNotice } from '../../shared/ui/ApiErrorNotice';
import { Button } from '../../shared/ui/Button';
import { ChoiceGroup } from '../../shared/ui/fields';
import { LoadingState } from '../../shared/ui/LoadingState';
import { usePageTitle } from '../../shared/ui/page-title';
import { SubjectSummary } from '../../shared/ui/SubjectSummary';
import { DeadlineBadge } from './components/DeadlineBadge';

const WorkQueueDocument = graphql(`
  query WorkQueue($filter: InboxFilter) {
    inbox(filter: $filter) {
      counts { state count }
      overdue
      items {
        id category urgency state receivedAt triageDeadline overdue
        subjects { role subject { id ...SubjectSummary } }
      }
    }
  }
`);

const PAGE = 25;
const OPEN_STATES: DeliveryState[] = ['NEW', 'IN_TRIAGE'];

/** "Werkvoorraad": your discipline's deliveries, earliest deadline first, with counts, filters and more-on-request paging. */
export function WorkQueuePage() {
  const me = useMe();
  usePageTitle('Werkvoorraad');
  const [states, setStates] = useState<DeliveryState[]>(OPEN_STATES);
  const [urgencies, setUrgencies] = useState<Urgency[]>([]);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const filter = { states: states.length ? states : undefined, urgencies: urgencies.length ? urgencies : undefined, overdueOnly: overdueOnly || undefined, limit };
  const { data, error, isFetching } = useApiQuery(WorkQueueDocument, { filter }, { purpose: 'SIGNAALBEOORDELING' });
  const total = data?.inbox.counts.filter((count) => !states.length || states.includes(count.state)).reduce((sum, count) => sum + count.count, 0) ?? 0;

  return (
    <>
      <Heading1>Werkvoorraad{me.discipline ? ` ${DISCIPLINE[me.discipline]}` : ''}</Heading1>
      <Paragraph>Signalen die naar jouw discipline zijn gestuurd, de vroegste termijn eerst. Doel van inzage: signaalbeoordeling.</Paragraph>
      {data ? (
        <ul className="vangrail-counts" aria-label="Aantallen">
          {data.inbox.counts.map((count) => <li key={count.state}>{DELIVERY_STATE[count.state]}: <strong>{count.count}</strong></li>)}
          <li>Termijn verstreken: <strong>{data.inbox.overdue}</strong></li>
        </ul>
      ) : null}
      <section aria-labelledby="filters" className="vangrail-stack">
        <Heading2 id="filters">Filteren</Heading2>
        <div className="vangrail-filters">
          <ChoiceGroup id="filter-state" legend="Status" multiple options={(Object.keys(DELIVERY_STATE) as DeliveryState[]).map((value) => ({ value, label: DELIVERY_STATE[value] }))} selected={states} onChange={(next) => { setStates(next); setLimit(PAGE); }} />
          <ChoiceGroup id="filter-urgency" legend="Urgentie" multiple options={(Object.keys(URGENCY) as Urgency[]).map((value) => ({ value, label: URGENCY[value].label }))} selected={urgencies} onChange={(next) => { setUrgencies(next); setLimit(PAGE); }} />
          <ChoiceGroup id="filter-overdue" legend="Termijn" multiple options={[{ value: 'overdue', label: 'Alleen verstreken termijnen' }]} selected={overdueOnly ? ['overdue'] : []} onChange={(next) => { setOverdueOnly(next.length > 0); setLimit(PAGE); }} />
        </div>
      </section>
      {error ? <ApiErrorNotice error={error} /> : null}
      {!data && !error ? <LoadingState label="Werkvoorraad wordt geladen…" /> : null}
      {data ? (
        <section aria-labelledby="results" className="vangrail-stack" aria-busy={isFetching}>
          <Heading2 id="results">{data.inbox.items.length} van {total} {total === 1 ? 'signaal' : 'signalen'}</Heading2>
          {!data.inbox.items.length ? <Paragraph>Geen signalen met deze filters.</Paragraph> : (
            <ol className="vangrail-card-list vangrail-card-list--single" aria-label="Signalen in de werkvoorraad">
              {data.inbox.items.map((item) => (
                <li key={item.id} className="vangrail-card vangrail-stack">
                  <Heading3>
                    <RouterLink className="utrecht-link" to={`/werkvoorraad/${item.id}`}>{SIGNAL_CATEGORY[item.category]}</RouterLink>
                  </Heading3>
                  <Paragraph>
                    <DeadlineBadge deadline={item.triageDeadline} overdue={item.overdue} open={OPEN_STATES.includes(item.state)} />{' '}
                    {DELIVERY_STATE[item.state]} · urgentie {URGENCY[item.urgency].label.toLowerCase()} · ontvangen {formatDateTime(item.receivedAt)}
                  </Paragraph>
                  {item.subjects.map((each) => <Paragraph key={each.subject.id}><SubjectSummary subject={each.subject} /></Paragraph>)}
                </li>
              ))}
            </ol>
          )}
          {data.inbox.items.length >= limit && data.inbox.items.length < total ? (
            <Button busy={isFetching} onClick={() => setLimit((current) => current + PAGE)}>Meer signalen tonen</Button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
