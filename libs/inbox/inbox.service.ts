import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { notFound } from '@vangrail/core';
import { AuditAction, GovernedContext, PiiCrypto } from '@vangrail/privacy';
import { Signal } from '@vangrail/signals/entities/signal.entity';
import { SignalSubject } from '@vangrail/signals/entities/signal-subject.entity';
import { withRoles } from '@vangrail/signals/signal-view';
import { SubjectsService } from '@vangrail/subjects';
import { deliveryView, subjectsNoLongerShown } from './delivery-view';
import { DeliveryView, InboxFilter, InboxPage } from './dto/delivery.types';
import { Delivery, DeliveryState } from './entities/delivery.entity';
import { DELIVERY, DELIVERY_SQL } from './inbox.policy';

/** The inbox of a discipline: filtered in SQL by the ability, minimised per delivery, audited per item. */
@Injectable()
export class InboxService {
  constructor(
    private readonly subjects: SubjectsService,
    private readonly crypto: PiiCrypto,
  ) {}

  async inbox(ctx: GovernedContext, filter: InboxFilter): Promise<InboxPage> {
    const access = ctx.filter(DELIVERY, DELIVERY_SQL);
    const query = ctx.manager.createQueryBuilder(Delivery, 'd').where(access.sql, access.params);
    if (filter.states?.length) query.andWhere('d.state = ANY(:states)', { states: filter.states });
    if (filter.urgencies?.length) query.andWhere('d.urgency = ANY(:urgencies)', { urgencies: filter.urgencies });
    if (filter.overdueOnly) query.andWhere('d.overdue_at IS NOT NULL');
    const deliveries = await query
      .orderBy('d.triage_deadline', 'ASC')
      .limit(filter.limit ?? 50)
      .getMany();
    const counts = (await ctx.manager
      .createQueryBuilder(Delivery, 'd')
      .select('d.state', 'state')
      .addSelect('count(*)::int', 'count')
      .addSelect('count(*) FILTER (WHERE d.overdue_at IS NOT NULL AND d.state IN (:...open))::int', 'overdue')
      .where(access.sql, { ...access.params, open: [DeliveryState.NEW, DeliveryState.IN_TRIAGE] })
      .groupBy('d.state')
      .getRawMany()) as { state: DeliveryState; count: number; overdue: number }[];
    return {
      items: await this.views(ctx, deliveries),
      counts: counts.map(({ state, count }) => ({ state, count })),
      overdue: counts.reduce((sum, row) => sum + row.overdue, 0),
    };
  }

  async findOne(ctx: GovernedContext, id: string): Promise<DeliveryView> {
    const [view] = await this.views(ctx, [await this.load(ctx, id)]);
    return view;
  }

  /** The delivery if the caller's ability allows it (row locked for a decision), else NOT_FOUND. */
  async load(ctx: GovernedContext, id: string, forUpdate = false): Promise<Delivery> {
    const access = ctx.filter(DELIVERY, DELIVERY_SQL, forUpdate ? 'update' : 'read');
    const query = ctx.manager.createQueryBuilder(Delivery, 'd').where('d.id = :id', { id }).andWhere(access.sql, access.params);
    if (forUpdate) query.setLock('pessimistic_write');
    const delivery = await query.getOne();
    if (!delivery) throw notFound('Delivery', 'Doorzetting', id);
    return delivery;
  }

  async views(ctx: GovernedContext, deliveries: Delivery[]): Promise<DeliveryView[]> {
    if (deliveries.length === 0) return [];
    const signalIds = [...new Set(deliveries.map((d) => d.signalId))];
    const signals = await ctx.manager.findBy(Signal, { tenantId: ctx.tenantId, id: In(signalIds) });
    const links = await ctx.manager.findBy(SignalSubject, { tenantId: ctx.tenantId, signalId: In(signalIds) });
    const visible = ctx.visibleCategories('Subject');
    // One after another: the transaction has one connection, and the audit order follows the list.
    const views: DeliveryView[] = [];
    for (const delivery of deliveries) {
      const signal = signals.find((s) => s.id === delivery.signalId)!;
      const own = links.filter((l) => l.signalId === signal.id);
      const subjects = withRoles(own, await this.subjects.findMany(ctx, own.map((l) => l.subjectId), new Set(delivery.allowedCategories)));
      const { view, disclosed } = deliveryView(delivery, signal, subjects, visible, this.crypto);
      const hidden = own.filter((link) => !subjects.some((s) => s.subject.id === link.subjectId)).map((link) => link.subjectId);
      if (hidden.length) view.withheld.push(...subjectsNoLongerShown(delivery, await subjectTypes(ctx, hidden)));
      ctx.record({ action: AuditAction.READ, resourceType: DELIVERY, resourceId: delivery.id, subjectKeys: own.map((l) => l.subjectId), dataCategories: disclosed });
      views.push(view);
    }
    return views;
  }
}

/** Only the kinds of the subjects (no personal data), to say what is withheld. */
async function subjectTypes(ctx: GovernedContext, ids: string[]): Promise<string[]> {
  const rows = (await ctx.manager.query(`SELECT type FROM subject WHERE tenant_id = $1 AND id = ANY($2)`, [ctx.tenantId, ids])) as { type: string }[];
  return rows.map((row) => row.type);
}
