import { Inject, Injectable, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { APP_DATA_SOURCE } from '@vangrail/persistence';
import { PeriodicSweep } from '@vangrail/queue';
import { auditAnchors, AuditSealer, verifyAndRecord } from '@vangrail/privacy';

/** Every AUDIT_SEAL_INTERVAL_MS: chains what governed requests committed since the last run, tenant by tenant. */
@Injectable()
export class AuditSealSchedule extends PeriodicSweep<{ sealed: number }> {
  private readonly sealer: AuditSealer;

  constructor(@Inject(APP_DATA_SOURCE) dataSource: DataSource, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    super(dataSource);
    this.sealer = new AuditSealer(dataSource, auditAnchors(config));
  }

  protected override intervalMs(): number {
    return this.config.audit.sealIntervalMs;
  }

  protected emptyCounts(): { sealed: number } {
    return { sealed: 0 };
  }

  protected override report(counts: { sealed: number }): void {
    this.logger.debug(counts, 'audit events sealed');
  }

  protected async sweepTenant(tenantId: string, counts: { sealed: number }): Promise<void> {
    counts.sealed += await this.sealer.sealTenant(tenantId);
  }
}

/** Every AUDIT_VERIFY_INTERVAL_MS: an incremental verification per tenant, stored for auditChainStatus. */
@Injectable()
export class AuditVerifySchedule extends PeriodicSweep<{ broken: number }> {
  constructor(@Inject(APP_DATA_SOURCE) dataSource: DataSource, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    super(dataSource);
  }

  protected override intervalMs(): number {
    return this.config.audit.verifyIntervalMs;
  }

  protected emptyCounts(): { broken: number } {
    return { broken: 0 };
  }

  protected override report(counts: { broken: number }): void {
    this.logger.error(counts, 'audit trail verification found broken events: run `npm run audit:verify -- --full`');
  }

  protected async sweepTenant(tenantId: string, counts: { broken: number }): Promise<void> {
    const options = { full: false, sealMaxDelaySeconds: this.config.audit.sealMaxDelaySeconds };
    const result = await verifyAndRecord(this.dataSource, tenantId, auditAnchors(this.config), options, 'scheduled verification (worker)');
    counts.broken += result.broken.length;
  }
}

/** Seals the audit trail (libs/privacy/audit) and verifies it, in the worker, never in a request. */
@Module({ providers: [AuditSealSchedule, AuditVerifySchedule] })
export class AuditSealingModule {}
