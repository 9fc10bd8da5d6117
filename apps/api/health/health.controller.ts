import { Controller, Get, Header, Headers, HttpCode, Inject, NotFoundException, Res } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '@vangrail/persistence';
import { Public } from '@vangrail/privacy';
import { metricsAuthorized, metricsRegistry } from '@vangrail/observability';
import { REDIS_CONNECTION } from '@vangrail/queue';
import type { Redis } from 'ioredis';

@Controller()
export class HealthController {
  private schemaAtHead = false;

  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('health/live')
  @Public('liveness carries no data')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @Public('readiness reports only whether dependencies answer and the schema is current')
  async ready(@Res({ passthrough: true }) response: Response): Promise<{ status: string; database: string; redis: string; migrations: string }> {
    const [database, redis, migrations] = await Promise.all([
      this.check(() => this.dataSource.query('SELECT 1')),
      this.check(() => this.redis.ping()),
      this.migrationsAtHead(),
    ]);
    const ok = database === 'ok' && redis === 'ok' && migrations === 'ok';
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', database, redis, migrations };
  }

  /**
   * 'ok' once every migration this code ships is applied: an API on a schema that is behind would
   * fail on its first query, so it reports not ready until `npm run migration:run` has run. Once at
   * head it stays so for the life of the process (migrations only move forward).
   */
  private async migrationsAtHead(): Promise<string> {
    if (this.schemaAtHead) return 'ok';
    let pending = true;
    const state = await this.check(async () => (pending = await this.dataSource.showMigrations()));
    if (state !== 'ok') return state;
    this.schemaAtHead = !pending;
    return pending ? 'pending' : 'ok';
  }

  @Get('metrics')
  @Public('aggregate process and request metrics, no personal data; METRICS_TOKEN guards it')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  async metrics(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) response: Response): Promise<string> {
    // With METRICS_PORT set, scrapes go to that port only (see apps/api/main.ts).
    if (this.config.metrics.apiPort > 0) throw new NotFoundException();
    if (!metricsAuthorized(authorization, this.config.metrics.token)) {
      response.status(401).setHeader('WWW-Authenticate', 'Bearer');
      return '';
    }
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
