import { useState } from 'react';
import { Heading3, Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import type { ContributionVisibility, DataCategory } from '../../../../gql/schema-types';
import { useApiMutation } from '../../../../shared/graphql/hooks';
import { CONTRIBUTION_VISIBILITY } from '../../../../shared/i18n/case-tables';
import { DATA_CATEGORY, DISCIPLINE, formatDateTime } from '../../../../shared/i18n/vocabulary';
import { ApiErrorNotice } from '../../../../shared/ui/ApiErrorNotice';
import { Button } from '../../../../shared/ui/Button';
import { SelectField, TextAreaField } from '../../../../shared/ui/FormControls';
import { WithheldNotice } from '../../../../shared/ui/Withheld';

export const CaseContributionsFragment = graphql(`
  fragment CaseContributions on Case {
    id
    contributions {
      ...ContributionItem
      addenda { ...ContributionItem }
    }
    contributionsWithheld { category count reasonNl }
  }
`);

export const ContributionItemFragment = graphql(`
  fragment ContributionItem on Contribution {
    id
    text
    category
    visibility
    locked
    meetingId
    createdAt
    discipline
    author { id displayName }
  }
`);

const AddContributionDocument = graphql(`
  mutation AddContribution($input: AddContributionInput!) {
    addContribution(input: $input) { id }
  }
`);

const AddAddendumDocument = graphql(`
  mutation AddAddendum($input: AddAddendumInput!) {
    addAddendum(input: $input) { id }
  }
`);

function Contribution({ data, canAmend }: { data: FragmentType<typeof ContributionItemFragment>; canAmend: boolean }) {
  const item = getFragmentData(ContributionItemFragment, data);
  const [amending, setAmending] = useState(false);
  return (
    <>
      <Paragraph className="vangrail-muted">
        {item.author.displayName}{item.discipline ? ` (${DISCIPLINE[item.discipline]})` : ''} · {formatDateTime(item.createdAt)} · {DATA_CATEGORY[item.category].label} · zichtbaar voor: {CONTRIBUTION_VISIBILITY[item.visibility].label.toLocaleLowerCase('nl')}
        {item.locked ? ' · vastgelegd in het verslag' : ''}
      </Paragraph>
      <Paragraph className="vangrail-prewrap">{item.text}</Paragraph>
      {canAmend && item.locked ? (
        amending ? <AddendumForm contributionId={item.id} onDone={() => setAmending(false)} /> : <Button appearance="subtle" onClick={() => setAmending(true)}>Aanvulling toevoegen</Button>
      ) : null}
    </>
  );
}

function AddendumForm({ contributionId, onDone }: { contributionId: string; onDone: () => void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const add = useApiMutation(AddAddendumDocument, { purpose: 'CASUSOVERLEG' });
  return (
    <form
      className="vangrail-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return setProblem('Schrijf de aanvulling of correctie.');
        setProblem(undefined);
        add.mutate({ input: { contributionId, text: text.trim() } }, { onSuccess: onDone });
      }}
    >
      <TextAreaField label="Aanvulling" description="Het verslag ligt vast; je aanvulling komt naast de oorspronkelijke bijdrage." value={text} onChange={setText} error={problem} required />
      {add.error ? <ApiErrorNotice error={add.error} /> : null}
      <div className="vangrail-actions">
        <Button appearance="primary" type="submit" busy={add.isPending}>Aanvulling opslaan</Button>
        <Button appearance="subtle" onClick={onDone}>Annuleren</Button>
      </div>
    </form>
  );
}

