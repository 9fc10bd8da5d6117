import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../gql';
import { useMe } from '../../shared/auth/me';
import { useApiMutation, useApiQuery } from '../../shared/graphql/hooks';
import { DATA_CATEGORY, formatDate } from '../../shared/i18n/vocabulary';
import { PurposeGate } from '../../shared/purpose/PurposeGate';
import { ApiErrorNotice } from '../../shared/ui/ApiErrorNotice';
import { Button } from '../../shared/ui/Button';
import { LoadingState } from '../../shared/ui/LoadingState';
import { Notice } from '../../shared/ui/Notice';
import { usePageTitle } from '../../shared/ui/page-title';

/** Under PLANUITVOERING the API lists exactly the cases in which you own an open action item. */
const MyActionCasesDocument = graphql(`
  query MyActionCases {
    cases(filter: { limit: 200 }) {
      total
      items { id reference title }
    }
  }
`);

const MyActionItemsOfCaseDocument = graphql(`
  query MyActionItemsOfCase($id: ID!) {
    case(id: $id) {
      id
      actionItems { id description category status dueAt overdue owner { id } }
    }
  }
`);

const CompleteMyActionItemDocument = graphql(`
  mutation CompleteMyActionItem($input: CompleteActionItemInput!) {
    completeActionItem(input: $input) { id status description }
  }
`);

/** "Mijn actiepunten": the open action items on your name, across cases, soonest first per case. */
export function MyActionItemsPage() {
  usePageTitle('Mijn actiepunten');
  return (
    <div className="vangrail-stack">
      <Heading1>Mijn actiepunten</Heading1>
      <PurposeGate purposes={['PLANUITVOERING']}>{() => <MyActionItems />}</PurposeGate>
    </div>
  );
}

function MyActionItems() {
  const { data, error } = useApiQuery(MyActionCasesDocument, {}, { purpose: 'PLANUITVOERING' });
  const [done, setDone] = useState<string>();
  // Held here, not per case: completing the last open item of a case ends access to it (PLANUITVOERING)
  // and removes its section, while the confirmation must stay.
  const complete = useApiMutation(CompleteMyActionItemDocument, { purpose: 'PLANUITVOERING' });
  if (error) return <ApiErrorNotice error={error} />;
  return (
    <>
      {done ? <Notice type="ok" title="Actiepunt afgerond">{done}</Notice> : null}
      {complete.error ? <ApiErrorNotice error={complete.error} /> : null}
      {!data ? <LoadingState label="Je actiepunten worden geladen…" /> : data.cases.items.length ? (
        data.cases.items.map((kase) => (
          <section key={kase.id} aria-labelledby={`my-actions-${kase.id}`} className="vangrail-stack">
            <Heading2 id={`my-actions-${kase.id}`}>
              <RouterLink className="utrecht-link" to={`/casussen/${kase.id}?doel=PLANUITVOERING`}>{kase.reference}: {kase.title}</RouterLink>
            </Heading2>
            <ActionItemsOfCase
              caseId={kase.id}
              busy={complete.isPending}
              onComplete={(actionItemId) => complete.mutate({ input: { actionItemId, status: 'DONE' } }, { onSuccess: (result) => setDone(`“${result.completeActionItem.description}” staat op afgerond.`) })}
            />
          </section>
        ))
      ) : <Paragraph>Je hebt geen open actiepunten.</Paragraph>}
    </>
  );
}

function ActionItemsOfCase({ caseId, busy, onComplete }: { caseId: string; busy: boolean; onComplete: (actionItemId: string) => void }) {
  const me = useMe();
  const { data, error } = useApiQuery(MyActionItemsOfCaseDocument, { id: caseId }, { purpose: 'PLANUITVOERING' });
  if (error) return <ApiErrorNotice error={error} />;
  if (!data) return <LoadingState label="Actiepunten worden geladen…" minHeight="4rem" />;
  const mine = data.case.actionItems.filter((item) => item.owner.id === me.id && item.status === 'OPEN');
  return (
    <>
      <ul className="vangrail-card-list vangrail-card-list--single" aria-label="Open actiepunten in deze casus">
        {mine.map((item) => (
          <li key={item.id} className="vangrail-card">
            <Paragraph className="vangrail-prewrap"><strong>{item.description}</strong></Paragraph>
            <Paragraph>
              {item.overdue ? <span className="vangrail-badge vangrail-badge--overdue">Te laat</span> : <span className="vangrail-badge vangrail-badge--open">Open</span>}
              {' '}Uiterlijk {formatDate(item.dueAt)} · {DATA_CATEGORY[item.category].label}
            </Paragraph>
            <Button appearance="primary" busy={busy} aria-label={`Actiepunt afronden: ${item.description}`} onClick={() => onComplete(item.id)}>
              Afronden
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
