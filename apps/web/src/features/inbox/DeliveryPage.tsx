import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../gql';
import type { DeliveryPageQuery } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/graphql/hooks';
import { DATA_CATEGORY, DELIVERY_STATE, DISCIPLINE, SIGNAL_CATEGORY, SIGNAL_FLAG, URGENCY, formatDateTime } from '../../shared/i18n/vocabulary';
import { ApiErrorNotice } from '../../shared/ui/ApiErrorNotice';
import { Button } from '../../shared/ui/Button';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { SelectField, TextAreaField } from '../../shared/ui/fields';
import { LoadingState } from '../../shared/ui/LoadingState';
import { Notice } from '../../shared/ui/Notice';
import { usePageTitle } from '../../shared/ui/page-title';
import { SubjectSummary } from '../../shared/ui/SubjectSummary';
import { WithheldNotice } from '../../shared/ui/Withheld';
import { DeadlineBadge } from './components/DeadlineBadge';

const DeliveryPageDocument = graphql(`
  query DeliveryPage($id: ID!) {
    delivery(id: $id) {
      id category urgency state flags description declineReason caseId discipline
      observedAt receivedAt triageDeadline overdue allowedCategories
      rules { ruleId name version }
      withheld { category count reasonNl }
      subjects { role subject { id ...SubjectSummary } }
    }
  }
`);

const StartTriageDocument = graphql(`mutation StartTriage($id: ID!) { startTriage(deliveryId: $id) { id state } }`);
const AcceptDeliveryDocument = graphql(`mutation AcceptDelivery($id: ID!) { acceptDelivery(deliveryId: $id) { id state } }`);
const DeclineDeliveryDocument = graphql(`mutation DeclineDelivery($input: DeclineDeliveryInput!) { declineDelivery(input: $input) { id state declineReason } }`);
const EscalateDeliveryDocument = graphql(`mutation EscalateDelivery($input: EscalateDeliveryInput!) { escalateDelivery(input: $input) { id state caseId } }`);
const EscalationTablesDocument = graphql(`query EscalationTables { caseTables { id name } }`);

type Delivery = DeliveryPageQuery['delivery'];

/** One delivery: what arrived, why this discipline received it, what was withheld and why, and triage. */
export function DeliveryPage() {
  const { id = '' } = useParams();
  const { data, error } = useApiQuery(DeliveryPageDocument, { id }, { purpose: 'SIGNAALBEOORDELING' });
  usePageTitle(data ? `${SIGNAL_CATEGORY[data.delivery.category]} – werkvoorraad` : 'Signaal in de werkvoorraad');
  return (
    <>
      <Paragraph><RouterLink className="utrecht-link" to="/werkvoorraad">Terug naar de werkvoorraad</RouterLink></Paragraph>
      {error ? <ApiErrorNotice error={error} /> : null}
      {!data && !error ? <LoadingState label="Signaal wordt geladen…" minHeight="20rem" /> : null}
      {data ? <DeliveryDetails delivery={data.delivery} /> : null}
    </>
  );
}

function DeliveryDetails({ delivery }: { delivery: Delivery }) {
  const open = delivery.state === 'NEW' || delivery.state === 'IN_TRIAGE';
  return (
    <div className="vangrail-stack">
      <Heading1>{SIGNAL_CATEGORY[delivery.category]}</Heading1>
      <Paragraph>
        <DeadlineBadge deadline={delivery.triageDeadline} overdue={delivery.overdue} open={open} /> Status: <strong>{DELIVERY_STATE[delivery.state]}</strong>
      </Paragraph>
      <Paragraph>Doel van inzage: <strong>Signaalbeoordeling</strong>. Je inzage wordt vastgelegd.</Paragraph>
      <dl className="vangrail-stack">
        <dt>Urgentie</dt><dd>{URGENCY[delivery.urgency].label} ({URGENCY[delivery.urgency].explanation})</dd>
        <dt>Waargenomen</dt><dd>{formatDateTime(delivery.observedAt)}</dd>
        <dt>Ontvangen</dt><dd>{formatDateTime(delivery.receivedAt)}</dd>
        {delivery.flags.length ? <><dt>Bijzonderheden</dt><dd>{delivery.flags.map((flag) => SIGNAL_FLAG[flag]).join(', ')}</dd></> : null}
        <dt>Beschrijving</dt><dd>{delivery.description ?? 'Afgeschermd (zie hieronder waarom).'}</dd>
        {delivery.declineReason ? <><dt>Reden van afwijzing</dt><dd>{delivery.declineReason}</dd></> : null}
      </dl>
      <section aria-labelledby="subjects" className="vangrail-stack">
        <Heading2 id="subjects">Betrokkenen</Heading2>
        <UnorderedList>
          {delivery.subjects.map((each) => <UnorderedListItem key={each.subject.id}><SubjectSummary subject={each.subject} /></UnorderedListItem>)}
        </UnorderedList>
      </section>
      <section aria-labelledby="why" className="vangrail-stack">
        <Heading2 id="why">Waarom {DISCIPLINE[delivery.discipline]} dit ontving</Heading2>
        <UnorderedList>
          {delivery.rules.map((rule) => <UnorderedListItem key={rule.ruleId}>Routeringsregel "{rule.name}" (versie {rule.version})</UnorderedListItem>)}
        </UnorderedList>
        <Paragraph>Deze melding mag alleen deze soorten gegevens bevatten: {delivery.allowedCategories.map((category) => DATA_CATEGORY[category].label).join(', ') || 'geen persoonsgegevens'}.</Paragraph>
        {delivery.withheld.length ? <WithheldNotice items={delivery.withheld} /> : <Paragraph>Er is niets afgeschermd.</Paragraph>}
      </section>
      {open ? <Triage delivery={delivery} /> : null}
    </div>
  );
}

