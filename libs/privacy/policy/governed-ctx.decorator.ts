import { createParamDecorator } from '@nestjs/common';
import { GovernedContext } from './governed-context';

/** Injects the GovernedContext of a @Governed resolver method; anywhere else it is a programming error. */
export const GovCtx = createParamDecorator((): GovernedContext => {
  const ctx = GovernedContext.current();
  if (!ctx) throw new Error('@GovCtx() used outside a @Governed operation');
  return ctx;
});
