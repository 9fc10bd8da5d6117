import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DEFAULT_PAGE_SIZE, decodeCursor, notFound, PageArgs, pageOf } from '@vangrail/core';
import { AuditAction, GovernedContext, PiiCrypto } from '@vangrail/privacy';
import { Signal } from '@vangrail/signals/entities/signal.entity';
import { SignalSubject } from '@vangrail/signals/entities/signal-subject.entity';
import { withRoles } from '@vangrail/signals/signal-view';
import { SubjectsService } from '@vangrail/subjects';
import { deliveryView, subjectsNoLongerShown } from './delivery-view';
import { DeadlineBand, DeliveryView, InboxFilter, InboxPage } from './dto/delivery.types';
import { Delivery, DeliveryState } from './entities/delivery.entity';
import { DELIVERY, DELIVERY_SQL } from './inbox.policy';

/** 0 for open work (new, in triage), 1 for finished: open work sorts first. */
const OPEN = `(CASE WHEN d.state IN ('${DeliveryState.NEW}', '${DeliveryState.IN_TRIAGE}') THEN 0 ELSE 1 END)`;
/** The deadline passed (the overdue job may not have marked it yet). */
const OVERDUE = '(d.overdue_at IS NOT NULL OR d.triage_deadline <= now())';
/** Due within the next 24 hours and not yet passed. */
const DUE_SOON = "(d.overdue_at IS NULL AND d.triage_deadline > now() AND d.triage_deadline <= now() + interval '24 hours')";

/** The inbox of a discipline: filtered in SQL by the ability, minimised per delivery, audited per item. */
@Injectable()
export class InboxService {
  constructor(
    private readonly subjects: SubjectsService,
    private readonly crypto: PiiCrypto,
  ) {}

  /**
   * One page of the discipline's inbox: open work (new, in triage) first, then — on request — the
   * finished items, each group by triage deadline. Keyset paging on (open, deadline, id), so pages
   * neither skip nor repeat while new signals arrive.
   */
  async inbox(ctx: GovernedContext, filter: InboxFilter, page: PageArgs = {}): Promise<InboxPage> {
    const access = ctx.filter(DELIVERY, DELIVERY_SQL);
    const first = page.first ?? filter.limit ?? DEFAULT_PAGE_SIZE;
    const matching = () => {
      const query = ctx.manager.createQueryBuilder(Delivery, 'd').where(access.sql, access.params);
      if (filter.states?.length) query.andWhere('d.state = ANY(:states)', { states: filter.states });
      else if (!filter.includeFinished) query.andWhere(`${OPEN} = 0`);
      if (filter.urgencies?.length) query.andWhere('d.urgency = ANY(:urgencies)', { urgencies: filter.urgencies });
      const band = filter.overdueOnly ? DeadlineBand.OVERDUE : filter.deadline;
      if (band === DeadlineBand.OVERDUE) query.andWhere(`${OPEN} = 0 AND ${OVERDUE}`);
      if (band === DeadlineBand.DUE_SOON) query.andWhere(`${OPEN} = 0 AND ${DUE_SOON}`);
      return query;
    };
    const query = matching()
      .addSelect(OPEN, 'page_open')
      .addSelect('d.triage_deadline::text', 'page_deadline')
      .orderBy(OPEN, 'ASC')
      .addOrderBy('d.triage_deadline', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(first + 1);
    if (page.after) {
      const [open, deadline, id] = decodeCursor(page.after, 3);
      query.andWhere(`(${OPEN}, d.triage_deadline, d.id) > (:afterOpen, :afterDeadline::timestamptz, :afterId)`, {
        afterOpen: Number(open),
        afterDeadline: String(deadline),
        afterId: id,
      });
    }
    const { entities, raw } = await query.getRawAndEntities<{ page_open: number; page_deadline: string }>();
    const rows = entities.map((delivery, index) => ({ delivery, open: raw[index].page_open, deadline: raw[index].page_deadline }));
    const { rows: pageRows, pageInfo } = pageOf(rows, first, (row) => [row.open, row.deadline, row.delivery.id]);
    const totalCount = await matching().getCount();
    const counts = (await ctx.manager
      .createQueryBuilder(Delivery, 'd')
      .select('d.state', 'state')
      .addSelect('count(*)::int', 'count')
      .addSelect(`count(*) FILTER (WHERE ${OPEN} = 0 AND ${OVERDUE})::int`, 'overdue')
      .addSelect(`count(*) FILTER (WHERE ${OPEN} = 0 AND ${DUE_SOON})::int`, 'due_soon')
      .where(access.sql, access.params)
      .groupBy('d.state')
      .getRawMany()) as { state: DeliveryState; count: number; overdue: number; due_soon: number }[];
    const overdue = counts.reduce((sum, row) => sum + row.overdue, 0);
    return {
      items: await this.views(ctx, await this.withoutRestricted(ctx, pageRows.map((row) => row.delivery))),
      pageInfo,
      totalCount,
      counts: counts.map(({ state, count }) => ({ state, count })),
      deadlines: { overdue, dueSoon: counts.reduce((sum, row) => sum + row.due_soon, 0) },
      overdue,
    };
  }

  /**
   * Art. 18: a delivery naming a person under restriction is left out of the list (the counts still
   * include it); opening it is refused with RESTRICTED when it is recorded.
   */
  private async withoutRestricted(ctx: GovernedContext, deliveries: Delivery[]): Promise<Delivery[]> {
    if (deliveries.length === 0) return deliveries;
    const links = await ctx.manager.findBy(SignalSubject, { tenantId: ctx.tenantId, signalId: In([...new Set(deliveries.map((d) => d.signalId))]) });
    const held = new Set(links.filter((link) => ctx.restricted([link.subjectId]).length).map((link) => link.signalId));
    return held.size ? deliveries.filter((delivery) => !held.has(delivery.signalId)) : deliveries;
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
