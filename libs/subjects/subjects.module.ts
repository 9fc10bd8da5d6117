import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@vangrail/privacy';
import { SubjectRegistry } from './subject-registry';
import { SubjectsResolver } from './subjects.resolver';
import { SubjectsService } from './subjects.service';
import { SubjectRules } from './subjects.policy';

@Module({
  providers: [SubjectsService, SubjectRegistry, SubjectsResolver],
  exports: [SubjectsService, SubjectRegistry],
})
export class SubjectsModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(new SubjectRules());
  }
}
