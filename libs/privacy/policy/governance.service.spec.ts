import { PlatformRole, RequestContext, TenantTransactions, VangrailError } from '@vangrail/core';
import type { EntityManager } from 'typeorm';
import { AuditAction, AuditOutcome } from '../audit/audit-event.entity';
import type { AuditEntry } from '../audit/audit-trail';
import { Purpose } from '../purpose';
import { AbilityFactory } from './ability.factory';
import { Governance } from './governance.service';
import { GovernedContext } from './governed-context';
import type { GovernedPolicy } from './policy.decorator';

const written: { committed: AuditEntry[][]; ownTransaction: AuditEntry[][] } = { committed: [], ownTransaction: [] };
jest.mock('../audit/audit-trail', () => ({
  appendAuditEvents: jest.fn(async (manager: { own?: boolean }, _tenant: string, entries: AuditEntry[]) => {
    (manager.own ? written.ownTransaction : written.committed).push(entries);
  }),
}));

const policy: GovernedPolicy = { kind: 'governed', resource: 'Subject', action: AuditAction.READ, purposes: [Purpose.INZAGEVERZOEK] };

function setUp() {
  written.committed = [];
  written.ownTransaction = [];
  const ends: string[] = [];
  const transactions = {
    open: jest.fn(async () => ({ manager: {} as EntityManager, commit: async () => void ends.push('commit'), rollback: async () => void ends.push('rollback') })),
    run: jest.fn(async (_tenant: string, work: (manager: EntityManager) => Promise<unknown>) => work({ own: true } as unknown as EntityManager)),
  } as unknown as TenantTransactions;
  const governance = new Governance(transactions, new AbilityFactory());
  const request = new RequestContext({ requestId: 'r-1', declaredPurpose: 'INZAGEVERZOEK' });
  request.user = { id: 'u', tenantId: 't', tenantSlug: 'demo', username: 'privacy.ivo', displayName: 'Ivo', discipline: null, roles: [PlatformRole.PRIVACY_OFFICER] };
  return { governance, request, transactions, ends };
}

describe('Governance: one scope per operation, and a trail that says what happened', () => {
  it('opens one transaction for all fields of an operation and commits their events together', async () => {
    const { governance, request, transactions, ends } = setUp();
    const read = (id: string) => governance.execute(request, policy, { id }, async () => {
      GovernedContext.current()!.record({ resourceId: id, subjectKeys: [id] });
      return { id };
    });
    await Promise.all([read('a'), read('b'), read('c')]);
    expect(await governance.finish(request)).toBe('committed');
    expect(transactions.open).toHaveBeenCalledTimes(1);
    expect(ends).toEqual(['commit']);
    expect(written.committed).toHaveLength(1);
    expect(written.committed[0].map((entry) => entry.resourceId)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a field that returns records without recording them, and records the failure instead', async () => {
    const { governance, request, ends } = setUp();
    await expect(governance.execute(request, policy, { id: 'x' }, async () => ({ id: 'x', name: 'Karin' }))).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(await governance.finish(request)).toBe('rolled-back');
    expect(ends).toEqual(['rollback']);
    expect(written.committed).toEqual([]);
    expect(written.ownTransaction[0]).toEqual([expect.objectContaining({ outcome: AuditOutcome.ERROR })]);
  });

  it('records a search that found nothing as such, and commits it', async () => {
    const { governance, request } = setUp();
    await governance.execute(request, policy, {}, async () => []);
    expect(await governance.finish(request)).toBe('committed');
    expect(written.committed[0]).toEqual([expect.objectContaining({ outcome: AuditOutcome.ALLOWED, reason: 'no records matched' })]);
  });

  it('records an error after a read as ERROR, with what was read, in a transaction of its own', async () => {
    const { governance, request, ends } = setUp();
    const failing = governance.execute(request, policy, { input: { caseId: '6f1c1a4e-0d4c-4b43-9f5e-1c0a3c9b1d2e' } }, async () => {
      GovernedContext.current()!.record({ resourceId: 'read-1', subjectKeys: ['s-1'] });
      throw new VangrailError('CONFLICT', 'Someone changed it meanwhile', 'Iemand wijzigde het intussen');
    });
    await expect(failing).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await governance.finish(request)).toBe('rolled-back');
    expect(ends).toEqual(['rollback']);
    expect(written.ownTransaction[0]).toEqual([
      expect.objectContaining({ outcome: AuditOutcome.ERROR, resourceId: '6f1c1a4e-0d4c-4b43-9f5e-1c0a3c9b1d2e', reason: expect.stringContaining('CONFLICT') }),
      expect.objectContaining({ outcome: AuditOutcome.ERROR, resourceId: 'read-1', subjectKeys: ['s-1'] }),
    ]);
  });

  it('answers "unrecorded" (no data may leave) when the audit batch cannot be written', async () => {
    const { governance, request, ends } = setUp();
    const trail = jest.requireMock('../audit/audit-trail') as { appendAuditEvents: jest.Mock };
    trail.appendAuditEvents.mockRejectedValueOnce(new Error('disk full'));
    await governance.execute(request, policy, {}, async () => {
      GovernedContext.current()!.record({ resourceId: 'a' });
      return { id: 'a' };
    });
    expect(await governance.finish(request)).toBe('unrecorded');
    expect(ends).toEqual(['rollback']);
  });
});
