import { Global, Module } from '@nestjs/common';
import './graphql-enums';
import { AbilityFactory } from './policy/ability.factory';
import { Governance } from './policy/governance.service';
import { GovernedInterceptor } from './policy/governed.interceptor';
import { PiiCrypto } from './pii-crypto';

@Global()
@Module({
  providers: [AbilityFactory, Governance, GovernedInterceptor, PiiCrypto],
  exports: [AbilityFactory, Governance, GovernedInterceptor, PiiCrypto],
})
export class PrivacyModule {}
