import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@vangrail/core';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { CASE } from '../case-tables.policy';
import { CaseLegalBasisReader } from './case-legal-basis.reader';
import { CaseLegalBasisRecord, RecordCaseLegalBasisInput } from './legal-basis.dto';
import { RecordCaseLegalBasis } from './record-case-legal-basis.use-case';

@Resolver(() => CaseLegalBasisRecord)
export class LegalBasisResolver {
  constructor(
    private readonly reader: CaseLegalBasisReader,
    private readonly recordUseCase: RecordCaseLegalBasis,
  ) {}

  @Query(() => CaseLegalBasisRecord, { description: 'The legal basis (grondslag) of a case, its weighing, whether the person was informed, and every earlier version' })
  @Governed({ resource: CASE, action: AuditAction.READ, purposes: [Purpose.CASUSOVERLEG] })
  caseLegalBasis(@GovCtx() ctx: GovernedContext, @Args('caseId', { type: () => ID }, new ParseIdPipe('caseId')) caseId: string): Promise<CaseLegalBasisRecord> {
    return this.reader.read(ctx, caseId);
  }

  @Mutation(() => CaseLegalBasisRecord, { description: 'Record (a new version of) the legal basis of a case: the chair or case director' })
  @Governed({ resource: CASE, action: AuditAction.UPDATE, purposes: [Purpose.CASUSOVERLEG] })
  recordCaseLegalBasis(@GovCtx() ctx: GovernedContext, @Args('input') input: RecordCaseLegalBasisInput): Promise<CaseLegalBasisRecord> {
    return this.recordUseCase.execute(ctx, input);
  }
}
