import type { ReactNode } from 'react';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react/css-module';

/**
 * Form fields with a known input id (the error summary links to it), the description and the error
 * wired to the input with aria-describedby, and the error shown beside the field.
 */
interface FieldBase {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  required?: boolean;
}

function describedBy(id: string, description: ReactNode, error: string | undefined): string | undefined {
  return [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function FieldTexts({ id, description, error }: Pick<FieldBase, 'id' | 'description' | 'error'>) {
  return (
    <>
      {description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
    </>
  );
}

export function TextField({ id, label, description, error, required, value, onChange, onBlur, type = 'text', inputMode, autoComplete, maxLength, size }: FieldBase & {
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  type?: 'text' | 'date' | 'datetime-local' | 'number';
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  maxLength?: number;
  size?: number;
}) {
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label"><FormLabel htmlFor={id}>{label}{required ? null : ' (niet verplicht)'}</FormLabel></div>
      <FieldTexts id={id} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          type={type}
          value={value}
          invalid={Boolean(error)}
          required={required}
          aria-describedby={describedBy(id, description, error)}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          maxLength={maxLength}
          size={size}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      </div>
    </FormField>
  );
}

export function TextAreaField({ id, label, description, error, required, value, onChange, rows = 5 }: FieldBase & { value: string; onChange(value: string): void; rows?: number }) {
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label"><FormLabel htmlFor={id}>{label}{required ? null : ' (niet verplicht)'}</FormLabel></div>
      <FieldTexts id={id} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <Textarea id={id} rows={rows} value={value} invalid={Boolean(error)} required={required} aria-describedby={describedBy(id, description, error)} onChange={(event) => onChange(event.target.value)} />
      </div>
    </FormField>
  );
}

export function SelectField<Value extends string>({ id, label, description, error, required, value, onChange, options, placeholder }: FieldBase & {
  value: Value | '';
  onChange(value: Value | ''): void;
  options: ReadonlyArray<{ value: Value; label: string }>;
  placeholder?: string;
}) {
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label"><FormLabel htmlFor={id}>{label}{required ? null : ' (niet verplicht)'}</FormLabel></div>
      <FieldTexts id={id} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <Select id={id} value={value} invalid={Boolean(error)} required={required} aria-describedby={describedBy(id, description, error)} onChange={(event) => onChange(event.target.value as Value | '')}>
          {placeholder !== undefined ? <SelectOption value="">{placeholder}</SelectOption> : null}
          {options.map((option) => <SelectOption key={option.value} value={option.value}>{option.label}</SelectOption>)}
        </Select>
      </div>
    </FormField>
  );
}

interface ChoiceOption<Value extends string> {
  value: Value;
  label: string;
  explanation?: string;
}

/** A group of checkboxes (several answers) or radio buttons (one answer) under one legend. */
export function ChoiceGroup<Value extends string>({ id, legend, description, error, options, multiple, selected, onChange }: {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: ReadonlyArray<ChoiceOption<Value>>;
  multiple: boolean;
  selected: readonly Value[];
  onChange(selected: Value[]): void;
}) {
  return (
    <Fieldset id={id} invalid={Boolean(error)} aria-describedby={describedBy(id, description, error)} tabIndex={-1}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <FieldTexts id={id} description={description} error={error} />
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        const checked = selected.includes(option.value);
        const Input = multiple ? Checkbox : RadioButton;
        return (
          <FormField key={option.value} type={multiple ? 'checkbox' : 'radio'}>
            <div className="utrecht-form-field__input">
              <Input
                id={optionId}
                name={id}
                value={option.value}
                checked={checked}
                aria-describedby={option.explanation ? `${optionId}-explanation` : undefined}
                onChange={() => onChange(multiple ? (checked ? selected.filter((value) => value !== option.value) : [...selected, option.value]) : [option.value])}
              />
            </div>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={optionId} type={multiple ? 'checkbox' : 'radio'}>{option.label}</FormLabel>
            </div>
            {option.explanation ? <FormFieldDescription id={`${optionId}-explanation`}>{option.explanation}</FormFieldDescription> : null}
          </FormField>
        );
      })}
    </Fieldset>
  );
}
