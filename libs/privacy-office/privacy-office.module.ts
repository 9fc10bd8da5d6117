import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@vangrail/privacy';
import { PrivacyOfficeResolver } from './privacy-office.resolver';
import { PrivacyOfficeService } from './privacy-office.service';
import { PrivacyOfficeRules } from './privacy-office.policy';

@Module({ providers: [PrivacyOfficeService, PrivacyOfficeResolver] })
export class PrivacyOfficeModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(new PrivacyOfficeRules());
  }
}
