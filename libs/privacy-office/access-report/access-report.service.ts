import { Injectable } from '@nestjs/common';
import { badInput, conflict, forbidden } from '@vangrail/core';
import { renderHtml, renderPdf } from '@vangrail/documents';
import { AuditAction, DataCategory, GovernedContext } from '@vangrail/privacy';
import { DATA_SUBJECT_REQUEST } from '../privacy-office.policy';
import { PrivacyClock } from '../privacy-clock';
import { DataSubjectRequestKind } from '../requests/data-subject-request.entity';
import { DataSubjectRequestsService } from '../requests/data-subject-requests.service';
import { REQUEST_ARTICLE, requestReason } from '../requests/request-articles';
import { accessReportDocument } from './access-report.document';
import { AccessReportReader, HeldData } from './access-report.reader';
import { SubjectAccessReport, SubjectAccessReportInput } from './access-report.types';
import { DISCIPLINE_NL, label } from './dutch-labels';

export const SUBJECT_ACCESS_REPORT = 'SubjectAccessReport';

const ROLE_NL: [code: string, words: string][] = [
  ['PRIVACY_OFFICER', 'Privacy officer'],
  ['FUNCTIONAL_ADMINISTRATOR', 'Functioneel beheerder'],
  ['ANALYST', 'Beleidsanalist'],
  ['INSPECTOR', 'Toezichthouder'],
  ['PROFESSIONAL', 'Medewerker'],
];

/** CJEU C-579/21: a consultation is shown by role and organisation, unless the officer decides to name staff. */
function consultant(role: string | null, discipline: string | null, organisation: string | null): string {
  const roles = (role ?? '').split(',');
  const words = ROLE_NL.find(([code]) => roles.includes(code))?.[1] ?? 'Medewerker';
  return [discipline ? `${words} ${label(DISCIPLINE_NL, discipline)}` : words, organisation].filter(Boolean).join(', ');
}

/** Art. 15: everything held about the person of an open INZAGE request, as data, HTML and PDF; the read is audited and names the request. */
@Injectable()
export class AccessReportService {
  constructor(
    private readonly reader: AccessReportReader,
    private readonly requests: DataSubjectRequestsService,
    private readonly clock: PrivacyClock,
  ) {}

  async build(ctx: GovernedContext, input: SubjectAccessReportInput): Promise<SubjectAccessReport> {
    if (!ctx.ability.can('read', DATA_SUBJECT_REQUEST)) {
      throw forbidden('Only the privacy officer answers data-subject requests', 'Alleen de privacy officer beantwoordt verzoeken van betrokkenen');
    }
    if (input.revealStaffIdentities && !input.revealReason) {
      throw badInput('input.revealReason', 'Say why the staff who consulted the data are named', 'Geef aan waarom de medewerkers die de gegevens raadpleegden met naam worden genoemd');
    }
    const request = await this.requests.openRequest(ctx, input.requestId);
    if (request.kind !== DataSubjectRequestKind.INZAGE) {
      throw conflict(`Request ${request.reference} is not a request for access; the access report answers requests for access (inzageverzoeken) only`, `Verzoek ${request.reference} is geen inzageverzoek; het inzageoverzicht beantwoordt alleen inzageverzoeken`);
    }
    const [tenant] = (await ctx.manager.query(`SELECT name FROM tenant WHERE id = $1`, [ctx.tenantId])) as { name: string }[];
    const controller = tenant?.name ?? ctx.user.tenantSlug;
    const held: HeldData | null = request.subjectId ? await this.reader.load(ctx.manager, ctx.tenantId, request.subjectId, controller) : null;
    const reveal = input.revealStaffIdentities === true;
    const data = {
      requestReference: request.reference,
      generatedAt: this.clock.now(),
      controller,
      person: held?.person ?? { name: null, dateOfBirth: null, bsn: null, address: null },
      signals: held?.signals ?? [],
      cases: held?.cases ?? [],
      consultations: (held?.consultations ?? []).map(({ username, role, discipline, ...line }) => ({
        ...line,
        by: reveal && username ? `${username} (${consultant(role, discipline, line.organisation)})` : consultant(role, discipline, line.organisation),
      })),
      logOverview: {
        authorisationProtocol:
          'Toegang per doel (doelbinding), rol en betrokkenheid: een medewerker ziet alleen de gegevens die bij zijn taak en team horen (eigen melding, doorgestuurde melding, zaak aan zijn casustafel); elke raadpleging en elke weigering wordt vastgelegd.',
        consentProfile: 'Niet van toepassing: de verwerking berust op een wettelijke taak of een convenant, niet op toestemming.',
        emergencyAccessUsed: (held?.consultations ?? []).some((c) => c.emergencyAccess),
        logRetention: 'Nog niet ingesteld: de minimale en maximale bewaartermijn van het logboek worden in het bewaarbeleid vastgelegd.',
      },
      staffIdentitiesRevealed: reveal,
    };
    const document = accessReportDocument(data, request.receivedOn);
    const categories = new Set<string>([...data.signals.flatMap((s) => s.dataCategories), ...data.cases.flatMap((c) => c.entries.map((e) => e.category))]);
    ctx.record({
      action: AuditAction.EXPORT,
      resourceType: SUBJECT_ACCESS_REPORT,
      resourceId: request.id,
      subjectKeys: request.subjectId ? [request.subjectId] : [],
      dataCategories: [...categories] as DataCategory[],
      legalBasis: REQUEST_ARTICLE[request.kind],
      reason: reveal ? `${requestReason(request.reference)}; staff named: ${input.revealReason}` : requestReason(request.reference),
    });
    return { ...data, html: renderHtml(document), pdfBase64: (await renderPdf(document)).toString('base64') };
  }
}
