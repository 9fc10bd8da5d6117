/**
 * Every queue the platform uses. Names are configuration-independent; the Redis key prefix
 * (QUEUE_PREFIX, hash-tagged like `{vangrail}` so all keys of a queue share a Redis Cluster slot)
 * is configuration.
 */
export const QUEUES: readonly string[] = [];