/** Contributions (inbreng) with their addenda; what is withheld is counted with its reason. */
export function CaseContributions(props: {
  data: FragmentType<typeof CaseContributionsFragment>;
  canWrite: boolean;
  categories: readonly DataCategory[];
  openMeetings: readonly { id: string; label: string }[];
}) {
  const kase = getFragmentData(CaseContributionsFragment, props.data);
  return (
    <div className="vangrail-stack">
      <WithheldNotice items={kase.contributionsWithheld} noun={['bijdrage', 'bijdragen']} />
      {kase.contributions.length ? (
        <ol className="vangrail-card-list vangrail-card-list--single" aria-label="Bijdragen">
          {kase.contributions.map((item) => {
            const contribution = getFragmentData(ContributionItemFragment, item);
            return (
              <li key={contribution.id} className="vangrail-card">
                <Contribution data={item} canAmend={props.canWrite} />
                {item.addenda.length ? (
                  <div className="vangrail-addenda">
                    <Heading3>Aanvullingen</Heading3>
                    {item.addenda.map((addendum) => <Contribution key={getFragmentData(ContributionItemFragment, addendum).id} data={addendum} canAmend={false} />)}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : <Paragraph>{kase.contributionsWithheld.length ? 'Er zijn geen bijdragen die je mag zien.' : 'Er is nog geen inbreng.'}</Paragraph>}
      {props.canWrite ? <AddContributionForm caseId={kase.id} categories={props.categories} openMeetings={props.openMeetings} /> : null}
    </div>
  );
}

function AddContributionForm({ caseId, categories, openMeetings }: { caseId: string; categories: readonly DataCategory[]; openMeetings: readonly { id: string; label: string }[] }) {
  const [text, setText] = useState('');
  const [category, setCategory] = useState<DataCategory | ''>('');
  const [visibility, setVisibility] = useState<ContributionVisibility | ''>('ALL_PARTICIPANTS');
  const [meetingId, setMeetingId] = useState<string>(openMeetings[0]?.id ?? '');
  const [problems, setProblems] = useState<{ text?: string; category?: string }>({});
  const [saved, setSaved] = useState(false);
  const add = useApiMutation(AddContributionDocument, { purpose: 'CASUSOVERLEG' });
  return (
    <form
      className="vangrail-form vangrail-card"
      noValidate
      aria-labelledby={`add-contribution-${caseId}`}
      onSubmit={(event) => {
        event.preventDefault();
        const found = { text: text.trim() ? undefined : 'Schrijf je inbreng.', category: category ? undefined : 'Kies de gegevenscategorie van je inbreng.' };
        setProblems(found);
        setSaved(false);
        if (found.text || found.category || !category) return;
        add.mutate(
          { input: { caseId, text: text.trim(), category, visibility: visibility || 'ALL_PARTICIPANTS', meetingId: meetingId || undefined } },
          { onSuccess: () => { setText(''); setSaved(true); } },
        );
      }}
    >
      <Heading3 id={`add-contribution-${caseId}`}>Inbreng toevoegen</Heading3>
      <TextAreaField label="Inbreng" value={text} onChange={setText} error={problems.text} required />
      <SelectField
        label="Gegevenscategorie"
        description="De ene categorie die je tekst bevat; die bepaalt wie hem mag lezen."
        value={category}
        onChange={setCategory}
        placeholder="Kies een categorie"
        choices={categories.map((value) => ({ value, label: `${DATA_CATEGORY[value].label}: ${DATA_CATEGORY[value].explanation}` }))}
        error={problems.category}
        required
      />
      <SelectField label="Zichtbaar voor" value={visibility} onChange={setVisibility} choices={(Object.keys(CONTRIBUTION_VISIBILITY) as ContributionVisibility[]).map((value) => ({ value, label: `${CONTRIBUTION_VISIBILITY[value].label}: ${CONTRIBUTION_VISIBILITY[value].explanation}` }))} />
      {openMeetings.length ? (
        <SelectField label="Voor het verslag van" value={meetingId} onChange={setMeetingId} placeholder="Geen overleg (los van een verslag)" choices={openMeetings.map((m) => ({ value: m.id, label: m.label }))} optional />
      ) : null}
      {add.error ? <ApiErrorNotice error={add.error} /> : null}
      {saved ? <Paragraph role="status">Je inbreng is opgeslagen.</Paragraph> : null}
      <Button appearance="primary" type="submit" busy={add.isPending}>Inbreng opslaan</Button>
    </form>
  );
}
