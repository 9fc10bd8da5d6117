import { Controller, Get, Header, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '@vangrail/persistence';
import { Public } from '@vangrail/privacy';
import { metricsRegistry } from '@vangrail/observability';
import { REDIS_CONNECTION } from '@vangrail/queue';
import type { Redis } from 'ioredis';

@Controller()
export class HealthController {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
  ) {}

  @Get('health/live')
  @Public('liveness carries no data')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @Public('readiness reports only whether dependencies answer')
  async ready(@Res({ passthrough: true }) response: Response): Promise<{ status: string; database: string; redis: string }> {
    const [database, redis] = await Promise.all([
      this.check(() => this.dataSource.query('SELECT 1')),
      this.check(() => this.redis.ping()),
    ]);
    const ok = database === 'ok' && redis === 'ok';
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', database, redis };
  }

  @Get('metrics')
  @Public('aggregate process and request metrics, no personal data')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }

  private async check(probe: () => Promise<unknown>): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([probe(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000)))]);
      return 'ok';
    } catch {
      return 'unavailable';
    } finally {
      clearTimeout(timer);
    }
  }
}
