import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { requestContextOf } from '@vangrail/core';
import { Governance } from './governance.service';
import { Policy, POLICY_METADATA } from './policy.decorator';

/**
 * Runs every @Governed resolver method (queries, mutations and field resolvers) inside
 * Governance.execute, in the governed scope of its GraphQL operation (one transaction for all of
 * the operation's fields; the API's governed-operation plugin ends it). `next.handle()` is called
 * inside the scope so the handler's async context carries the GovernedContext.
 */
@Injectable()
export class GovernedInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly governance: Governance,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_METADATA, [context.getHandler(), context.getClass()]);
    if (context.getType<string>() !== 'graphql' || policy?.kind !== 'governed') return next.handle();
    const request = requestContextOf(context);
    const args = GqlExecutionContext.create(context).getArgs<Record<string, unknown>>();
    return from(this.governance.execute(request, policy, args, () => lastValueFrom(next.handle())));
  }
}
