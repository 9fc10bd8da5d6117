import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../gql';
import type { RegisterSignalMutation } from '../../gql/graphql';
import type { DataCategory, SignalCategory, SignalFlag, Urgency } from '../../gql/schema-types';
import { useApiMutation } from '../../shared/graphql/hooks';
import { DATA_CATEGORY, DISCIPLINE, SIGNAL_CATEGORY, SIGNAL_FLAG, URGENCY, formatDate } from '../../shared/i18n/vocabulary';
import { Button } from '../../shared/ui/Button';
import { ErrorSummary, type FieldProblem } from '../../shared/ui/ErrorSummary';
import { ChoiceGroup, SelectField, TextAreaField, TextField } from '../../shared/ui/fields';
import { Notice } from '../../shared/ui/Notice';
import { ApiErrorNotice } from '../../shared/ui/ApiErrorNotice';
import { usePageTitle } from '../../shared/ui/page-title';
import { SubjectFields } from './components/SubjectFields';
import { emptySubject, fieldIdForApiField, subjectProblems, toSubjectInput, type SubjectDraft } from './components/subject-draft';

const RegisterSignalDocument = graphql(`
  mutation RegisterSignal($input: RegisterSignalInput!) {
    registerSignal(input: $input) {
      duplicate
      signal { id category }
      knownElsewhere { discipline contact since }
    }
  }
`);

const entries = <Key extends string>(record: Record<Key, string>) => (Object.entries(record) as Array<[Key, string]>).map(([value, label]) => ({ value, label }));

function nowForInput(): string {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}

interface Draft {
  category: SignalCategory | '';
  urgency: Urgency | '';
  observedAt: string;
  description: string;
  flags: SignalFlag[];
  dataCategories: DataCategory[];
  subjects: SubjectDraft[];
}

function problemsOf(draft: Draft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!draft.category) problems.push({ fieldId: 'category', message: 'Kies wat voor signaal het is.' });
  draft.subjects.forEach((subject, index) => problems.push(...subjectProblems(subject, index, true)));
  if (!draft.description.trim()) problems.push({ fieldId: 'description', message: 'Beschrijf wat je hebt gezien.' });
  if (!draft.dataCategories.length) problems.push({ fieldId: 'dataCategories', message: 'Kies welke soorten gegevens in je beschrijving staan (bijvoorbeeld Wonen of Gezondheid).' });
  if (!draft.urgency) problems.push({ fieldId: 'urgency', message: 'Kies hoe dringend het is.' });
  if (!draft.observedAt) problems.push({ fieldId: 'observedAt', message: 'Vul in wanneer je het zag.' });
  else if (new Date(draft.observedAt).getTime() > Date.now() + 60_000) problems.push({ fieldId: 'observedAt', message: 'Het moment van waarnemen ligt in de toekomst.' });
  return problems;
}

