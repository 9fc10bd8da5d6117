import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { canonicalInput, refuseBsnInFreeText, VangrailError } from '@vangrail/core';
import { validationError } from './error-format';

/**
 * The first failing field with its path (e.g. `subjects.0.person.bsn`) and what is wrong with it;
 * a constraint may carry its Dutch wording in its context (`{ messageNl }`).
 */
function firstProblem(errors: ValidationError[], parent = ''): { field: string; message: string; messageNl?: string } {
  const error = errors[0];
  const field = parent ? `${parent}.${error.property}` : error.property;
  if (error.constraints && Object.keys(error.constraints).length) {
    const [name, message] = Object.entries(error.constraints)[0];
    const messageNl = (error.contexts?.[name] as { messageNl?: string } | undefined)?.messageNl;
    return { field, message, messageNl };
  }
  return error.children?.length ? firstProblem(error.children, field) : { field, message: 'is not valid' };
}

/**
 * One class for shape and validation: class-validator on the @InputType, whitelisted and
 * transformed. The offending field is named from the argument down (`input.subjects.0.person.bsn`).
 */
class FieldPathValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Canonical text first (valid Unicode, no NUL, NFC): what is validated is what is stored and hashed.
    const canonical = canonicalInput(value, metadata.data ?? 'input');
    // Free text is personal data: a BSN typed into any text field is refused at that field.
    refuseBsnInFreeText(canonical, metadata.data ?? 'input', metadata.data ?? '');
    try {
      return await super.transform(canonical, metadata);
    } catch (error) {
      if (error instanceof VangrailError && typeof error.extensions.field === 'string' && metadata.data) {
        const field = error.extensions.field;
        const constraintNl = String(error.extensions.messageNl ?? '').replace(`${field}: `, '');
        throw validationError(`${metadata.data}.${field}`, String(error.extensions.constraint), constraintNl || undefined);
      }
      throw error;
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new FieldPathValidationPipe({
    whitelist: true,
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const { field, message, messageNl } = firstProblem(errors);
      return validationError(field, message, messageNl);
    },
  });
}
