import { Injectable } from '@nestjs/common';
import { badInput } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { SubjectInput, SubjectRegistry } from '@vangrail/subjects';
import { CASE, CASE_SQL } from '../case-tables.policy';
import { caseSummaries } from './case-summaries';
import { CaseFilter } from './dto/case.inputs';
import { CasePage } from './dto/case.types';
import { Case } from './entities/case.entity';

/** The text as a literal inside an ILIKE pattern. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Lists the cases the caller may see, filtered in SQL: page sizes and totals never reveal hidden cases. */
@Injectable()
export class CaseList {
  constructor(private readonly registry: SubjectRegistry) {}

  async list(ctx: GovernedContext, filter: CaseFilter): Promise<CasePage> {
    const acl = ctx.filter(CASE, CASE_SQL);
    const query = ctx.manager.createQueryBuilder(Case, 'c').where('c.tenant_id = :tenantId', { tenantId: ctx.tenantId }).andWhere(acl.sql, acl.params);
    if (filter.caseTableId) query.andWhere('c.case_table_id = :caseTableId', { caseTableId: filter.caseTableId });
    if (filter.states?.length) query.andWhere('c.state = ANY(:states)', { states: filter.states });
    const search = filter.search?.trim();
    // Titles are neutral (no names or numbers of persons), so searching them reveals nothing the list does not.
    if (search) query.andWhere(`(c.reference ILIKE :search ESCAPE '\\' OR c.title ILIKE :search ESCAPE '\\')`, { search: `%${escapeLike(search)}%` });
    const about = filter.about ? await this.subjectSearchedFor(ctx, filter.about) : undefined;
    if (about !== undefined) {
      query.andWhere('c.id IN (SELECT cs.case_id FROM case_subject cs WHERE cs.tenant_id = c.tenant_id AND cs.subject_id = :aboutId)', { aboutId: about?.id ?? null });
    }
    const total = await query.getCount();
    const cases = await query.orderBy('c.updated_at', 'DESC').addOrderBy('c.id', 'ASC').offset(filter.offset).limit(filter.limit).getMany();
    // A search by person, address or organisation processes that subject: the privacy officer finds it by the subject.
    ctx.record({
      action: AuditAction.SEARCH,
      subjectKeys: about ? [about.id] : [],
      reason: about !== undefined ? `${cases.length} of ${total} cases listed, searched by ${about ? about.kind.toLowerCase() : 'a subject not registered here'}` : `${cases.length} of ${total} cases listed`,
    });
    return { items: await caseSummaries(ctx.manager, ctx.tenantId, cases), total };
  }

  /** The registered subject a search names (null: not registered, so no case is about it). A person only by BSN. */
  private async subjectSearchedFor(ctx: GovernedContext, about: SubjectInput): Promise<{ id: string; kind: string } | null> {
    const given = [about.person, about.address, about.organisation].filter(Boolean).length;
    if (given !== 1) throw badInput('filter.about', 'Search by exactly one of person, address or organisation', 'Zoek op precies één van persoon, adres of organisatie');
    if (about.person && !about.person.bsn) throw badInput('filter.about.person.bsn', 'Search for a person by BSN', 'Zoek een persoon op BSN');
    const subject = await this.registry.find(ctx.manager, ctx.tenantId, about, 'filter.about');
    return subject ? { id: subject.id, kind: subject.type } : null;
  }
}
