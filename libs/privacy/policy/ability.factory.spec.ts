import { subject } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@vangrail/core';
import { Purpose } from '../purpose';
import { allow } from './ability';
import { AbilityFactory } from './ability.factory';

const user = { id: 'u1', tenantId: 'tenant-a', roles: [], discipline: null } as unknown as AuthenticatedUser;

describe('Every rule is confined to the caller’s tenant (CASL refuses other tenants even without row-level security)', () => {
  const factory = new AbilityFactory();
  factory.register({ contribute: (builder) => allow(builder, 'read', 'Case', undefined) });

  it('allows a record of the caller’s tenant and refuses the same record of another tenant', async () => {
    const ability = await factory.build({ user, purpose: Purpose.CASUSOVERLEG, manager: {} as EntityManager });
    expect(ability.can('read', subject('Case', { id: 'c1', tenantId: 'tenant-a' }) as unknown as string)).toBe(true);
    expect(ability.can('read', subject('Case', { id: 'c1', tenantId: 'tenant-b' }) as unknown as string)).toBe(false);
    expect(ability.can('read', subject('Case', { id: 'c1' }) as unknown as string)).toBe(false);
  });
});
