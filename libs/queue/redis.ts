import { Redis, RedisOptions } from 'ioredis';

/**
 * Redis connections. Workers need `maxRetriesPerRequest: null` (BullMQ blocks on Redis and must
 * keep retrying across Redis restarts); producers fail fast instead (`enableOfflineQueue: false`)
 * so a request never hangs on a missing Redis: the outbox keeps the work until Redis is back.
 */
export function createRedis(url: string, role: 'worker' | 'producer'): Redis {
  const options: RedisOptions = {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    // Reconnect forever with a capped back-off: Redis restarts must heal by themselves.
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
    lazyConnect: false,
  };
  const redis = new Redis(url, options);
  // Without a listener, ioredis reports every failed reconnect as an unhandled error event.
  redis.on('error', () => undefined);
  return redis;
}
