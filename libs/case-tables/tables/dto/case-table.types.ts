import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Discipline } from '@vangrail/core';
import { DataCategory, Purpose } from '@vangrail/privacy';
import { MeetingView } from '../../meetings/dto/meeting.types';
import { CaseActor } from '../../shared/case-actor';
import { TableRole } from '../entities/case-table-member.entity';
import { CaseTableKind } from '../entities/case-table.entity';

@ObjectType()
export class DisciplineVisibility {
  @Field(() => Discipline) discipline!: Discipline;
  @Field(() => [DataCategory]) categories!: DataCategory[];
}

@ObjectType('CaseTableMember')
export class CaseTableMemberView {
  @Field(() => ID) id!: string;
  @Field(() => CaseActor) user!: CaseActor;
  @Field(() => TableRole) role!: TableRole;
  @Field() validFrom!: Date;
  @Field(() => Date, { nullable: true }) validUntil!: Date | null;
  @Field({ description: 'Valid now and not removed' }) current!: boolean;
}

@ObjectType('CaseTable', { description: 'A casustafel: its legal basis, who sits at it and who may see what' })
export class CaseTableView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => CaseTableKind) kind!: CaseTableKind;
  @Field() legalBasis!: string;
  @Field(() => [Purpose]) purposes!: Purpose[];
  @Field(() => [DisciplineVisibility], { description: 'Data categories each discipline may see at this table' }) visibility!: DisciplineVisibility[];
  @Field(() => Int) retentionMonths!: number;
  @Field(() => [CaseTableMemberView]) members!: CaseTableMemberView[];
  @Field(() => TableRole, { nullable: true, description: 'Your current role at this table' }) myRole!: TableRole | null;
  @Field(() => [MeetingView], { nullable: true, description: 'Meetings you may see, with the agenda items you may see; null for table administration (BEHEER)' })
  meetings!: MeetingView[] | null;
}
