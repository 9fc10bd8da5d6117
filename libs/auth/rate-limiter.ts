import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { AuthenticatedUser, VangrailError } from '@vangrail/core';
import { REDIS_CONNECTION } from '@vangrail/queue';

interface Budget {
  name: string;
  limit: number;
  windowSeconds: number;
  /** The refusal in plain words, given the limit and the wait in minutes. */
  refusal(limit: number, minutes: number): { en: string; nl: string };
}

/**
 * Per-user budgets counted in Redis, so every API instance shares the count (fixed windows): all
 * GraphQL requests per minute, and hit / no-hit lookups per hour, stricter, because a run of lookups
 * is how someone would fish for who is known where. When Redis does not answer, requests pass:
 * availability of case work weighs more than a throttle. A limit of 0 turns a budget off.
 */
@Injectable()
export class RateLimiter {
  private readonly requests: Budget;
  private readonly lookups: Budget;

  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.requests = {
      name: 'rate',
      limit: config.tuning.RATE_LIMIT_PER_MINUTE,
      windowSeconds: 60,
      refusal: (limit) => ({ en: `Too many requests: at most ${limit} per minute; try again in a minute`, nl: `Te veel verzoeken: maximaal ${limit} per minuut; probeer het over een minuut opnieuw` }),
    };
    this.lookups = {
      name: 'lookups',
      limit: config.tuning.LOOKUP_RATE_LIMIT_PER_HOUR,
      windowSeconds: 3600,
      refusal: (limit, minutes) => ({
        en: `Too many hit / no-hit lookups: at most ${limit} per hour; try again in ${minutes} minutes`,
        nl: `Te veel keer nagegaan of iemand elders bekend is: maximaal ${limit} per uur; probeer het over ${minutes} minuten opnieuw`,
      }),
    };
  }

  /** Every GraphQL request of a signed-in user. */
  check(user: AuthenticatedUser): Promise<void> {
    return this.spend(user, this.requests);
  }

  /** A hit / no-hit lookup (knownElsewhere). */
  checkLookup(user: AuthenticatedUser): Promise<void> {
    return this.spend(user, this.lookups);
  }

  private async spend(user: AuthenticatedUser, budget: Budget): Promise<void> {
    if (budget.limit <= 0) return;
    const nowSeconds = Math.floor(Date.now() / 1000);
    const window = Math.floor(nowSeconds / budget.windowSeconds);
    const key = `${this.config.queuePrefix}:${budget.name}:${user.tenantId}:${user.id}:${window}`;
    let count: number;
    try {
      const [[, incremented]] = (await this.redis.multi().incr(key).expire(key, 2 * budget.windowSeconds).exec()) as [[Error | null, number]];
      count = incremented;
    } catch {
      return;
    }
    if (count > budget.limit) {
      const retryAfterSeconds = budget.windowSeconds - (nowSeconds % budget.windowSeconds);
      const words = budget.refusal(budget.limit, Math.max(1, Math.ceil(retryAfterSeconds / 60)));
      throw new VangrailError('RATE_LIMITED', words.en, words.nl, { retryAfterSeconds });
    }
  }
}
