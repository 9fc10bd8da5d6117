import { Injectable } from '@nestjs/common';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
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
  async list(ctx: GovernedContext, filter: CaseFilter): Promise<CasePage> {
    const acl = ctx.filter(CASE, CASE_SQL);
    const query = ctx.manager.createQueryBuilder(Case, 'c').where('c.tenant_id = :tenantId', { tenantId: ctx.tenantId }).andWhere(acl.sql, acl.params);
    if (filter.caseTableId) query.andWhere('c.case_table_id = :caseTableId', { caseTableId: filter.caseTableId });
    if (filter.states?.length) query.andWhere('c.state = ANY(:states)', { states: filter.states });
    const search = filter.search?.trim();
    // Titles are neutral (no names or numbers of persons), so searching them reveals nothing the list does not.
    if (search) query.andWhere(`(c.reference ILIKE :search ESCAPE '\\' OR c.title ILIKE :search ESCAPE '\\')`, { search: `%${escapeLike(search)}%` });
    const total = await query.getCount();
    const cases = await query.orderBy('c.updated_at', 'DESC').addOrderBy('c.id', 'ASC').offset(filter.offset).limit(filter.limit).getMany();
    ctx.record({ action: AuditAction.SEARCH, reason: `${cases.length} of ${total} cases listed` });
    return { items: await caseSummaries(ctx.manager, ctx.tenantId, cases), total };
  }
}
