import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, conflict, forbidden, notFound } from '@vangrail/core';
import { Action, AuditAction, GovernedContext } from '@vangrail/privacy';
import { Bsn, SubjectRegistry, SubjectsService, SubjectView } from '@vangrail/subjects';
import { DATA_SUBJECT_REQUEST } from '../privacy-office.policy';
import { PrivacyClock } from '../privacy-clock';
import { DataSubjectRequest, DataSubjectRequestState } from './data-subject-request.entity';
import {
  AnswerDataSubjectRequestInput,
  DataSubjectRequestFilter,
  DataSubjectRequestView,
  ExtendDataSubjectRequestInput,
  RegisterDataSubjectRequestInput,
} from './dto/data-subject-request.types';
import { REQUEST_ARTICLE, requestReason } from './request-articles';
import { daysLeft, dutchToday, extendedDeadline, legalDeadline } from './request-deadline';
import { nextRequestReference } from './request-references';

/** The AVG applies to requests received from 25 May 2018. */
const AVG_IN_FORCE = '2018-05-25';

/** Data-subject requests as cases: registered, extended once with a reason, answered; every step audited. */
@Injectable()
export class DataSubjectRequestsService {
  constructor(
    private readonly registry: SubjectRegistry,
    private readonly subjects: SubjectsService,
    private readonly clock: PrivacyClock,
  ) {}

  async register(ctx: GovernedContext, input: RegisterDataSubjectRequestInput): Promise<DataSubjectRequestView> {
    this.require(ctx, 'create');
    const bsn = Bsn.parse(input.bsn, 'bsn');
    const today = dutchToday(this.clock.now());
    if (input.receivedOn > today) throw badInput('receivedOn', 'The date of receipt cannot be in the future', 'De ontvangstdatum kan niet in de toekomst liggen');
    if (input.receivedOn < AVG_IN_FORCE) {
      throw badInput('receivedOn', 'Requests received before 25 May 2018 fall outside the AVG', 'Verzoeken van vóór 25 mei 2018 vallen buiten de AVG');
    }
    const person = await this.registry.find(ctx.manager, ctx.tenantId, { person: { bsn: bsn.value } }, 'bsn');
    const reference = input.reference ?? (await nextRequestReference(ctx.manager, ctx.tenantId));
    const taken = await ctx.manager.countBy(DataSubjectRequest, { tenantId: ctx.tenantId, reference });
    if (taken) throw conflict(`Reference ${reference} is already used by another request`, `Kenmerk ${reference} is al gebruikt voor een ander verzoek`);
    const request = Object.assign(new DataSubjectRequest(), {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      reference,
      kind: input.kind,
      receivedOn: input.receivedOn,
      identityVerification: input.identityVerification,
      identityNote: input.identityNote ?? null,
      subjectId: person?.id ?? null,
      deadline: legalDeadline(input.receivedOn),
      extendedUntil: null,
      extensionReason: null,
      state: DataSubjectRequestState.OPEN,
      answer: null,
      answeredAt: null,
      registeredBy: ctx.user.id,
      answeredBy: null,
    });
    await ctx.manager.insert(DataSubjectRequest, request);
    this.recordStep(ctx, request, AuditAction.CREATE, person ? 'registered' : 'registered; no data held about this BSN');
    return this.view(request);
  }

  async extend(ctx: GovernedContext, input: ExtendDataSubjectRequestInput): Promise<DataSubjectRequestView> {
    this.require(ctx, 'update');
    const request = await this.openRequest(ctx, input.requestId);
    if (request.extendedUntil) {
      throw conflict('This request was already extended; the AVG allows one extension of two months', 'Dit verzoek is al verlengd; de AVG staat één verlenging van twee maanden toe');
    }
    if (dutchToday(this.clock.now()) > request.deadline) {
      throw conflict(
        'The extension must be told to the requester within the first month; that month has passed',
        'De verlenging moet binnen de eerste maand aan de verzoeker worden gemeld; die maand is voorbij',
      );
    }
    request.extendedUntil = extendedDeadline(request.deadline);
    request.extensionReason = input.reason.trim();
    await ctx.manager.save(request);
    this.recordStep(ctx, request, AuditAction.UPDATE, `extended until ${request.extendedUntil}`);
    return this.view(request);
  }

