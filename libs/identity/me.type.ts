import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Discipline, PlatformRole } from '@vangrail/core';

@ObjectType({ description: 'The signed-in professional' })
export class Me {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field() tenant!: string;
  @Field(() => Discipline, { nullable: true }) discipline!: Discipline | null;
  @Field(() => [PlatformRole]) roles!: PlatformRole[];
}
