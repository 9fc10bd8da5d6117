import { EntityManager } from 'typeorm';
import { isId, RefusalKeys, VangrailError } from '@vangrail/core';
import type { OpenTenantTransaction } from '@vangrail/persistence';
import type { AuditEntry } from '../audit/audit-trail';
import type { Purpose } from '../purpose';
import type { AppAbility } from './ability';
import type { GovernedPolicy } from './policy.decorator';

/** What one governed field shares with every other governed field of the same GraphQL operation. */
export interface OperationScope {
  manager: EntityManager;
  ability: AppAbility;
}

/** A governed field that failed: what it was about and what it had read before it failed. */
export interface FieldFailure {
  error: unknown;
  policy: GovernedPolicy;
  purpose: Purpose | undefined;
  keys: RefusalKeys;
  /** Events the field recorded before it failed: personal data it read but did not return. */
  readBefore: AuditEntry[];
}

/**
 * The governed scope of one GraphQL operation (Vendure's TransactionInterceptor, one level up):
 * the first governed field opens one transaction with the tenant set and builds the ability once;
 * every other governed field and alias of the operation reuses both, so a request holds at most
 * one pooled connection. Audit events gather in one batch, written when the operation ends
 * (Governance.finish). A failing field fails the whole operation: nothing of it is committed.
 */
export class GovernedOperation {
  private opening?: Promise<{ transaction: OpenTenantTransaction; ability: AppAbility }>;
  private readonly batch: AuditEntry[] = [];
  private readonly failures: FieldFailure[] = [];
  private finished = false;

  constructor(private readonly open: () => Promise<{ transaction: OpenTenantTransaction; ability: AppAbility }>) {}

  /** The shared transaction and ability, opened by the first governed field that asks. */
  async scope(): Promise<OperationScope> {
    if (this.finished) throw new Error('GovernedOperation.scope() after the operation finished');
    this.opening ??= this.open();
    const { transaction, ability } = await this.opening;
    return { manager: transaction.manager, ability };
  }

  accept(entries: AuditEntry[]): void {
    this.batch.push(...entries);
  }

  fail(failure: FieldFailure): void {
    this.failures.push(failure);
  }

  get failed(): readonly FieldFailure[] {
    return this.failures;
  }

  get recorded(): readonly AuditEntry[] {
    return this.batch;
  }

  /** The open transaction, if a field opened one (undefined when every field was refused first). */
  async transaction(): Promise<OpenTenantTransaction | undefined> {
    this.finished = true;
    if (!this.opening) return undefined;
    try {
      return (await this.opening).transaction;
    } catch {
      return undefined;
    }
  }
}

/**
 * The resource and subjects a field's arguments name (`id`, `caseId`, `subjectIds` ...), so a
 * refusal records what it was about even when no record was loaded (a wrong purpose, say).
 */
export function keysFromArguments(args: unknown): RefusalKeys {
  const ids: string[] = [];
  const subjects: string[] = [];
  const walk = (value: unknown, key: string, depth: number): void => {
    if (depth > 4 || value === null || value === undefined) return;
    if (Array.isArray(value)) return value.forEach((item) => walk(item, key, depth + 1));
    if (typeof value === 'object') {
      for (const [name, inner] of Object.entries(value as Record<string, unknown>)) walk(inner, name, depth + 1);
      return;
    }
    if (!isId(value)) return;
    const id = value.toLowerCase();
    if (/^subjectIds?$/.test(key)) subjects.push(id);
    else if (key === 'id' || /Ids?$/.test(key)) ids.push(id);
  };
  walk(args, '', 0);
  return { resourceId: ids[0] ?? subjects[0] ?? null, subjectKeys: subjects };
}

/** The refusal keys a service attached to its error, else those of the field's arguments. */
export function refusalKeys(error: unknown, fromArguments: RefusalKeys): RefusalKeys {
  const attached = error instanceof VangrailError ? error.auditKeys : undefined;
  return {
    resourceId: attached?.resourceId ?? fromArguments.resourceId ?? null,
    subjectKeys: [...new Set([...(attached?.subjectKeys ?? []), ...(fromArguments.subjectKeys ?? [])])],
  };
}

/**
 * Whether a field's result holds records (objects with an id): such a result is personal data
 * shown to someone, and a governed field that returns it without recording it is refused.
 */
export function returnsRecords(result: unknown, depth = 0): boolean {
  if (result === null || result === undefined || typeof result !== 'object' || depth > 4) return false;
  if (Array.isArray(result)) return result.some((item) => returnsRecords(item, depth + 1));
  if (typeof (result as { id?: unknown }).id === 'string') return true;
  return Object.values(result as Record<string, unknown>).some((value) => returnsRecords(value, depth + 1));
}
