import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { createRedis } from './redis';

export const REDIS_CONNECTION = Symbol('REDIS_CONNECTION');

/** A shared producer-style connection (health checks, queue producers). */
@Global()
@Module({
  providers: [{ provide: REDIS_CONNECTION, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createRedis(config.redisUrl, 'producer') }],
  exports: [REDIS_CONNECTION],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CONNECTION) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}