/** "Signaal melden": what a wijkteam worker saw, about whom, how urgent; then the hit / no-hit answer. */
export function SignalFormPage() {
  const [draft, setDraft] = useState<Draft>(() => ({ category: '', urgency: '', observedAt: nowForInput(), description: '', flags: [], dataCategories: [], subjects: [emptySubject()] }));
  const [clientKey, setClientKey] = useState(() => crypto.randomUUID());
  const [submitted, setSubmitted] = useState<FieldProblem[] | undefined>();
  const [serverProblem, setServerProblem] = useState<FieldProblem | undefined>();
  const [result, setResult] = useState<RegisterSignalMutation['registerSignal'] | undefined>();
  const register = useApiMutation(RegisterSignalDocument, { purpose: 'SIGNALERING' });
  const problems = [...(submitted ?? []), ...(serverProblem ? [serverProblem] : [])];
  usePageTitle(result ? 'Signaal gemeld' : 'Signaal melden', problems.length);

  const update = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setServerProblem(undefined);
    if (submitted) setSubmitted(problemsOf({ ...draft, ...patch }));
  };
  const errorAt = (fieldId: string) => problems.find((problem) => problem.fieldId === fieldId)?.message;
  const serverErrors: Record<string, string> = serverProblem ? { [serverProblem.fieldId]: serverProblem.message } : {};

  if (result) {
    return (
      <SignalResult
        result={result}
        onAnother={() => {
          setResult(undefined);
          setSubmitted(undefined);
          setClientKey(crypto.randomUUID());
          setDraft({ category: '', urgency: '', observedAt: nowForInput(), description: '', flags: [], dataCategories: [], subjects: [emptySubject()] });
        }}
      />
    );
  }

  return (
    <form
      className="vangrail-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = problemsOf(draft);
        setSubmitted(found);
        if (found.length) return;
        register.mutate(
          {
            input: {
              clientKey,
              category: draft.category as SignalCategory,
              urgency: draft.urgency as Urgency,
              observedAt: new Date(draft.observedAt).toISOString(),
              description: draft.description.trim(),
              flags: draft.flags,
              dataCategories: draft.dataCategories,
              subjects: draft.subjects.map(toSubjectInput),
            },
          },
          {
            onSuccess: (data) => setResult(data.registerSignal),
            onError: (error) => {
              const fieldId = error.code === 'BAD_USER_INPUT' ? fieldIdForApiField(error.field) : undefined;
              if (fieldId) setServerProblem({ fieldId, message: error.messageNl });
            },
          },
        );
      }}
    >
      <Heading1>Signaal melden</Heading1>
      <Paragraph>Meld wat je hebt gezien. Het signaal gaat naar de disciplines die het moeten beoordelen; zij zien alleen de gegevens die voor hen bedoeld zijn.</Paragraph>
      <ErrorSummary problems={problems} />
      {register.error && !serverProblem ? <ApiErrorNotice error={register.error} /> : null}
      <SelectField id="category" label="Wat voor signaal is het?" required placeholder="Kies een soort signaal" value={draft.category} options={entries(SIGNAL_CATEGORY)} error={errorAt('category')} onChange={(category) => update({ category })} />
      {draft.subjects.map((subject, index) => (
        <SubjectFields
          key={subject.key}
          index={index}
          subject={subject}
          serverErrors={serverErrors}
          onChange={(changed) => update({ subjects: draft.subjects.map((each) => (each.key === subject.key ? changed : each)) })}
          onRemove={draft.subjects.length > 1 ? () => update({ subjects: draft.subjects.filter((each) => each.key !== subject.key) }) : undefined}
        />
      ))}
      <Button onClick={() => update({ subjects: [...draft.subjects, emptySubject()] })}>Nog een betrokkene toevoegen</Button>
      <TextAreaField id="description" label="Wat heb je gezien?" required description="Beschrijf feiten: wat, waar en wanneer. Geen diagnoses of vermoedens over personen die je niet kunt onderbouwen." value={draft.description} error={errorAt('description')} onChange={(description) => update({ description })} />
      <ChoiceGroup
        id="dataCategories"
        legend="Welke soorten gegevens staan in je beschrijving?"
        description="Zo bepaalt Vangrail wie welke delen mag zien. Kies alles wat van toepassing is."
        multiple
        options={(Object.keys(DATA_CATEGORY) as DataCategory[]).map((value) => ({ value, label: DATA_CATEGORY[value].label, explanation: DATA_CATEGORY[value].explanation }))}
        selected={draft.dataCategories}
        error={errorAt('dataCategories')}
        onChange={(dataCategories) => update({ dataCategories })}
      />
      <ChoiceGroup
        id="urgency"
        legend="Hoe dringend is het?"
        multiple={false}
        options={(Object.keys(URGENCY) as Urgency[]).map((value) => ({ value, label: URGENCY[value].label, explanation: URGENCY[value].explanation }))}
        selected={draft.urgency ? [draft.urgency] : []}
        error={errorAt('urgency')}
        onChange={([urgency]) => update({ urgency })}
      />
      <ChoiceGroup id="flags" legend="Bijzonderheden (niet verplicht)" multiple options={entries(SIGNAL_FLAG)} selected={draft.flags} onChange={(flags) => update({ flags })} />
      <TextField id="observedAt" label="Wanneer zag je het?" type="datetime-local" required value={draft.observedAt} error={errorAt('observedAt')} onChange={(observedAt) => update({ observedAt })} />
      <Button appearance="primary" type="submit" busy={register.isPending}>{register.isPending ? 'Bezig met versturen…' : 'Signaal versturen'}</Button>
    </form>
  );
}

/** The hit / no-hit answer: who else already works with this subject and how to reach them, never what they know. */
function SignalResult({ result, onAnother }: { result: RegisterSignalMutation['registerSignal']; onAnother(): void }) {
  const involved = result.knownElsewhere;
  return (
    <div className="vangrail-stack">
      <Heading1>Signaal gemeld</Heading1>
      <Notice type="ok">
        {result.duplicate ? 'Dit signaal was al ontvangen; er is niets dubbel opgeslagen.' : `Je signaal "${SIGNAL_CATEGORY[result.signal.category]}" is ontvangen en wordt doorgestuurd naar de disciplines die het moeten beoordelen.`}
      </Notice>
      <section aria-labelledby="known-elsewhere">
        <Heading2 id="known-elsewhere">{involved.length ? 'Ook betrokken' : 'Nog niemand anders betrokken'}</Heading2>
        {involved.length ? (
          <>
            <Paragraph>Deze disciplines werken al actief met deze betrokkene. Je ziet alleen wie en hoe je ze bereikt, niet wat zij weten.</Paragraph>
            <UnorderedList>
              {involved.map((each) => (
                <UnorderedListItem key={`${each.discipline}-${each.since}`}>
                  <strong>Ook betrokken: {DISCIPLINE[each.discipline]}</strong>, contact: {each.contact} (sinds {formatDate(each.since)})
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        ) : (
          <Paragraph>Geen andere discipline werkt op dit moment actief met deze betrokkene.</Paragraph>
        )}
      </section>
      <div className="vangrail-actions">
        <RouterLink className="utrecht-link" to="/signalen">Naar mijn signalen</RouterLink>
        <Button onClick={onAnother}>Nog een signaal melden</Button>
      </div>
    </div>
  );
}
