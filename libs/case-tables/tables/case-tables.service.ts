import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, conflict, Discipline, forbidden, notFound, PlatformRole } from '@vangrail/core';
import { AuditAction, GovernedContext, Purpose } from '@vangrail/privacy';
import { User } from '@vangrail/tenancy';
import { canOn } from '../access/ability-check';
import { requireReadableTable } from '../access/case-access';
import { CURRENT_MEMBERSHIP_SQL } from '../access/case-table-access';
import { buildVisibilityMatrix } from '../access/visibility';
import { CASE_TABLE, CASE_TABLE_MEMBER, CASE_TABLE_SQL } from '../case-tables.policy';
import { MeetingViews } from '../meetings/meeting-views';
import { actorOrUnknown, actorsOf } from '../shared/case-actor';
import { AddMemberInput, CreateCaseTableInput, RemoveMemberInput, TABLE_PURPOSES } from './dto/case-table.inputs';
import { CaseTableMemberView, CaseTableView } from './dto/case-table.types';
import { CaseTableMember, TABLE_ROLE_LABEL, TableRole } from './entities/case-table-member.entity';
import { CaseTable } from './entities/case-table.entity';

/**
 * Case tables and their members. The functional administrator (BEHEER) manages them and sees no
 * case content; the chair (CASUSOVERLEG) may add and remove guests of their own table.
 */
@Injectable()
export class CaseTablesService {
  constructor(private readonly meetings: MeetingViews) {}

  async list(ctx: GovernedContext): Promise<CaseTableView[]> {
    const filter = ctx.filter(CASE_TABLE, CASE_TABLE_SQL);
    const tables = await ctx.manager.createQueryBuilder(CaseTable, 't').where(filter.sql, filter.params).orderBy('t.name', 'ASC').getMany();
    ctx.record({ action: AuditAction.SEARCH, reason: `${tables.length} case tables listed` });
    return this.views(ctx, tables);
  }

  async findOne(ctx: GovernedContext, id: string): Promise<CaseTableView> {
    const [view] = await this.views(ctx, [await requireReadableTable(ctx, id)]);
    ctx.record({ resourceId: id });
    return view;
  }

  async create(ctx: GovernedContext, input: CreateCaseTableInput): Promise<CaseTableView> {
    if (!ctx.ability.can('create', CASE_TABLE)) {
      throw forbidden('Only the functional administrator creates case tables', 'Alleen de functioneel beheerder maakt casustafels aan');
    }
    const visibility = buildVisibilityMatrix(input.visibility);
    const exists = await ctx.manager.getRepository(CaseTable).existsBy({ tenantId: ctx.tenantId, name: input.name.trim() });
    if (exists) throw conflict(`A case table named "${input.name.trim()}" already exists`, `Er bestaat al een casustafel met de naam "${input.name.trim()}"`);
    const table = Object.assign(new CaseTable(), {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      name: input.name.trim(),
      kind: input.kind,
      legalBasis: input.legalBasis.trim(),
      purposes: input.purposes?.length ? input.purposes : [...TABLE_PURPOSES],
      visibility,
      retentionMonths: input.retentionMonths,
    });
    await ctx.manager.insert(CaseTable, table);
    ctx.record({ resourceId: table.id });
    const [view] = await this.views(ctx, [table]);
    return view;
  }

  async addMember(ctx: GovernedContext, input: AddMemberInput): Promise<CaseTableMemberView> {
    const table = await this.requireMemberAdministration(ctx, input.caseTableId, input.role);
    const user = await ctx.manager.getRepository(User).findOneBy({ tenantId: ctx.tenantId, id: input.userId });
    if (!user || user.disabledAt || !user.roles.includes(PlatformRole.PROFESSIONAL)) {
      throw badInput('input.userId', 'Only an active professional can sit at a case table', 'Alleen een actieve professional kan aan een casustafel deelnemen');
    }
    if (input.role === TableRole.MEMBER && !user.discipline) {
      throw badInput('input.role', 'A member needs a discipline (it decides what they may see); make them chair, case director or guest', 'Een lid heeft een discipline nodig (die bepaalt wat het lid mag zien); maak hem of haar voorzitter, casusregisseur of gast');
    }
    const validFrom = input.validFrom ?? new Date();
    if (input.validUntil && input.validUntil <= validFrom) {
      throw badInput('input.validUntil', 'The end of the membership must lie after its start', 'Het einde van het lidmaatschap moet na het begin liggen');
    }
    const existing = await ctx.manager
      .createQueryBuilder(CaseTableMember, 'm')
      .where('m.tenant_id = :tenantId AND m.case_table_id = :tableId AND m.user_id = :userId AND m.removed_at IS NULL', {
        tenantId: ctx.tenantId,
        tableId: table.id,
        userId: user.id,
      })
      .getOne();
    if (existing) {
      const role = TABLE_ROLE_LABEL[existing.role];
      throw conflict(`${user.displayName} is already at this table as ${role.en}; remove them first to change the role`, `${user.displayName} zit al aan deze tafel als ${role.nl}; verwijder eerst om de rol te wijzigen`);
    }
    const member = Object.assign(new CaseTableMember(), {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      caseTableId: table.id,
      userId: user.id,
      role: input.role,
      validFrom,
      validUntil: input.validUntil ?? null,
      removedAt: null,
    });
    await ctx.manager.insert(CaseTableMember, member);
    ctx.record({ action: AuditAction.CREATE, resourceType: CASE_TABLE_MEMBER, resourceId: member.id, reason: `${input.role} added to case table ${table.id}` });
    return this.memberView(member, { id: user.id, displayName: user.displayName, discipline: user.discipline as Discipline | null });
  }

