import { useState } from 'react';
import { Heading3, Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import type { DataCategory } from '../../../../gql/schema-types';
import { useApiMutation } from '../../../../shared/graphql/hooks';
import { DATA_CATEGORY, formatDateTime } from '../../../../shared/i18n/vocabulary';
import { ApiErrorNotice } from '../../../../shared/ui/ApiErrorNotice';
import { Button } from '../../../../shared/ui/Button';
import { SelectField, TextAreaField } from '../../../../shared/ui/FormControls';
import { WithheldNotice } from '../../../../shared/ui/Withheld';

export const CaseDecisionsFragment = graphql(`
  fragment CaseDecisions on Case {
    id
    decisions { id text category createdAt meetingId decidedBy { displayName } }
    decisionsWithheld { category count reasonNl }
  }
`);

const RecordDecisionDocument = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) { id }
  }
`);

/** Decisions (besluiten) on the case; the chair and case director record them. */
export function CaseDecisions(props: { data: FragmentType<typeof CaseDecisionsFragment>; canRecord: boolean; categories: readonly DataCategory[]; openMeetings: readonly { id: string; label: string }[] }) {
  const kase = getFragmentData(CaseDecisionsFragment, props.data);
  return (
    <div className="vangrail-stack">
      <WithheldNotice items={kase.decisionsWithheld} noun={['besluit', 'besluiten']} />
      {kase.decisions.length ? (
        <ol className="vangrail-card-list vangrail-card-list--single" aria-label="Besluiten">
          {kase.decisions.map((decision) => (
            <li key={decision.id} className="vangrail-card">
              <Paragraph className="vangrail-prewrap">{decision.text}</Paragraph>
              <Paragraph className="vangrail-muted">{decision.decidedBy.displayName} · {formatDateTime(decision.createdAt)} · {DATA_CATEGORY[decision.category].label}</Paragraph>
            </li>
          ))}
        </ol>
      ) : <Paragraph>Er zijn nog geen besluiten.</Paragraph>}
      {props.canRecord ? <RecordDecisionForm caseId={kase.id} categories={props.categories} openMeetings={props.openMeetings} /> : null}
    </div>
  );
}

function RecordDecisionForm({ caseId, categories, openMeetings }: { caseId: string; categories: readonly DataCategory[]; openMeetings: readonly { id: string; label: string }[] }) {
  const [text, setText] = useState('');
  const [category, setCategory] = useState<DataCategory | ''>('');
  const [meetingId, setMeetingId] = useState(openMeetings[0]?.id ?? '');
  const [problems, setProblems] = useState<{ text?: string; category?: string }>({});
  const record = useApiMutation(RecordDecisionDocument, { purpose: 'CASUSOVERLEG' });
  return (
    <form
      className="vangrail-form vangrail-card"
      noValidate
      aria-labelledby={`record-decision-${caseId}`}
      onSubmit={(event) => {
        event.preventDefault();
        const found = { text: text.trim() ? undefined : 'Schrijf het besluit.', category: category ? undefined : 'Kies de gegevenscategorie van het besluit.' };
        setProblems(found);
        if (found.text || found.category || !category) return;
        record.mutate({ input: { caseId, text: text.trim(), category, meetingId: meetingId || undefined } }, { onSuccess: () => setText('') });
      }}
    >
      <Heading3 id={`record-decision-${caseId}`}>Besluit vastleggen</Heading3>
      <TextAreaField label="Besluit" value={text} onChange={setText} error={problems.text} required />
      <SelectField label="Gegevenscategorie van het besluit" value={category} onChange={setCategory} placeholder="Kies een categorie" choices={categories.map((value) => ({ value, label: DATA_CATEGORY[value].label }))} error={problems.category} required />
      {openMeetings.length ? <SelectField label="Genomen in" value={meetingId} onChange={setMeetingId} placeholder="Buiten een overleg" choices={openMeetings.map((m) => ({ value: m.id, label: m.label }))} optional /> : null}
      {record.error ? <ApiErrorNotice error={record.error} /> : null}
      <Button appearance="primary" type="submit" busy={record.isPending}>Besluit vastleggen</Button>
    </form>
  );
}
