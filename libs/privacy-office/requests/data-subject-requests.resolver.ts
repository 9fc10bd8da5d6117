import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@vangrail/core';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { SUBJECT, SubjectView } from '@vangrail/subjects';
import { DATA_SUBJECT_REQUEST } from '../privacy-office.policy';
import { DataSubjectRequestsService } from './data-subject-requests.service';
import {
  AnswerDataSubjectRequestInput,
  DataSubjectRequestFilter,
  DataSubjectRequestView,
  ExtendDataSubjectRequestInput,
  RegisterDataSubjectRequestInput,
} from './dto/data-subject-request.types';

const HANDLING = { resource: DATA_SUBJECT_REQUEST, purposes: [Purpose.INZAGEVERZOEK] };
const OVERVIEW = { resource: DATA_SUBJECT_REQUEST, purposes: [Purpose.INZAGEVERZOEK, Purpose.PRIVACYTOEZICHT] };

@Resolver(() => DataSubjectRequestView)
export class DataSubjectRequestsResolver {
  constructor(private readonly requests: DataSubjectRequestsService) {}

  @Query(() => [DataSubjectRequestView], { description: 'Data-subject requests, nearest deadline first' })
  @Governed({ ...OVERVIEW, action: AuditAction.SEARCH })
  dataSubjectRequests(
    @GovCtx() ctx: GovernedContext,
    @Args('filter', { type: () => DataSubjectRequestFilter, nullable: true }) filter?: DataSubjectRequestFilter,
  ): Promise<DataSubjectRequestView[]> {
    return this.requests.list(ctx, filter ?? {});
  }

  @Query(() => DataSubjectRequestView)
  @Governed({ ...OVERVIEW, action: AuditAction.READ })
  dataSubjectRequest(@GovCtx() ctx: GovernedContext, @Args('id', { type: () => ID }, new ParseIdPipe()) id: string): Promise<DataSubjectRequestView> {
    return this.requests.findOne(ctx, id);
  }

  @ResolveField(() => SubjectView, { nullable: true, description: 'The person (INZAGEVERZOEK, open requests only); the read names the request' })
  @Governed({ resource: SUBJECT, action: AuditAction.READ, purposes: [Purpose.INZAGEVERZOEK] })
  person(@GovCtx() ctx: GovernedContext, @Parent() request: DataSubjectRequestView): Promise<SubjectView | null> {
    return this.requests.person(ctx, request);
  }

  @Mutation(() => DataSubjectRequestView, { description: 'Registers a request as received; the deadline is one month after receipt (AVG art. 12(3))' })
  @Governed({ ...HANDLING, action: AuditAction.CREATE })
  registerDataSubjectRequest(@GovCtx() ctx: GovernedContext, @Args('input') input: RegisterDataSubjectRequestInput): Promise<DataSubjectRequestView> {
    return this.requests.register(ctx, input);
  }

  @Mutation(() => DataSubjectRequestView, { description: 'Extends the deadline once by two months, with the reason told to the requester' })
  @Governed({ ...HANDLING, action: AuditAction.UPDATE })
  extendDataSubjectRequest(@GovCtx() ctx: GovernedContext, @Args('input') input: ExtendDataSubjectRequestInput): Promise<DataSubjectRequestView> {
    return this.requests.extend(ctx, input);
  }

  @Mutation(() => DataSubjectRequestView, { description: 'Records the answer and closes the request; the person is no longer readable under it' })
  @Governed({ ...HANDLING, action: AuditAction.UPDATE })
  answerDataSubjectRequest(@GovCtx() ctx: GovernedContext, @Args('input') input: AnswerDataSubjectRequestInput): Promise<DataSubjectRequestView> {
    return this.requests.answer(ctx, input);
  }
}
