import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { SUBJECT } from '@vangrail/subjects';
import { EraseSubject } from './erase-subject.use-case';
import { EraseSubjectInput, ErasureResult } from './erasure.types';

@Resolver(() => ErasureResult)
export class ErasureResolver {
  constructor(private readonly erase: EraseSubject) {}

  @Mutation(() => ErasureResult, { description: 'AVG art. 17: erases the person of an open WISSING request in one transaction, or refuses with the retention duty that applies' })
  @Governed({ resource: SUBJECT, action: AuditAction.DELETE, purposes: [Purpose.INZAGEVERZOEK] })
  eraseSubject(@GovCtx() ctx: GovernedContext, @Args('input') input: EraseSubjectInput): Promise<ErasureResult> {
    return this.erase.execute(ctx, input);
  }
}
