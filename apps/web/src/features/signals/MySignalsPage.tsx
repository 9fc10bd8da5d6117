import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../gql';
import type { DeliveryState } from '../../gql/schema-types';
import { useApiQuery } from '../../shared/graphql/hooks';
import { DELIVERY_STATE, DISCIPLINE, SIGNAL_CATEGORY, URGENCY, formatDateTime } from '../../shared/i18n/vocabulary';
import { ApiErrorNotice } from '../../shared/ui/ApiErrorNotice';
import { Button } from '../../shared/ui/Button';
import { LoadingState } from '../../shared/ui/LoadingState';
import { usePageTitle } from '../../shared/ui/page-title';

const MySignalsDocument = graphql(`
  query MySignals($limit: Int!) {
    mySignals(limit: $limit) { id category urgency createdAt routed }
  }
`);

const SignalRoutingDocument = graphql(`
  query SignalRouting($signalId: ID!) {
    explainRouting(signalId: $signalId) {
      routed
      targets { discipline deliveryState skipped rules { name version } }
    }
  }
`);

const PAGE = 20;

/** "Mijn signalen": your own signals, where each went and why, and what became of it. */
export function MySignalsPage() {
  usePageTitle('Mijn signalen');
  const [limit, setLimit] = useState(PAGE);
  const { data, error, isFetching } = useApiQuery(MySignalsDocument, { limit }, { purpose: 'SIGNALERING' });
  return (
    <>
      <Heading1>Mijn signalen</Heading1>
      <Paragraph><RouterLink className="utrecht-link" to="/signalen/nieuw">Signaal melden</RouterLink></Paragraph>
      {error ? <ApiErrorNotice error={error} /> : null}
      {!data && !error ? <LoadingState /> : null}
      {data && !data.mySignals.length ? <Paragraph>Je hebt nog geen signalen gemeld.</Paragraph> : null}
      {data?.mySignals.length ? (
        <ol className="vangrail-card-list vangrail-card-list--single" aria-label="Mijn signalen, nieuwste eerst">
          {data.mySignals.map((signal) => (
            <li key={signal.id} className="vangrail-card">
              <Heading2>{SIGNAL_CATEGORY[signal.category]}</Heading2>
              <Paragraph>Gemeld op {formatDateTime(signal.createdAt)} · urgentie {URGENCY[signal.urgency].label.toLowerCase()}</Paragraph>
              <SignalRouting signalId={signal.id} routed={signal.routed} />
            </li>
          ))}
        </ol>
      ) : null}
      {data && data.mySignals.length >= limit ? (
        <Button busy={isFetching} onClick={() => setLimit((current) => current + PAGE)}>Meer signalen tonen</Button>
      ) : null}
    </>
  );
}

function SignalRouting({ signalId, routed }: { signalId: string; routed: boolean }) {
  const { data, error } = useApiQuery(SignalRoutingDocument, { signalId }, { purpose: 'SIGNALERING' });
  if (error) return <ApiErrorNotice error={error} />;
  if (!data) return <LoadingState label="Waar het signaal heen ging wordt geladen…" minHeight="2rem" />;
  const { targets } = data.explainRouting;
  if (!routed || !data.explainRouting.routed) return <Paragraph>Wordt doorgestuurd…</Paragraph>;
  if (!targets.length) return <Paragraph>Geen regel stuurde dit signaal door.</Paragraph>;
  return (
    <UnorderedList aria-label="Waar het signaal heen ging">
      {targets.map((target) => (
        <UnorderedListItem key={target.discipline}>
          <strong>{DISCIPLINE[target.discipline]}</strong>
          {': '}
          {target.skipped ? `niet doorgestuurd (${target.skipped})` : target.deliveryState ? (DELIVERY_STATE[target.deliveryState as DeliveryState] ?? target.deliveryState) : 'onderweg'}
          {target.rules.length ? <> · volgens de regel {target.rules.map((rule) => `"${rule.name}" (versie ${rule.version})`).join(' en ')}</> : null}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