function Triage({ delivery }: { delivery: Delivery }) {
  const start = useApiMutation(StartTriageDocument, { purpose: 'SIGNAALBEOORDELING' });
  const accept = useApiMutation(AcceptDeliveryDocument, { purpose: 'SIGNAALBEOORDELING' });
  const decline = useApiMutation(DeclineDeliveryDocument, { purpose: 'SIGNAALBEOORDELING' });
  const escalate = useApiMutation(EscalateDeliveryDocument, { purpose: 'SIGNAALBEOORDELING' });
  const [mode, setMode] = useState<'none' | 'decline' | 'escalate'>('none');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const failure = start.error ?? accept.error ?? decline.error ?? escalate.error;
  return (
    <section aria-labelledby="triage" className="vangrail-stack">
      <Heading2 id="triage">Beoordelen</Heading2>
      {failure ? <ApiErrorNotice error={failure} /> : null}
      {delivery.state === 'NEW' ? (
        <>
          <Paragraph>Start de beoordeling voordat je besluit; je collega's zien dan dat jij dit oppakt.</Paragraph>
          <Button appearance="primary" busy={start.isPending} onClick={() => start.mutate({ id: delivery.id })}>Beoordeling starten</Button>
        </>
      ) : (
        <div className="vangrail-actions">
          <Button appearance="primary" busy={accept.isPending} onClick={() => accept.mutate({ id: delivery.id })}>Accepteren</Button>
          <Button onClick={() => setMode('decline')}>Afwijzen</Button>
          <Button onClick={() => setMode('escalate')}>Naar casustafel</Button>
        </div>
      )}
      {mode === 'decline' ? (
        <form
          className="vangrail-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) {
              setReasonMissing(true);
              return;
            }
            decline.mutate({ input: { deliveryId: delivery.id, reason: reason.trim() } });
          }}
        >
          <ErrorSummary problems={reasonMissing && !reason.trim() ? [{ fieldId: 'decline-reason', message: 'Geef aan waarom dit niet voor jouw discipline is.' }] : []} />
          <TextAreaField id="decline-reason" label="Waarom is dit niet voor jouw discipline?" required description="De melder en de privacy officer kunnen deze reden lezen." value={reason} error={reasonMissing && !reason.trim() ? 'Geef aan waarom dit niet voor jouw discipline is.' : undefined} onChange={setReason} rows={3} />
          <Button appearance="primary" type="submit" busy={decline.isPending}>Afwijzing bevestigen</Button>
        </form>
      ) : null}
      {mode === 'escalate' ? <Escalate deliveryId={delivery.id} busy={escalate.isPending} onEscalate={(caseTableId) => escalate.mutate({ input: { deliveryId: delivery.id, caseTableId } })} /> : null}
      {accept.isSuccess || decline.isSuccess || escalate.isSuccess ? <Notice type="ok">De beoordeling is opgeslagen.</Notice> : null}
    </section>
  );
}

function Escalate({ deliveryId, busy, onEscalate }: { deliveryId: string; busy: boolean; onEscalate(caseTableId: string): void }) {
  const { data, error } = useApiQuery(EscalationTablesDocument, {}, { purpose: 'CASUSOVERLEG' });
  const [tableId, setTableId] = useState('');
  const [missing, setMissing] = useState(false);
  if (error) return <ApiErrorNotice error={error} />;
  if (!data) return <LoadingState label="Casustafels worden geladen…" minHeight="3rem" />;
  if (!data.caseTables.length) return <Notice type="info">Je zit aan geen casustafel; vraag de voorzitter om het signaal aan te melden.</Notice>;
  return (
    <form
      className="vangrail-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!tableId) setMissing(true);
        else onEscalate(tableId);
      }}
    >
      <SelectField id={`escalate-${deliveryId}`} label="Bij welke casustafel aanmelden?" required placeholder="Kies een casustafel" value={tableId} options={data.caseTables.map((table) => ({ value: table.id, label: table.name }))} error={missing && !tableId ? 'Kies een casustafel.' : undefined} onChange={setTableId} />
      <Button appearance="primary" type="submit" busy={busy}>Aanmelden bij de casustafel</Button>
    </form>
  );
}