  async removeMember(ctx: GovernedContext, input: RemoveMemberInput): Promise<CaseTableMemberView> {
    const member = await ctx.manager
      .createQueryBuilder(CaseTableMember, 'm')
      .where('m.tenant_id = :tenantId AND m.case_table_id = :tableId AND m.user_id = :userId AND m.removed_at IS NULL', {
        tenantId: ctx.tenantId,
        tableId: input.caseTableId,
        userId: input.userId,
      })
      .getOne();
    await this.requireMemberAdministration(ctx, input.caseTableId, member?.role ?? TableRole.GUEST);
    if (!member) throw notFound('Membership', 'Lidmaatschap');
    if (member.role === TableRole.CHAIR) {
      const chairs = (await ctx.manager.query(
        `SELECT count(*)::int AS n FROM case_table_member m WHERE m.tenant_id = $1 AND m.case_table_id = $2 AND m.role = 'CHAIR' AND m.removed_at IS NULL`,
        [ctx.tenantId, input.caseTableId],
      )) as { n: number }[];
      if (chairs[0].n <= 1) throw conflict('A case table keeps at least one chair; add the new chair first', 'Een casustafel houdt ten minste één voorzitter; voeg eerst de nieuwe voorzitter toe');
    }
    // The row stays as history; a membership that had started ends now.
    const [updated] = (await ctx.manager.query(
      `UPDATE case_table_member
          SET removed_at = now(), updated_at = now(),
              valid_until = CASE WHEN valid_from < now() THEN LEAST(COALESCE(valid_until, now()), now()) ELSE valid_until END
        WHERE tenant_id = $1 AND id = $2
        RETURNING valid_until`,
      [ctx.tenantId, member.id],
    )) as [{ valid_until: Date | null }[], number];
    member.removedAt = new Date();
    member.validUntil = updated[0]?.valid_until ?? member.validUntil;
    ctx.record({ action: AuditAction.UPDATE, resourceType: CASE_TABLE_MEMBER, resourceId: member.id, reason: `${member.role} removed from case table ${input.caseTableId}` });
    const actors = await actorsOf(ctx.manager, ctx.tenantId, [member.userId]);
    return this.memberView(member, actorOrUnknown(actors, member.userId)!);
  }

  /** The administrator manages every membership; a chair only the guests of their own table. */
  private async requireMemberAdministration(ctx: GovernedContext, caseTableId: string, role: TableRole): Promise<CaseTable> {
    const table = await requireReadableTable(ctx, caseTableId);
    const administers = canOn(ctx.ability, 'manage', CASE_TABLE, { id: table.id, tenantId: table.tenantId });
    const chairsGuests = role === TableRole.GUEST && canOn(ctx.ability, 'update', CASE_TABLE, { id: table.id, tenantId: table.tenantId });
    if (!administers && !chairsGuests) {
      throw forbidden(
        'Only the functional administrator manages members; the chair may invite and remove guests',
        'Alleen de functioneel beheerder beheert leden; de voorzitter mag gasten uitnodigen en verwijderen',
      );
    }
    return table;
  }

  private async views(ctx: GovernedContext, tables: CaseTable[]): Promise<CaseTableView[]> {
    if (tables.length === 0) return [];
    const tableIds = tables.map((t) => t.id);
    const members = await ctx.manager
      .createQueryBuilder(CaseTableMember, 'm')
      .where('m.tenant_id = :tenantId AND m.case_table_id = ANY(:tableIds)', { tenantId: ctx.tenantId, tableIds })
      .orderBy('m.valid_from', 'ASC')
      .getMany();
    const current = new Set(
      (
        (await ctx.manager.query(`SELECT m.id FROM case_table_member m WHERE m.tenant_id = $1 AND m.case_table_id = ANY($2) AND ${CURRENT_MEMBERSHIP_SQL}`, [
          ctx.tenantId,
          tableIds,
        ])) as { id: string }[]
      ).map((r) => r.id),
    );
    const actors = await actorsOf(ctx.manager, ctx.tenantId, members.map((m) => m.userId));
    // Table administration sees no case content, so no meetings or agendas (BEHEER).
    const meetings = ctx.purpose === Purpose.BEHEER ? null : await this.meetings.forTables(ctx, tableIds);
    const myRoles = new Map(members.filter((m) => m.userId === ctx.user.id && current.has(m.id)).map((m) => [m.caseTableId, m.role]));
    return tables.map((table) => ({
      id: table.id,
      name: table.name,
      kind: table.kind,
      legalBasis: table.legalBasis,
      purposes: table.purposes,
      visibility: Object.values(Discipline).map((discipline) => ({ discipline, categories: table.visibility[discipline] ?? [] })),
      retentionMonths: table.retentionMonths,
      members: members
        .filter((m) => m.caseTableId === table.id && !m.removedAt)
        .map((m) => this.memberView(m, actorOrUnknown(actors, m.userId)!, current.has(m.id))),
      myRole: myRoles.get(table.id) ?? null,
      meetings: meetings ? (meetings.get(table.id) ?? []) : null,
    }));
  }

  private memberView(member: CaseTableMember, user: CaseTableMemberView['user'], current?: boolean): CaseTableMemberView {
    const now = new Date();
    return {
      id: member.id,
      user,
      role: member.role,
      validFrom: member.validFrom,
      validUntil: member.validUntil,
      current: current ?? (!member.removedAt && member.validFrom <= now && (!member.validUntil || member.validUntil > now)),
    };
  }
}
