import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../../../gql';
import type { Discipline } from '../../../../gql/schema-types';
import { useApiMutation } from '../../../../shared/graphql/hooks';
import { DISCIPLINE } from '../../../../shared/i18n/vocabulary';
import { ApiErrorNotice } from '../../../../shared/ui/ApiErrorNotice';
import { Button } from '../../../../shared/ui/Button';
import { SelectField } from '../../../../shared/ui/FormControls';

const AddCaseParticipantDocument = graphql(`
  mutation AddCaseParticipant($input: AddCaseParticipantInput!) {
    addCaseParticipant(input: $input) { id participatingDisciplines }
  }
`);

/** The disciplines that take part; their members at the table see the case. The chair adds more. */
export function CaseParticipants({ caseId, disciplines, canAdd }: { caseId: string; disciplines: readonly Discipline[]; canAdd: boolean }) {
  const [choice, setChoice] = useState<Discipline | ''>('');
  const [problem, setProblem] = useState<string>();
  const add = useApiMutation(AddCaseParticipantDocument, { purpose: 'CASUSOVERLEG' });
  const others = (Object.keys(DISCIPLINE) as Discipline[]).filter((d) => !disciplines.includes(d));
  return (
    <div className="vangrail-stack">
      <Paragraph>{disciplines.length ? disciplines.map((d) => DISCIPLINE[d]).join(', ') : 'Nog geen disciplines.'}</Paragraph>
      {canAdd && others.length ? (
        <form
          className="vangrail-form vangrail-inline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!choice) return setProblem('Kies een discipline.');
            setProblem(undefined);
            add.mutate({ input: { caseId, discipline: choice } }, { onSuccess: () => setChoice('') });
          }}
        >
          <SelectField label="Discipline laten deelnemen" description="Haar leden aan deze tafel zien de casus daarna, met de gegevens die hun discipline mag zien." value={choice} onChange={setChoice} placeholder="Kies een discipline" choices={others.map((value) => ({ value, label: DISCIPLINE[value] }))} error={problem} required />
          {add.error ? <ApiErrorNotice error={add.error} /> : null}
          <Button type="submit" busy={add.isPending}>Laten deelnemen</Button>
        </form>
      ) : null}
    </div>
  );
}
