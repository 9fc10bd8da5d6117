import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../../../gql';
import type { CaseState, ClosingOutcome } from '../../../../gql/schema-types';
import { useApiMutation } from '../../../../shared/graphql/hooks';
import { CASE_STATE, CASE_TRANSITION, CLOSING_OUTCOME } from '../../../../shared/i18n/case-tables';
import { ApiErrorNotice } from '../../../../shared/ui/ApiErrorNotice';
import { Button } from '../../../../shared/ui/Button';
import { SelectField, TextAreaField } from '../../../../shared/ui/FormControls';

const OUTCOME_CHOICES = (Object.keys(CLOSING_OUTCOME) as ClosingOutcome[]).map((value) => ({ value, label: CLOSING_OUTCOME[value] }));

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
  const [closingOutcome, setClosingOutcome] = useState<ClosingOutcome | ''>('');
  const [problems, setProblems] = useState<{ reason?: string; outcome?: string; closingOutcome?: string }>({});
  const transition = useApiMutation(TransitionCaseDocument, { purpose: 'CASUSOVERLEG' });
  const move = (to: CaseState) => {
    if (to === 'GEWEIGERD' || to === 'AFGESLOTEN') {
      if (asking !== to) return setAsking(to);
      const found = {
        reason: reason.trim() ? undefined : to === 'GEWEIGERD' ? 'Schrijf waarom de casus niet wordt toegelaten.' : 'Schrijf waarom de casus wordt afgesloten.',
        closingOutcome: to === 'AFGESLOTEN' && !closingOutcome ? 'Kies hoe de casus is geëindigd.' : undefined,
        outcome: to === 'AFGESLOTEN' && !outcome.trim() ? 'Schrijf wat de aanpak heeft opgeleverd.' : undefined,
      };
      setProblems(found);
      if (found.reason || found.outcome || found.closingOutcome) return;
    }
    transition.mutate(
      { input: { caseId, to, reason: to === 'GEWEIGERD' ? reason.trim() : undefined, closingReason: to === 'AFGESLOTEN' ? reason.trim() : undefined, outcome: to === 'AFGESLOTEN' ? outcome.trim() : undefined, closingOutcome: to === 'AFGESLOTEN' && closingOutcome ? closingOutcome : undefined } },
      { onSuccess: () => { setAsking(undefined); setReason(''); setOutcome(''); setClosingOutcome(''); } },
    );
  };
  if (!allowed.length) return <Paragraph>De casus is {CASE_STATE[state].toLocaleLowerCase('nl')}; er is geen volgende stap.</Paragraph>;
  return (
    <div className="vangrail-stack">
      {asking ? (
        <div className="vangrail-form">
          <TextAreaField label={asking === 'GEWEIGERD' ? 'Reden van weigeren' : 'Reden van afsluiten'} value={reason} onChange={setReason} error={problems.reason} required rows={2} />
          {asking === 'AFGESLOTEN' ? (
            <SelectField label="Uitkomst" value={closingOutcome} onChange={setClosingOutcome} choices={OUTCOME_CHOICES} placeholder="Kies een uitkomst" error={problems.closingOutcome} required />
          ) : null}
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
