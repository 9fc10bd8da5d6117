import { useId, type ReactNode } from 'react';
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react/css-module';

interface FieldProps {
  /** The input's id (the error summary links to it); generated when not given. */
  id?: string;
  label: ReactNode;
  description?: ReactNode;
  /** The field's own message, beside it (and in the summary). */
  error?: string;
  required?: boolean;
  /** Says "(niet verplicht)" after the label, for optional fields in a form of required ones. */
  optional?: boolean;
}

function describedBy(id: string, description: unknown, error: unknown): string | undefined {
  return [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function FieldFrame({ id, label, description, error, optional, type, children }: FieldProps & { id: string; type?: 'text' | 'select' | 'textarea'; children: ReactNode }) {
  return (
    <FormField type={type} invalid={Boolean(error)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {optional ? <span className="vangrail-optional"> (niet verplicht)</span> : null}
        </FormLabel>
      </div>
      {description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

/** A labelled text input with its description and error message wired for screen readers. */
export function TextField({ value, onChange, type = 'text', autoComplete, ...field }: FieldProps & { value: string; onChange: (value: string) => void; type?: 'text' | 'search' | 'datetime-local' | 'date'; autoComplete?: string }) {
  const generated = useId();
  const id = field.id ?? generated;
  return (
    <FieldFrame {...field} id={id} type="text">
      <Textbox
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete ?? 'off'}
        invalid={Boolean(field.error)}
        required={field.required}
        aria-describedby={describedBy(id, field.description, field.error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

export function TextAreaField({ value, onChange, rows = 4, ...field }: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  const generated = useId();
  const id = field.id ?? generated;
  return (
    <FieldFrame {...field} id={id} type="textarea">
      <Textarea
        id={id}
        rows={rows}
        value={value}
        invalid={Boolean(field.error)}
        required={field.required}
        aria-describedby={describedBy(id, field.description, field.error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A labelled select; `placeholder` adds an empty first option ("Kies …"). */
export function SelectField<T extends string>({ value, onChange, choices, placeholder, ...field }: FieldProps & { value: T | ''; onChange: (value: T | '') => void; choices: readonly Choice<T>[]; placeholder?: string }) {
  const generated = useId();
  const id = field.id ?? generated;
  return (
    <FieldFrame {...field} id={id} type="select">
      <Select
        id={id}
        value={value}
        invalid={Boolean(field.error)}
        required={field.required}
        aria-describedby={describedBy(id, field.description, field.error)}
        onChange={(event) => onChange(event.target.value as T | '')}
      >
        {placeholder !== undefined ? <SelectOption value="">{placeholder}</SelectOption> : null}
        {choices.map((choice) => <SelectOption key={choice.value} value={choice.value}>{choice.label}</SelectOption>)}
      </Select>
    </FieldFrame>
  );
}
