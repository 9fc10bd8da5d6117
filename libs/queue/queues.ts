/**
 * Every queue the worker processes. Names are fixed identifiers; the Redis key prefix
 * (QUEUE_PREFIX, hash-tagged like `{vangrail}` so a queue's keys share one Redis Cluster slot) is
 * configuration. Features add their queue here and a @JobHandler for it in the worker.
 */
export const QUEUE = {
  /** Evaluates the routing rules for a new signal and fans out to the domain queues. */
  ROUTING: 'routing',
  /** One queue per domain, so a failing domain never holds up the others. */
  DOMAIN_SOCIAAL: 'domain-sociaal',
  DOMAIN_FYSIEK: 'domain-fysiek',
  DOMAIN_VEILIGHEID: 'domain-veiligheid',
  /** Delayed: fires when a delivery's triage deadline passes. */
  TRIAGE_DEADLINES: 'triage-deadlines',
  /** Delayed: reminds an action item's owner before the due moment, and flags it overdue after. */
  ACTION_ITEM_REMINDERS: 'action-item-reminders',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

export const QUEUES: readonly QueueName[] = Object.values(QUEUE);

/** Every job carries its tenant, so a dead letter can be stored and replayed under row-level security. */
export interface TenantJob {
  tenantId: string;
  /** W3C traceparent of the action that caused the job (set by addToOutbox). */
  trace?: string;
}

/** Retries back off exponentially; after the last attempt the job becomes a dead letter. */
export function jobRetryPolicy(): { attempts: number; backoff: { type: 'exponential'; delay: number } } {
  return { attempts: Number(process.env.JOB_ATTEMPTS ?? 5), backoff: { type: 'exponential', delay: Number(process.env.JOB_BACKOFF_MS ?? 1000) } };
}
