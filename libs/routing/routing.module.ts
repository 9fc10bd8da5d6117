import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@vangrail/privacy';
import { DeadLettersService } from './dead-letters.service';
import { RoutingExplainService } from './routing-explain.service';
import { RoutingResolver } from './routing.resolver';
import { RoutingRulesService } from './routing-rules.service';
import { RoutingRules } from './routing.policy';

@Module({ providers: [RoutingRulesService, RoutingExplainService, DeadLettersService, RoutingResolver] })
export class RoutingModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(new RoutingRules());
  }
}
