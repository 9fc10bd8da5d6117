import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Discipline } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { Subject } from '@vangrail/subjects';
import { KnownInvolvement } from './dto/signal.type';

export interface Involvement extends KnownInvolvement {
  /** Who to tell that a new signal touches their subject (null: the whole discipline). */
  userId: string | null;
}

/**
 * Hit / no-hit (DOMAIN.md §5): which other disciplines actively work on the same subjects (an
 * accepted delivery or an open case), and how to reach them. Matching is on subject identity,
 * which the registry derives from the BSN blind index, normalised address or KvK number; a
 * person's registered address counts as well. Returns who and how to reach them, never what.
 */
@Injectable()
export class KnownElsewhere {
  async involvements(manager: EntityManager, tenantId: string, subjects: Subject[], excludeDiscipline: string | null): Promise<Involvement[]> {
    const subjectIds = [...new Set(subjects.flatMap((s) => [s.id, ...(s.addressSubjectId ? [s.addressSubjectId] : [])]))];
    if (subjectIds.length === 0) return [];
    const rows = (await manager.query(
      `SELECT l.discipline, l.user_id, min(l.created_at) AS since, min(u.contact) AS contact
         FROM subject_link l
         LEFT JOIN app_user u ON u.tenant_id = l.tenant_id AND u.id = l.user_id
        WHERE l.tenant_id = $1 AND l.subject_id = ANY($2) AND l.active
          AND l.kind IN ('ACCEPTED_DELIVERY', 'CASE') AND l.discipline IS NOT NULL
          AND ($3::text IS NULL OR l.discipline <> $3)
        GROUP BY l.discipline, l.user_id
        ORDER BY l.discipline`,
      [tenantId, subjectIds, excludeDiscipline],
    )) as { discipline: string; user_id: string | null; since: Date; contact: string | null }[];
    return rows.map((row) => ({
      discipline: row.discipline as Discipline,
      userId: row.user_id,
      since: row.since,
      contact: row.contact ?? `${row.discipline} (via de casustafel)`,
    }));
  }

  /** The hit / no-hit answer for these subjects, recorded as a LOOKUP with its outcome. */
  async lookup(
    ctx: GovernedContext,
    subjects: Subject[],
    excludeDiscipline: string | null,
    resourceId: string | null,
  ): Promise<{ involved: Involvement[]; answer: KnownInvolvement[] }> {
    const involved = subjects.length ? await this.involvements(ctx.manager, ctx.tenantId, subjects, excludeDiscipline) : [];
    ctx.record({
      action: AuditAction.LOOKUP,
      resourceType: 'KnownElsewhere',
      resourceId,
      subjectKeys: subjects.map((s) => s.id),
      reason: involved.length ? `hit: ${[...new Set(involved.map((i) => i.discipline))].join(', ')}` : 'no-hit',
    });
    return { involved, answer: onePerContact(involved) };
  }
}

/** One line per discipline and contact person, however many links they have to the subjects. */
function onePerContact(involved: Involvement[]): KnownInvolvement[] {
  const seen = new Map<string, KnownInvolvement>();
  for (const { discipline, contact, since } of involved) {
    const key = `${discipline}|${contact}`;
    if (!seen.has(key)) seen.set(key, { discipline, contact, since });
  }
  return [...seen.values()];
}
