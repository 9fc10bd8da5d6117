import { useState } from 'react';
import { Heading3, Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import type { DataCategory, Purpose } from '../../../../gql/schema-types';
import { useMe } from '../../../../shared/auth/me';
import { useApiMutation } from '../../../../shared/graphql/hooks';
import { ACTION_ITEM_STATUS } from '../../../../shared/i18n/case-tables';
import { DATA_CATEGORY, DISCIPLINE, formatDate, formatDateTime } from '../../../../shared/i18n/vocabulary';
import { ApiErrorNotice } from '../../../../shared/ui/ApiErrorNotice';
import { Button } from '../../../../shared/ui/Button';
import { SelectField, TextAreaField, TextField } from '../../../../shared/ui/FormControls';
import { WithheldNotice } from '../../../../shared/ui/Withheld';

export const CaseActionItemsFragment = graphql(`
  fragment CaseActionItems on Case {
    id
    actionItems {
      id
      description
      category
      status
      dueAt
      overdue
      completedAt
      owner { id displayName discipline }
      completedBy { displayName }
    }
    actionItemsWithheld { category count reasonNl }
  }
`);

const CompleteActionItemDocument = graphql(`
  mutation CompleteActionItem($input: CompleteActionItemInput!) {
    completeActionItem(input: $input) { id status }
  }
`);

const AddActionItemDocument = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) { id }
  }
`);

export interface Assignee {
  id: string;
  label: string;
}

/** Action items (actiepunten): the owner marks theirs done; the chair or case director may cancel. */
export function CaseActionItems(props: {
  data: FragmentType<typeof CaseActionItemsFragment>;
  purpose: Purpose;
  leads: boolean;
  canAdd: boolean;
  categories: readonly DataCategory[];
  assignees: readonly Assignee[];
}) {
  const kase = getFragmentData(CaseActionItemsFragment, props.data);
  const me = useMe();
  const complete = useApiMutation(CompleteActionItemDocument, { purpose: props.purpose });
  return (
    <div className="vangrail-stack">
      <WithheldNotice items={kase.actionItemsWithheld} noun={['actiepunt', 'actiepunten']} />
      {complete.error ? <ApiErrorNotice error={complete.error} /> : null}
      {kase.actionItems.length ? (
        <ul className="vangrail-card-list vangrail-card-list--single" aria-label="Actiepunten">
          {kase.actionItems.map((item) => (
            <li key={item.id} className="vangrail-card">
              <Paragraph className="vangrail-prewrap"><strong>{item.description}</strong></Paragraph>
              <Paragraph>
                <span className={`vangrail-badge vangrail-badge--${item.overdue ? 'overdue' : item.status.toLowerCase()}`}>{item.overdue ? 'Te laat' : ACTION_ITEM_STATUS[item.status]}</span>
                {' '}Eigenaar: {item.owner.displayName}{item.owner.discipline ? ` (${DISCIPLINE[item.owner.discipline]})` : ''} · uiterlijk {formatDate(item.dueAt)} · {DATA_CATEGORY[item.category].label}
                {item.completedAt ? ` · ${item.status === 'DONE' ? 'afgerond' : 'geannuleerd'} op ${formatDateTime(item.completedAt)}${item.completedBy ? ` door ${item.completedBy.displayName}` : ''}` : ''}
              </Paragraph>
              {item.status === 'OPEN' ? (
                <div className="vangrail-actions">
                  {item.owner.id === me.id ? (
                    <Button appearance="primary" busy={complete.isPending} onClick={() => complete.mutate({ input: { actionItemId: item.id, status: 'DONE' } })} aria-label={`Actiepunt afronden: ${item.description}`}>
                      Afronden
                    </Button>
                  ) : null}
                  {props.leads ? (
                    <Button hint="danger" busy={complete.isPending} onClick={() => complete.mutate({ input: { actionItemId: item.id, status: 'CANCELLED' } })} aria-label={`Actiepunt annuleren: ${item.description}`}>
                      Annuleren
                    </Button>
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : <Paragraph>Er zijn geen actiepunten die je mag zien.</Paragraph>}
      {props.canAdd ? <AddActionItemForm caseId={kase.id} categories={props.categories} assignees={props.assignees} /> : null}
    </div>
  );
}

function AddActionItemForm({ caseId, categories, assignees }: { caseId: string; categories: readonly DataCategory[]; assignees: readonly Assignee[] }) {
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [category, setCategory] = useState<DataCategory | ''>('');
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const add = useApiMutation(AddActionItemDocument, { purpose: 'CASUSOVERLEG' });
  return (
    <form
      className="vangrail-form vangrail-card"
      noValidate
      aria-labelledby={`add-action-item-${caseId}`}
      onSubmit={(event) => {
        event.preventDefault();
        const dueAt = due ? new Date(`${due}T17:00:00`) : undefined;
        const found = {
          description: description.trim() ? undefined : 'Beschrijf wat er moet gebeuren.',
          owner: owner ? undefined : 'Kies wie het actiepunt uitvoert.',
          due: !dueAt || Number.isNaN(dueAt.getTime()) ? 'Vul de datum in waarop het klaar moet zijn.' : dueAt.getTime() <= Date.now() ? 'Kies een datum in de toekomst.' : undefined,
          category: category ? undefined : 'Kies de gegevenscategorie.',
        };
        setProblems(found);
        if (Object.values(found).some(Boolean) || !category || !dueAt) return;
        add.mutate({ input: { caseId, description: description.trim(), ownerUserId: owner, dueAt: dueAt.toISOString(), category } }, { onSuccess: () => setDescription('') });
      }}
    >
      <Heading3 id={`add-action-item-${caseId}`}>Actiepunt toevoegen</Heading3>
      <TextAreaField label="Wat moet er gebeuren?" value={description} onChange={setDescription} error={problems.description} required rows={2} />
      <SelectField label="Eigenaar" value={owner} onChange={setOwner} placeholder="Kies een lid van de tafel" choices={assignees.map((a) => ({ value: a.id, label: a.label }))} error={problems.owner} required />
      <TextField type="date" label="Klaar op" description="De eigenaar krijgt vooraf een herinnering." value={due} onChange={setDue} error={problems.due} required />
      <SelectField label="Gegevenscategorie" value={category} onChange={setCategory} placeholder="Kies een categorie" choices={categories.map((value) => ({ value, label: DATA_CATEGORY[value].label }))} error={problems.category} required />
      {add.error ? <ApiErrorNotice error={add.error} /> : null}
      <Button appearance="primary" type="submit" busy={add.isPending}>Actiepunt toevoegen</Button>
    </form>
  );
}