  async answer(ctx: GovernedContext, input: AnswerDataSubjectRequestInput): Promise<DataSubjectRequestView> {
    this.require(ctx, 'update');
    const request = await this.openRequest(ctx, input.requestId);
    request.state = DataSubjectRequestState.AFGEHANDELD;
    request.answer = input.answer.trim();
    request.answeredAt = this.clock.now();
    request.answeredBy = ctx.user.id;
    await ctx.manager.save(request);
    this.recordStep(ctx, request, AuditAction.UPDATE, 'answered and closed');
    return this.view(request);
  }

  async list(ctx: GovernedContext, filter: DataSubjectRequestFilter): Promise<DataSubjectRequestView[]> {
    this.require(ctx, 'read');
    const query = ctx.manager.createQueryBuilder(DataSubjectRequest, 'r');
    if (filter.state) query.where('r.state = :state', { state: filter.state });
    const requests = await query.orderBy('r.deadline', 'ASC').addOrderBy('r.reference', 'ASC').getMany();
    ctx.record({ action: AuditAction.SEARCH, resourceType: DATA_SUBJECT_REQUEST, reason: `${requests.length} data-subject requests listed` });
    return requests.map((request) => this.view(request));
  }

  async findOne(ctx: GovernedContext, id: string): Promise<DataSubjectRequestView> {
    this.require(ctx, 'read');
    const request = await ctx.manager.findOneBy(DataSubjectRequest, { tenantId: ctx.tenantId, id });
    if (!request) throw notFound('Data-subject request', 'Verzoek van betrokkene', id);
    this.recordStep(ctx, request, AuditAction.READ, 'read');
    return this.view(request);
  }

  /** The person of an open request, under INZAGEVERZOEK; the read names the request (declared basis). */
  async person(ctx: GovernedContext, request: DataSubjectRequestView): Promise<SubjectView | null> {
    if (!request.subjectKey) return null;
    const [view] = await this.subjects.findMany(ctx, [request.subjectKey]);
    if (!view) {
      throw forbidden(
        `Request ${request.reference} is closed: the person can no longer be read under it`,
        `Verzoek ${request.reference} is afgehandeld: de betrokkene kan niet meer op grond daarvan worden ingezien`,
      );
    }
    return view;
  }

  /** One open request, locked for the change; a closed one is refused in plain words. */
  async openRequest(ctx: GovernedContext, id: string): Promise<DataSubjectRequest> {
    const request = await ctx.manager
      .createQueryBuilder(DataSubjectRequest, 'r')
      .setLock('pessimistic_write')
      .where('r.tenant_id = :tenantId AND r.id = :id', { tenantId: ctx.tenantId, id })
      .getOne();
    if (!request) throw notFound('Data-subject request', 'Verzoek van betrokkene', id);
    if (request.state !== DataSubjectRequestState.OPEN) {
      throw conflict(`Request ${request.reference} has already been answered`, `Verzoek ${request.reference} is al afgehandeld`);
    }
    return request;
  }

  view(request: DataSubjectRequest): DataSubjectRequestView {
    const deadlineInForce = request.extendedUntil ?? request.deadline;
    const left = daysLeft(deadlineInForce, dutchToday(this.clock.now()));
    return {
      id: request.id,
      reference: request.reference,
      kind: request.kind,
      receivedOn: request.receivedOn,
      identityVerification: request.identityVerification,
      identityNote: request.identityNote,
      subjectKey: request.subjectId,
      deadline: request.deadline,
      extendedUntil: request.extendedUntil,
      extensionReason: request.extensionReason,
      deadlineInForce,
      daysLeft: left,
      overdue: request.state === DataSubjectRequestState.OPEN && left < 0,
      state: request.state,
      answer: request.answer,
      answeredAt: request.answeredAt,
    };
  }

  private recordStep(ctx: GovernedContext, request: DataSubjectRequest, action: AuditAction, what: string): void {
    ctx.record({
      action,
      resourceType: DATA_SUBJECT_REQUEST,
      resourceId: request.id,
      subjectKeys: request.subjectId ? [request.subjectId] : [],
      legalBasis: REQUEST_ARTICLE[request.kind],
      reason: `${requestReason(request.reference)} ${what}`,
    });
  }

  private require(ctx: GovernedContext, action: Action): void {
    if (!ctx.ability.can(action, DATA_SUBJECT_REQUEST)) {
      throw forbidden('Only the privacy officer handles data-subject requests', 'Alleen de privacy officer behandelt verzoeken van betrokkenen');
    }
  }
}
