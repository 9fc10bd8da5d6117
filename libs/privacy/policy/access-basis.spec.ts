import type { EntityManager } from 'typeorm';
import { Discipline, PlatformRole, RequestContext } from '@vangrail/core';
import { AuditAction } from '../audit/audit-event.entity';
import { Purpose } from '../purpose';
import { allow, AppAbilityBuilder, RuleInput } from './ability';
import { AbilityFactory } from './ability.factory';
import { GovernedContext } from './governed-context';

const user = { id: 'u1', tenantId: 't1', tenantSlug: 'demodam', username: 'privacy.ivo', displayName: 'Ivo', discipline: null as Discipline | null, roles: [PlatformRole.PRIVACY_OFFICER] };
const policy = { kind: 'governed' as const, resource: 'Subject', action: AuditAction.READ, purposes: [Purpose.INZAGEVERZOEK] };

async function contextWith(contribute: (builder: AppAbilityBuilder, input: RuleInput) => void): Promise<GovernedContext> {
  const factory = new AbilityFactory();
  factory.register({ contribute });
  const manager = {} as EntityManager;
  const ability = await factory.build({ user, purpose: Purpose.INZAGEVERZOEK, manager });
  return new GovernedContext(new RequestContext({ requestId: 'r1' }), user, Purpose.INZAGEVERZOEK, policy, ability, manager);
}

describe('An access allowed because of a request or grant names it in the audit trail', () => {
  it('writes the declared basis into the events about that subject or resource, over their own ground, and nowhere else', async () => {
    const ctx = await contextWith((builder, { declareBasis }) => {
      declareBasis('subject-1', { legalBasis: 'AVG art. 15 (recht op inzage)', reason: 'data-subject request AVG-2026-0007' });
      allow(builder, 'read', 'Subject', undefined, { id: { $in: ['subject-1'] } });
    });
    ctx.record({ resourceId: 'subject-1', subjectKeys: ['subject-1'] });
    ctx.record({ resourceId: 'other', subjectKeys: ['subject-2'] });
    ctx.record({ subjectKeys: ['subject-1'], reason: 'its own reason', legalBasis: 'Convenant casustafel, art. 5' });
    const [named, unrelated, own] = ctx.recorded();
    expect(named).toMatchObject({ legalBasis: 'AVG art. 15 (recht op inzage)', reason: 'data-subject request AVG-2026-0007' });
    expect(unrelated).toMatchObject({ legalBasis: null, reason: null });
    expect(own).toMatchObject({ legalBasis: 'AVG art. 15 (recht op inzage)', reason: 'its own reason; data-subject request AVG-2026-0007' });
  });

  it('leaves events alone when no rule declared a basis', async () => {
    const ctx = await contextWith((builder) => allow(builder, 'read', 'Subject', undefined));
    ctx.record({ resourceId: 'subject-1', subjectKeys: ['subject-1'] });
    expect(ctx.recorded()[0]).toMatchObject({ legalBasis: null, reason: null });
  });
});
