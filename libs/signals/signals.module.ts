import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@vangrail/privacy';
import { SubjectsModule } from '@vangrail/subjects';
import { KnownElsewhere } from './known-elsewhere';
import { RegisterSignal } from './register-signal/register-signal.use-case';
import { SignalsResolver } from './signals.resolver';
import { SignalsService } from './signals.service';
import { SignalRules } from './signals.policy';

@Module({
  imports: [SubjectsModule],
  providers: [SignalsService, RegisterSignal, KnownElsewhere, SignalsResolver],
  exports: [SignalsService, KnownElsewhere],
})
export class SignalsModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(new SignalRules());
  }
}
