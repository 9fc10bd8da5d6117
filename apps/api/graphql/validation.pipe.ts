import { ValidationError, ValidationPipe } from '@nestjs/common';
import { validationError } from './error-format';

/** The first failing field with its path (e.g. `input.subjects.0.person.bsn`) and what is wrong with it. */
function firstProblem(errors: ValidationError[], parent = ''): { field: string; message: string } {
  const error = errors[0];
  const field = parent ? `${parent}.${error.property}` : error.property;
  if (error.constraints && Object.keys(error.constraints).length) {
    return { field, message: Object.values(error.constraints)[0] };
  }
  return error.children?.length ? firstProblem(error.children, field) : { field, message: 'is not valid' };
}

/** One class for shape and validation: class-validator on the @InputType, whitelisted and transformed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const { field, message } = firstProblem(errors);
      return validationError(field, message);
    },
  });
}
