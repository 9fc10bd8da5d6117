import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { Discipline } from '@vangrail/core';
import { User } from '@vangrail/tenancy';

/** A professional as shown at a case table: who wrote, decided, owns or attends. */
@ObjectType()
export class CaseActor {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => Discipline, { nullable: true }) discipline!: Discipline | null;
}

/** Loads the named professionals in one query. */
export async function actorsOf(manager: EntityManager, tenantId: string, userIds: (string | null | undefined)[]): Promise<Map<string, CaseActor>> {
  const ids = [...new Set(userIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return new Map();
  const users = await manager
    .createQueryBuilder(User, 'u')
    .where('u.tenant_id = :tenantId AND u.id = ANY(:ids)', { tenantId, ids })
    .getMany();
  return new Map(users.map((u) => [u.id, { id: u.id, displayName: u.displayName, discipline: u.discipline }]));
}

/** For a row whose user is gone (erased), so the timeline still reads. */
export function actorOrUnknown(actors: Map<string, CaseActor>, id: string | null): CaseActor | null {
  if (!id) return null;
  return actors.get(id) ?? { id, displayName: 'unknown user', discipline: null };
}
