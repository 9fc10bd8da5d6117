import { useState } from 'react';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react/css-module';
import { Button } from '../../../shared/ui/Button';
import { ChoiceGroup, TextField } from '../../../shared/ui/fields';
import { bsnProblem, houseNumberProblem, kvkProblem, postcodeProblem } from '../../../shared/validation/dutch-identifiers';
import { subjectFieldId, type SubjectDraft, type SubjectField, type SubjectKind } from './subject-draft';

const KINDS: Array<{ value: SubjectKind; label: string }> = [
  { value: 'PERSON', label: 'Persoon' },
  { value: 'ADDRESS', label: 'Adres' },
  { value: 'ORGANISATION', label: 'Organisatie' },
];

/**
 * One subject (betrokkene). BSN, postcode, house number and KvK number are checked as the user types
 * (once the value is complete, or when leaving the field); `serverErrors` are the API's, by input id.
 */
export function SubjectFields({ index, subject, onChange, onRemove, serverErrors }: {
  index: number;
  subject: SubjectDraft;
  onChange(subject: SubjectDraft): void;
  onRemove?(): void;
  serverErrors: Record<string, string>;
}) {
  const [left, setLeft] = useState<Partial<Record<SubjectField, boolean>>>({});
  const id = (field: SubjectField) => subjectFieldId(index, field);
  const set = (patch: Partial<SubjectDraft>) => onChange({ ...subject, ...patch });
  const live = (field: SubjectField, value: string, complete: boolean, problem: (value: string) => string | undefined) =>
    serverErrors[id(field)] ?? (left[field] || complete ? problem(value) : undefined);
  const leave = (field: SubjectField) => () => setLeft((current) => ({ ...current, [field]: true }));
  const digits = (value: string) => value.replace(/\s/g, '').length;

  return (
    <Fieldset className="vangrail-stack">
      <FieldsetLegend>Betrokkene {index + 1}</FieldsetLegend>
      <ChoiceGroup id={id('kind')} legend="Om wie of wat gaat het?" multiple={false} options={KINDS} selected={[subject.kind]} onChange={([kind]) => set({ kind })} />
      {subject.kind === 'PERSON' ? (
        <>
          <TextField
            id={id('bsn')}
            label="BSN"
            description="9 cijfers. Wordt gecontroleerd met de 11-proef en versleuteld opgeslagen."
            inputMode="numeric"
            maxLength={11}
            size={12}
            value={subject.bsn}
            error={live('bsn', subject.bsn, digits(subject.bsn) >= 9, bsnProblem)}
            onChange={(bsn) => set({ bsn })}
            onBlur={leave('bsn')}
          />
          <TextField id={id('name')} label="Naam" value={subject.name} error={serverErrors[id('name')]} onChange={(name) => set({ name })} />
          <TextField id={`subject-${index}-dateOfBirth`} label="Geboortedatum" type="date" value={subject.dateOfBirth} onChange={(dateOfBirth) => set({ dateOfBirth })} />
        </>
      ) : null}
      {subject.kind === 'ORGANISATION' ? (
        <>
          <TextField
            id={id('kvkNumber')}
            label="KvK-nummer"
            description="8 cijfers."
            required
            inputMode="numeric"
            maxLength={8}
            size={10}
            value={subject.kvkNumber}
            error={live('kvkNumber', subject.kvkNumber, digits(subject.kvkNumber) >= 8, kvkProblem)}
            onChange={(kvkNumber) => set({ kvkNumber })}
            onBlur={leave('kvkNumber')}
          />
          <TextField id={`subject-${index}-organisationName`} label="Naam van de organisatie" value={subject.organisationName} onChange={(organisationName) => set({ organisationName })} />
        </>
      ) : null}
      {subject.kind !== 'ORGANISATION' ? (
        <>
          <TextField
            id={id('postcode')}
            label="Postcode"
            description="Bijvoorbeeld 1234 AB."
            required={subject.kind === 'ADDRESS'}
            maxLength={7}
            size={8}
            autoComplete="off"
            value={subject.postcode}
            error={live('postcode', subject.postcode, digits(subject.postcode) >= 6, postcodeProblem)}
            onChange={(postcode) => set({ postcode })}
            onBlur={leave('postcode')}
          />
          <TextField
            id={id('houseNumber')}
            label="Huisnummer"
            required={subject.kind === 'ADDRESS'}
            inputMode="numeric"
            maxLength={5}
            size={6}
            value={subject.houseNumber}
            error={live('houseNumber', subject.houseNumber, false, houseNumberProblem) ?? (subject.houseNumber ? houseNumberProblem(subject.houseNumber) : undefined)}
            onChange={(houseNumber) => set({ houseNumber })}
            onBlur={leave('houseNumber')}
          />
          <TextField id={`subject-${index}-houseNumberAddition`} label="Toevoeging" maxLength={6} size={6} value={subject.houseNumberAddition} onChange={(houseNumberAddition) => set({ houseNumberAddition })} />
        </>
      ) : null}
      {onRemove ? <Button appearance="subtle" onClick={onRemove}>Betrokkene {index + 1} verwijderen</Button> : null}
    </Fieldset>
  );
}
