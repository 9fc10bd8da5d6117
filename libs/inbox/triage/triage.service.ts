import { Injectable } from '@nestjs/common';
import { currentRole } from '@vangrail/case-tables/access/case-access';
import { CaseIntake } from '@vangrail/case-tables/cases/case-intake';
import { TableRole } from '@vangrail/case-tables/tables/entities/case-table-member.entity';
import { forbidden } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { Signal } from '@vangrail/signals/entities/signal.entity';
import { SignalSubject } from '@vangrail/signals/entities/signal-subject.entity';
import { linkSubjects, SubjectLink, SubjectLinkKind } from '@vangrail/subjects';
import { dateEn, dateNl, NotificationKind, notify } from '@vangrail/notifications';
import { assertDeliveryTransition, DELIVERY_STATE_LABEL } from '../delivery-state';
import { DeclineDeliveryInput, DeliveryView, EscalateDeliveryInput } from '../dto/delivery.types';
import { Delivery, DeliveryState } from '../entities/delivery.entity';
import { DELIVERY } from '../inbox.policy';
import { InboxService } from '../inbox.service';

/** Triage decisions on a delivery: each a checked state transition, recorded in the audit trail. */
@Injectable()
export class TriageService {
  constructor(
    private readonly inbox: InboxService,
    private readonly caseIntake: CaseIntake,
  ) {}

  async startTriage(ctx: GovernedContext, deliveryId: string): Promise<DeliveryView> {
    return this.decide(ctx, deliveryId, DeliveryState.IN_TRIAGE, { assignedUserId: ctx.user.id });
  }

  /** Accepting makes the subject "known" to this discipline for hit / no-hit, with the accepting inspector as contact. */
  async accept(ctx: GovernedContext, deliveryId: string): Promise<DeliveryView> {
    return this.decide(ctx, deliveryId, DeliveryState.ACCEPTED, {}, async (delivery) => {
      const subjects = await ctx.manager.findBy(SignalSubject, { tenantId: ctx.tenantId, signalId: delivery.signalId });
      await linkSubjects(ctx.manager, ctx.tenantId, subjects.map((s) => s.subjectId), {
        kind: SubjectLinkKind.ACCEPTED_DELIVERY,
        contextId: delivery.id,
        userId: ctx.user.id,
        disciplines: [delivery.discipline],
      });
    });
  }

  /** Declining ends the discipline's access to the subjects through this delivery. */
  async decline(ctx: GovernedContext, input: DeclineDeliveryInput): Promise<DeliveryView> {
    return this.decide(ctx, input.deliveryId, DeliveryState.DECLINED, { declineReason: input.reason.trim() }, async (delivery) => {
      await ctx.manager.update(SubjectLink, { tenantId: ctx.tenantId, contextId: delivery.id, kind: SubjectLinkKind.DELIVERY }, { active: false });
    });
  }

  /**
   * Turns the delivery into a case at the chosen case table (state AANGEMELD, signal linked), or
   * links it to that table's open case about the same main subject.
   */
  async escalate(ctx: GovernedContext, input: EscalateDeliveryInput): Promise<DeliveryView> {
    return this.decide(ctx, input.deliveryId, DeliveryState.ESCALATED, {}, async (delivery) => {
      // Only to a table the inspector sits at: escalation must not seat a discipline at a table uninvited.
      const role = await currentRole(ctx.manager, ctx.tenantId, input.caseTableId, ctx.user.id);
      // A guest is invited for one agenda item, not to bring cases to the table.
      if (!role || role === TableRole.GUEST) {
        throw forbidden(
          'You can only escalate to a case table you are a member of',
          'U kunt alleen doorzetten naar een casustafel waarvan u lid bent',
        );
      }
      const signal = await ctx.manager.findOneByOrFail(Signal, { tenantId: ctx.tenantId, id: delivery.signalId });
      const subjects = await ctx.manager.findBy(SignalSubject, { tenantId: ctx.tenantId, signalId: delivery.signalId });
      const mainFirst = [...subjects].sort((a, b) => Number(b.role === 'HOOFDBETROKKENE') - Number(a.role === 'HOOFDBETROKKENE'));
      const result = await this.caseIntake.registerFromEscalation(ctx.manager, ctx.tenantId, {
        caseTableId: input.caseTableId,
        title: input.title ?? `Signaal ${signal.category.toLowerCase().replace(/_/g, ' ')}`,
        subjects: mainFirst.map((s) => ({ subjectId: s.subjectId, role: s.role })),
        discipline: delivery.discipline,
        registeredByUserId: ctx.user.id,
        signalId: delivery.signalId,
        deliveryId: delivery.id,
      });
      delivery.caseId = result.caseId;
      await ctx.manager.update(Delivery, { tenantId: ctx.tenantId, id: delivery.id }, { caseId: result.caseId });
      ctx.record({
        action: result.created ? AuditAction.CREATE : AuditAction.UPDATE,
        resourceType: 'Case',
        resourceId: result.caseId,
        subjectKeys: subjects.map((s) => s.subjectId),
        reason: `delivery escalated to case ${result.reference}${result.created ? '' : ' (linked to the open case)'}`,
      });
    });
  }

  /** Loads with a row lock, checks the transition, applies it, runs the side effects, records it. */
  async decide(
    ctx: GovernedContext,
    deliveryId: string,
    to: DeliveryState,
    changes: Partial<Delivery>,
    effects?: (delivery: Delivery) => Promise<void>,
  ): Promise<DeliveryView> {
    const delivery = await this.inbox.load(ctx, deliveryId, true);
    const signal = await ctx.manager.findOneByOrFail(Signal, { tenantId: ctx.tenantId, id: delivery.signalId });
    if (signal.reporterUserId === ctx.user.id) {
      throw forbidden(
        'You reported this signal yourself; a colleague of your discipline triages it',
        'U hebt dit signaal zelf gemeld; een collega van uw discipline beoordeelt het',
      );
    }
    assertDeliveryTransition(delivery.state, to);
    const decided = to === DeliveryState.IN_TRIAGE ? {} : { decidedByUserId: ctx.user.id, decidedAt: new Date() };
    Object.assign(delivery, changes, decided, { state: to });
    await ctx.manager.update(Delivery, { tenantId: ctx.tenantId, id: delivery.id }, { ...changes, ...decided, state: to });
    if (effects) await effects(delivery);
    if (to !== DeliveryState.IN_TRIAGE) await tellReporter(ctx, signal, delivery, to);
    ctx.record({ action: AuditAction.UPDATE, resourceType: DELIVERY, resourceId: delivery.id, reason: `delivery ${to}` });
    return this.inbox.findOne(ctx, delivery.id);
  }
}

/** The reporter learns what became of their signal, never why or what the discipline knows. */
async function tellReporter(ctx: GovernedContext, signal: Signal, delivery: Delivery, to: DeliveryState): Promise<void> {
  const label = DELIVERY_STATE_LABEL[to];
  await notify(ctx.manager, [
    {
      tenantId: ctx.tenantId,
      kind: NotificationKind.SIGNAL_DECIDED,
      recipientUserId: signal.reporterUserId,
      signalId: signal.id,
      message: `Your signal of ${dateEn(signal.createdAt)} was ${label.en} by ${delivery.discipline}.`,
      messageNl: `Uw signaal van ${dateNl(signal.createdAt)} is door ${delivery.discipline} ${label.nl}.`,
      dedupeKey: `signal-decided:${delivery.id}:${to}`,
    },
  ]);
}
