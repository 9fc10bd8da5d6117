import { Injectable } from '@nestjs/common';
import { RateLimiter } from '@vangrail/auth';
import { badInput, decodeCursor, notFound, PageArgs, pageOf, pageSize } from '@vangrail/core';
import { AuditAction, DataCategory, GovernedContext, PiiCrypto } from '@vangrail/privacy';
import { Subject, SubjectInput, SubjectRegistry, SubjectsService } from '@vangrail/subjects';
import { KnownInvolvement, SignalPage, SignalView } from './dto/signal.type';
import { Signal } from './entities/signal.entity';
import { SignalSubject } from './entities/signal-subject.entity';
import { KnownElsewhere } from './known-elsewhere';
import { reporterView, reporterViewUnderRestriction, withRoles } from './signal-view';
import { SIGNAL, SIGNAL_SQL } from './signals.policy';

/** Reads of signals by their reporter, and the hit / no-hit lookup. */
@Injectable()
export class SignalsService {
  constructor(
    private readonly subjects: SubjectsService,
    private readonly registry: SubjectRegistry,
    private readonly knownElsewhereLookup: KnownElsewhere,
    private readonly crypto: PiiCrypto,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async findOne(ctx: GovernedContext, id: string): Promise<SignalView> {
    const [view] = await this.list(ctx, { ids: [id], limit: 1 });
    if (!view) throw notFound('Signal', 'Signaal', id);
    return view;
  }

  /** The caller's own signals, newest first, filtered in SQL by the ability. */
  async list(ctx: GovernedContext, options: { ids?: string[]; limit: number }): Promise<SignalView[]> {
    const filter = ctx.filter(SIGNAL, SIGNAL_SQL);
    const query = ctx.manager.createQueryBuilder(Signal, 's').where(filter.sql, filter.params).orderBy('s.created_at', 'DESC').limit(options.limit);
    if (options.ids) query.andWhere('s.id = ANY(:ids)', { ids: options.ids });
    return this.views(ctx, await query.getMany());
  }

  /**
   * A page of the caller's own signals, newest first (keyset on created_at, id, so a signal
   * registered meanwhile never shifts a page). `awaitingDecision`: only those some discipline has
   * not decided on yet (or still on the routing queue).
   */
  async page(ctx: GovernedContext, args: PageArgs, awaitingDecision = false): Promise<SignalPage> {
    const filter = ctx.filter(SIGNAL, SIGNAL_SQL);
    const first = pageSize(args);
    const matching = () => {
      const query = ctx.manager.createQueryBuilder(Signal, 's').where(filter.sql, filter.params);
      if (awaitingDecision) {
        query.andWhere(
          `(s.routed_at IS NULL OR EXISTS (SELECT 1 FROM delivery w WHERE w.tenant_id = s.tenant_id AND w.signal_id = s.id AND w.state IN ('NEW', 'IN_TRIAGE')))`,
        );
      }
      return query;
    };
    const query = matching().addSelect('s.created_at::text', 'page_created').orderBy('s.created_at', 'DESC').addOrderBy('s.id', 'DESC').limit(first + 1);
    if (args.after) {
      const [created, id] = decodeCursor(args.after, 2);
      query.andWhere('(s.created_at, s.id) < (:afterCreated::timestamptz, :afterId)', { afterCreated: String(created), afterId: id });
    }
    const { entities, raw } = await query.getRawAndEntities<{ page_created: string }>();
    const rows = entities.map((signal, index) => ({ signal, created: raw[index].page_created }));
    const { rows: pageRows, pageInfo } = pageOf(rows, first, (row) => [row.created, row.signal.id]);
    return { items: await this.views(ctx, pageRows.map((row) => row.signal)), pageInfo, totalCount: await matching().getCount() };
  }

  /** The reporter's view of each signal, audited per signal. */
  private async views(ctx: GovernedContext, signals: Signal[]): Promise<SignalView[]> {
    if (signals.length === 0) return [];
    const links = await ctx.manager
      .createQueryBuilder(SignalSubject, 'ss')
      .where('ss.signal_id = ANY(:ids)', { ids: signals.map((s) => s.id) })
      .getMany();
    const views = await this.subjects.findMany(ctx, [...new Set(links.map((l) => l.subjectId))]);
    return signals.map((signal) => {
      const own = links.filter((l) => l.signalId === signal.id);
      if (ctx.restricted(own.map((l) => l.subjectId)).length) {
        ctx.record({
          action: AuditAction.READ,
          resourceType: SIGNAL,
          resourceId: signal.id,
          subjectKeys: own.map((l) => l.subjectId),
          despiteRestriction: 'shown to its reporter only as existing (and held), without description or persons (AVG art. 18)',
        });
        return reporterViewUnderRestriction(signal, own.length);
      }
      ctx.record({
        action: AuditAction.READ,
        resourceType: SIGNAL,
        resourceId: signal.id,
        dataCategories: signal.dataCategories as DataCategory[],
        subjectKeys: links.filter((l) => l.signalId === signal.id).map((l) => l.subjectId),
      });
      return reporterView(signal, withRoles(links.filter((link) => link.signalId === signal.id), views), this.crypto);
    });
  }

  /**
   * Hit / no-hit for a subject the caller names; looks up, never registers. A person is matched on
   * the BSN and on the address given with them. An empty question is refused rather than answered
   * with an empty list, which would read as a no-hit.
   */
  async knownElsewhere(ctx: GovernedContext, input: SubjectInput): Promise<KnownInvolvement[]> {
    // Refused lookups are audited as DENIED (the governed path), so a burst shows in the audit trail.
    await this.rateLimiter.checkLookup(ctx.user);
    const given = [input.person, input.address, input.organisation].filter(Boolean).length;
    if (given !== 1) {
      throw badInput('subject', 'Give exactly one of person, address or organisation to look up', 'Geef precies één van persoon, adres of organisatie op om na te gaan');
    }
    if (input.person && !input.person.bsn && !input.person.address) {
      throw badInput(
        'subject.person',
        'A person is looked up by BSN or address; a name alone cannot be matched',
        'Een persoon zoekt u op BSN of adres; op alleen een naam kan niet worden gezocht',
      );
    }
    const keys: { input: SubjectInput; field: string }[] = [];
    if (input.person?.bsn) keys.push({ input: { person: { bsn: input.person.bsn } }, field: 'subject' });
    if (input.person?.address) keys.push({ input: { address: input.person.address }, field: 'subject.person' });
    if (input.address || input.organisation) keys.push({ input, field: 'subject' });
    const found: Subject[] = [];
    for (const key of keys) {
      const subject = await this.registry.find(ctx.manager, ctx.tenantId, key.input, key.field);
      if (subject) found.push(subject);
    }
    return (await this.knownElsewhereLookup.lookup(ctx, found, ctx.user.discipline, found[0]?.id ?? null)).answer;
  }

}
