import { useState } from 'react';
import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Heading3, Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../../gql';
import { useApiMutation, useApiQuery } from '../../../shared/graphql/hooks';
import { CASE_STATE } from '../../../shared/i18n/case-tables';
import { ApiErrorNotice } from '../../../shared/ui/ApiErrorNotice';
import { Button } from '../../../shared/ui/Button';
import { SelectField } from '../../../shared/ui/FormControls';

const AgendaCandidatesDocument = graphql(`
  query AgendaCandidates($filter: CaseFilter) {
    cases(filter: $filter) {
      items { id reference title state }
    }
  }
`);

const SetAgendaDocument = graphql(`
  mutation SetAgenda($input: SetAgendaInput!) {
    setAgenda(input: $input) { id agenda { caseId position } }
  }
`);

export interface AgendaDraftItem {
  caseId: string;
  label: string;
  guestIds: string[];
}

export interface GuestChoice {
  id: string;
  label: string;
}

/**
 * The chair sets the agenda: cases in order (move up and down with buttons, so it works by keyboard
 * and screen reader without dragging), with guests invited per item only (need-to-know).
 */
export function AgendaEditor({ caseTableId, meetingId, initial, guests }: { caseTableId: string; meetingId: string; initial: AgendaDraftItem[]; guests: readonly GuestChoice[] }) {
  const [items, setItems] = useState(initial);
  const [adding, setAdding] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [saved, setSaved] = useState(false);
  const candidates = useApiQuery(AgendaCandidatesDocument, { filter: { caseTableId, states: ['GEAGENDEERD', 'IN_BEHANDELING', 'MONITORING'], limit: 200 } }, { purpose: 'CASUSOVERLEG' });
  const save = useApiMutation(SetAgendaDocument, { purpose: 'CASUSOVERLEG' });
  const available = (candidates.data?.cases.items ?? []).filter((c) => !items.some((item) => item.caseId === c.id));
  const change = (next: AgendaDraftItem[], said: string) => {
    setItems(next);
    setAnnouncement(said);
    setSaved(false);
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    change(next, `${item.label} staat nu op plaats ${index + by + 1}.`);
  };
  return (
    <div className="vangrail-stack">
      <Paragraph className="vangrail-visually-hidden" role="status" aria-live="polite">{announcement}</Paragraph>
      {items.length ? (
        <ol className="vangrail-card-list vangrail-card-list--single" aria-label="Agenda (concept)">
          {items.map((item, index) => (
            <li key={item.caseId} className="vangrail-card">
              <Heading3>{index + 1}. {item.label}</Heading3>
              <div className="vangrail-actions">
                {index > 0 ? <Button appearance="subtle" onClick={() => move(index, -1)} aria-label={`${item.label} omhoog`}>Omhoog</Button> : null}
                {index < items.length - 1 ? <Button appearance="subtle" onClick={() => move(index, 1)} aria-label={`${item.label} omlaag`}>Omlaag</Button> : null}
                <Button appearance="subtle" hint="danger" onClick={() => change(items.filter((_, i) => i !== index), `${item.label} is van de agenda gehaald.`)} aria-label={`${item.label} van de agenda halen`}>Van de agenda halen</Button>
              </div>
              {guests.length ? (
                <Fieldset>
                  <FieldsetLegend>Gasten bij dit agendapunt</FieldsetLegend>
                  <Paragraph>Een gast ziet alleen deze casus, en alleen tijdens dit overleg.</Paragraph>
                  {guests.map((guest) => {
                    const id = `guest-${item.caseId}-${guest.id}`;
                    const checked = item.guestIds.includes(guest.id);
                    return (
                      <FormField key={guest.id} type="checkbox">
                        <Checkbox
                          id={id}
                          checked={checked}
                          onChange={() => change(items.map((each, i) => (i === index ? { ...each, guestIds: checked ? each.guestIds.filter((g) => g !== guest.id) : [...each.guestIds, guest.id] } : each)), '')}
                        />
                        <FormLabel htmlFor={id} type="checkbox">{guest.label}</FormLabel>
                      </FormField>
                    );
                  })}
                </Fieldset>
              ) : <Paragraph className="vangrail-muted">Deze tafel heeft geen gasten om uit te nodigen.</Paragraph>}
            </li>
          ))}
        </ol>
      ) : <Paragraph>De agenda is leeg.</Paragraph>}
      {candidates.error ? <ApiErrorNotice error={candidates.error} /> : null}
      <form
        className="vangrail-form vangrail-inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const kase = available.find((c) => c.id === adding);
          if (!kase) return;
          change([...items, { caseId: kase.id, label: `${kase.reference}: ${kase.title}`, guestIds: [] }], `${kase.reference} is aan de agenda toegevoegd.`);
          setAdding('');
        }}
      >
        <SelectField
          label="Casus agenderen"
          description="Alleen toegelaten casussen (geagendeerd, in behandeling of monitoring) kunnen op de agenda."
          value={adding}
          onChange={setAdding}
          placeholder={available.length ? 'Kies een casus' : 'Geen casussen om toe te voegen'}
          choices={available.map((c) => ({ value: c.id, label: `${c.reference}: ${c.title} (${CASE_STATE[c.state].toLocaleLowerCase('nl')})` }))}
        />
        <Button type="submit">Aan de agenda toevoegen</Button>
      </form>
      {save.error ? <ApiErrorNotice error={save.error} /> : null}
      {saved ? <Paragraph role="status">De agenda is opgeslagen.</Paragraph> : null}
      <Button
        appearance="primary"
        busy={save.isPending}
        onClick={() => save.mutate({ input: { meetingId, items: items.map((item) => ({ caseId: item.caseId, guestUserIds: item.guestIds })) } }, { onSuccess: () => setSaved(true) })}
      >
        Agenda opslaan
      </Button>
    </div>
  );
}
