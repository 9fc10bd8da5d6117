import { useId, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react/css-module';
import { Button } from '../ui/Button';
import { PURPOSE, type Purpose } from './purposes';

const PARAM = 'doel';

/**
 * Purpose limitation, visibly: personal data loads only after a purpose is declared. With one
 * possible purpose it is stated on the screen; with more, the user chooses first ("Waarom open je
 * dit dossier?"). The choice lives in the address (`?doel=`), so back, reload and a shared link keep it.
 */
export function PurposeGate({ purposes, question = 'Waarom open je dit dossier?', children }: {
  purposes: readonly Purpose[];
  question?: string;
  children: (purpose: Purpose) => ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  const fromAddress = params.get(PARAM) as Purpose | null;
  const chosen = purposes.length === 1 ? purposes[0] : purposes.find((purpose) => purpose === fromAddress);
  if (chosen) {
    return (
      <>
        <PurposeLine purpose={chosen} onChange={purposes.length > 1 ? () => setParams((current) => withoutPurpose(current)) : undefined} />
        {children(chosen)}
      </>
    );
  }
  return <PurposeChooser purposes={purposes} question={question} onChoose={(purpose) => setParams((current) => withPurpose(current, purpose))} />;
}

function withPurpose(params: URLSearchParams, purpose: Purpose): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set(PARAM, purpose);
  return next;
}

function withoutPurpose(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(PARAM);
  return next;
}

function PurposeLine({ purpose, onChange }: { purpose: Purpose; onChange?: () => void }) {
  return (
    <div className="vangrail-purpose-line">
      <Paragraph>
        Doel van inzage: <strong>{PURPOSE[purpose].label}</strong>. {PURPOSE[purpose].explanation} Je inzage wordt vastgelegd.
      </Paragraph>
      {onChange ? <Button appearance="subtle" onClick={onChange}>Ander doel kiezen</Button> : null}
    </div>
  );
}

function PurposeChooser({ purposes, question, onChoose }: { purposes: readonly Purpose[]; question: string; onChoose: (purpose: Purpose) => void }) {
  const id = useId();
  const [selected, setSelected] = useState<Purpose | undefined>();
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="vangrail-purpose-chooser"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (selected) onChoose(selected);
        else setMissing(true);
      }}
    >
      <Fieldset invalid={missing} aria-describedby={`${id}-help${missing ? ` ${id}-error` : ''}`}>
        <FieldsetLegend>{question}</FieldsetLegend>
        <Paragraph id={`${id}-help`}>
          Je ziet alleen de gegevens die bij dit doel horen. Je keuze en je inzage worden vastgelegd in het logboek.
        </Paragraph>
        {missing ? <Paragraph id={`${id}-error`} className="vangrail-field-error">Kies een doel om verder te gaan.</Paragraph> : null}
        {purposes.map((purpose) => (
          <FormField key={purpose} type="radio">
            <RadioButton
              id={`${id}-${purpose}`}
              name={`${id}-purpose`}
              value={purpose}
              checked={selected === purpose}
              onChange={() => {
                setSelected(purpose);
                setMissing(false);
              }}
              aria-describedby={`${id}-${purpose}-explanation`}
            />
            <FormLabel htmlFor={`${id}-${purpose}`} type="radio">{PURPOSE[purpose].label}</FormLabel>
            <FormFieldDescription id={`${id}-${purpose}-explanation`}>{PURPOSE[purpose].explanation}</FormFieldDescription>
          </FormField>
        ))}
      </Fieldset>
      <Button appearance="primary" type="submit">Openen</Button>
    </form>
  );
}
