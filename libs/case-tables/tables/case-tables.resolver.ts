import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@vangrail/core';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { CASE_TABLE, CASE_TABLE_MEMBER } from '../case-tables.policy';
import { AddMemberInput, CreateCaseTableInput, RemoveMemberInput } from './dto/case-table.inputs';
import { CaseTableMemberView, CaseTableView } from './dto/case-table.types';
import { CaseTablesService } from './case-tables.service';

/** Tables are read by their members and administered under BEHEER (which shows no case content). */
const TABLE_READ_PURPOSES = [Purpose.BEHEER, Purpose.CASUSOVERLEG, Purpose.PLANUITVOERING];
/** Members are managed by the functional administrator; the chair invites guests. */
const MEMBER_PURPOSES = [Purpose.BEHEER, Purpose.CASUSOVERLEG];

@Resolver(() => CaseTableView)
export class CaseTablesResolver {
  constructor(private readonly tables: CaseTablesService) {}

  @Query(() => [CaseTableView], { description: 'The case tables you sit at (all of them for table administration)' })
  @Governed({ resource: CASE_TABLE, action: AuditAction.SEARCH, purposes: TABLE_READ_PURPOSES })
  caseTables(@GovCtx() ctx: GovernedContext): Promise<CaseTableView[]> {
    return this.tables.list(ctx);
  }

  @Query(() => CaseTableView)
  @Governed({ resource: CASE_TABLE, action: AuditAction.READ, purposes: TABLE_READ_PURPOSES })
  caseTable(@GovCtx() ctx: GovernedContext, @Args('id', { type: () => ID }, new ParseIdPipe()) id: string): Promise<CaseTableView> {
    return this.tables.findOne(ctx, id);
  }

  @Mutation(() => CaseTableView)
  @Governed({ resource: CASE_TABLE, action: AuditAction.CREATE, purposes: [Purpose.BEHEER] })
  createCaseTable(@GovCtx() ctx: GovernedContext, @Args('input') input: CreateCaseTableInput): Promise<CaseTableView> {
    return this.tables.create(ctx, input);
  }

  @Mutation(() => CaseTableMemberView)
  @Governed({ resource: CASE_TABLE_MEMBER, action: AuditAction.CREATE, purposes: MEMBER_PURPOSES })
  addMember(@GovCtx() ctx: GovernedContext, @Args('input') input: AddMemberInput): Promise<CaseTableMemberView> {
    return this.tables.addMember(ctx, input);
  }

  @Mutation(() => CaseTableMemberView)
  @Governed({ resource: CASE_TABLE_MEMBER, action: AuditAction.UPDATE, purposes: MEMBER_PURPOSES })
  removeMember(@GovCtx() ctx: GovernedContext, @Args('input') input: RemoveMemberInput): Promise<CaseTableMemberView> {
    return this.tables.removeMember(ctx, input);
  }
}
