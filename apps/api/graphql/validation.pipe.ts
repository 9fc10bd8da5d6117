import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { VangrailError } from '@vangrail/core';
import { validationError } from './error-format';

/** The first failing field with its path (e.g. `subjects.0.person.bsn`) and what is wrong with it. */
function firstProblem(errors: ValidationError[], parent = ''): { field: string; message: string } {
  const error = errors[0];
  const field = parent ? `${parent}.${error.property}` : error.property;
  if (error.constraints && Object.keys(error.constraints).length) {
    return { field, message: Object.values(error.constraints)[0] };
  }
  return error.children?.length ? firstProblem(error.children, field) : { field, message: 'is not valid' };
}

/**
 * One class for shape and validation: class-validator on the @InputType, whitelisted and
 * transformed. The offending field is named from the argument down (`input.subjects.0.person.bsn`).
 */
class FieldPathValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof VangrailError && typeof error.extensions.field === 'string' && metadata.data) {
        throw validationError(`${metadata.data}.${error.extensions.field}`, String(error.extensions.constraint));
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
      const { field, message } = firstProblem(errors);
      return validationError(field, message);
    },
  });
}
