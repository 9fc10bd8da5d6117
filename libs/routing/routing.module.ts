import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { APP_DATA_SOURCE } from '@vangrail/persistence';
import { registerDeadLetterMetrics } from './dead-letter-metrics';
import { AbilityFactory } from '@vangrail/privacy';
import { DeadLettersService } from './dead-letters.service';
import { RoutingExplainService } from './routing-explain.service';
import { RoutingResolver } from './routing.resolver';
import { RoutingRulesService } from './routing-rules.service';
import { RoutingRules } from './routing.policy';

@Module({ providers: [RoutingRulesService, RoutingExplainService, DeadLettersService, RoutingResolver] })
export class RoutingModule implements OnModuleInit {
  constructor(
    private readonly abilities: AbilityFactory,
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.abilities.register(new RoutingRules());
    registerDeadLetterMetrics(this.dataSource, this.config.tuning.METRICS_REFRESH_MS);
  }
}
