import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../../../gql';
import type { CaseState } from '../../../../gql/schema-types';
import { useApiMutation } from '../../../../shared/graphql/hooks';
import { CASE_STATE, CASE_TRANSITION } from '../../../../shared/i18n/case-tables';
import { ApiErrorNotice } from '../../../../shared/ui/ApiErrorNotice';
import { Button } from '../../../../shared/ui/Button';
import { TextAreaField } from '../../../../shared/ui/FormControls';

const TransitionCaseDocument = graphql(`
  mutation TransitionCase($input: TransitionCaseInput!) {
    transitionCase(input: $input) { id state }
  }
`);

/** The moves a case can make from here (the API says which); refusing and closing ask for their reasons. */
export function CaseStateActions({ caseId, state, allowed }: { caseId: string; state: CaseState; allowed: readonly CaseState[] }) {
  const [asking, setAsking] = useState<CaseState | undefined>();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [problems, setProblems] = useState<{ reason?: string; outcome?: string }>({});
  const transition = useApiMutation(TransitionCaseDocument, { purpose: 'CASUSOVERLEG' });
  const move = (to: CaseState) => {
    if (to === 'GEWEIGERD' || to === 'AFGESLOTEN') {
      if (asking !== to) return setAsking(to);
      const found = {
        reason: reason.trim() ? undefined : to === 'GEWEIGERD' ? 'Schrijf waarom de casus niet wordt toegelaten.' : 'Schrijf waarom de casus wordt afgesloten.',
        outcome: to === 'AFGESLOTEN' && !outcome.trim() ? 'Schrijf wat de aanpak heeft opgeleverd.' : undefined,
      };
      setProblems(found);
      if (found.reason || found.outcome) return;
    }
    transition.mutate(
      { input: { caseId, to, reason: to === 'GEWEIGERD' ? reason.trim() : undefined, closingReason: to === 'AFGESLOTEN' ? reason.trim() : undefined, outcome: to === 'AFGESLOTEN' ? outcome.trim() : undefined } },
      { onSuccess: () => { setAsking(undefined); setReason(''); setOutcome(''); } },
    );
  };
  if (!allowed.length) return <Paragraph>De casus is {CASE_STATE[state].toLocaleLowerCase('nl')}; er is geen volgende stap.</Paragraph>;
  return (
    <div className="vangrail-stack">
      {asking ? (
        <div className="vangrail-form">
          <TextAreaField label={asking === 'GEWEIGERD' ? 'Reden van weigeren' : 'Reden van afsluiten'} value={reason} onChange={setReason} error={problems.reason} required rows={2} />
          {asking === 'AFGESLOTEN' ? <TextAreaField label="Resultaat" value={outcome} onChange={setOutcome} error={problems.outcome} required rows={2} /> : null}
        </div>
      ) : null}
      {transition.error ? <ApiErrorNotice error={transition.error} /> : null}
      <div className="vangrail-actions">
        {allowed.map((to) => (
          <Button key={to} appearance={to === 'GEWEIGERD' ? 'secondary' : 'primary'} hint={to === 'GEWEIGERD' ? 'danger' : undefined} busy={transition.isPending} onClick={() => move(to)}>
            {asking === to ? `${CASE_TRANSITION[to]} bevestigen` : CASE_TRANSITION[to]}
          </Button>
        ))}
        {asking ? <Button appearance="subtle" onClick={() => setAsking(undefined)}>Niet {CASE_TRANSITION[asking].toLocaleLowerCase('nl')}</Button> : null}
      </div>
    </div>
  );
}
