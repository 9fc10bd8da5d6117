import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

/** A field's name in the users' words, for messages that name it (e.g. "reden" / "reason"). */
export interface FieldLabel {
  en: string;
  nl: string;
}

/**
 * Free text a person must actually write (a reason, a description): surrounding white space is
 * dropped and a blank or too short text is refused, naming the field in English and Dutch. The
 * Dutch message travels in the constraint's context (`messageNl`).
 */
export function RequiredText(label: FieldLabel, max: number, min = 1): PropertyDecorator {
  const en = min > 1 ? `${label.en} needs at least ${min} and at most ${max} characters` : `${label.en} must be filled in (at most ${max} characters)`;
  const nl = min > 1 ? `${label.nl} moet minstens ${min} en hoogstens ${max} tekens hebben` : `${label.nl} moet ingevuld zijn (hoogstens ${max} tekens)`;
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString({ message: `${label.en} must be text`, context: { messageNl: `${label.nl} moet tekst zijn` } }),
    Length(min, max, { message: en, context: { messageNl: nl } }),
  );
}
