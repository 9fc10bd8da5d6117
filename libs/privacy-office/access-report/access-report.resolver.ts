import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { AccessReportService, SUBJECT_ACCESS_REPORT } from './access-report.service';
import { SubjectAccessReport, SubjectAccessReportInput } from './access-report.types';

@Resolver(() => SubjectAccessReport)
export class AccessReportResolver {
  constructor(private readonly reports: AccessReportService) {}

  @Query(() => SubjectAccessReport, { description: 'Art. 15 access report for the person of an open INZAGE request (JSON, HTML and PDF); recorded as an EXPORT naming the request' })
  @Governed({ resource: SUBJECT_ACCESS_REPORT, action: AuditAction.EXPORT, purposes: [Purpose.INZAGEVERZOEK] })
  subjectAccessReport(@GovCtx() ctx: GovernedContext, @Args('subject', { type: () => SubjectAccessReportInput }) subject: SubjectAccessReportInput): Promise<SubjectAccessReport> {
    return this.reports.build(ctx, subject);
  }
}
