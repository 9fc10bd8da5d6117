import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { AuthenticatedUser, VangrailError } from '@vangrail/core';
import { REDIS_CONNECTION } from '@vangrail/queue';

/**
 * Requests per user per minute, counted in Redis so every API instance shares the count (fixed
 * one-minute windows). When Redis does not answer, requests pass: availability of case work weighs
 * more than a throttle. RATE_LIMIT_PER_MINUTE=0 turns it off.
 */
@Injectable()
export class RateLimiter {
  private readonly limit: number;

  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.limit = config.tuning.RATE_LIMIT_PER_MINUTE;
  }

  async check(user: AuthenticatedUser): Promise<void> {
    if (this.limit <= 0) return;
    const window = Math.floor(Date.now() / 60_000);
    const key = `${this.config.queuePrefix}:rate:${user.tenantId}:${user.id}:${window}`;
    let count: number;
    try {
      const [[, incremented]] = (await this.redis.multi().incr(key).expire(key, 120).exec()) as [[Error | null, number]];
      count = incremented;
    } catch {
      return;
    }
    if (count > this.limit) {
      throw new VangrailError(
        'RATE_LIMITED',
        `Too many requests: at most ${this.limit} per minute; try again in a minute`,
        `Te veel verzoeken: maximaal ${this.limit} per minuut; probeer het over een minuut opnieuw`,
        { retryAfterSeconds: 60 - (Math.floor(Date.now() / 1000) % 60) },
      );
    }
  }
}
