import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Discipline, PlatformRole } from '@vangrail/core';

@ObjectType({ description: 'The signed-in professional' })
export class Me {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field({ description: 'Slug of the tenant (the municipality or cooperation) you work in' }) tenant!: string;
  @Field({ description: 'Display name of your tenant' }) tenantName!: string;
  @Field(() => String, { nullable: true, description: 'The organisation you work for (municipality, care provider, police)' })
  organisation!: string | null;
  @Field(() => Discipline, { nullable: true }) discipline!: Discipline | null;
  @Field(() => [PlatformRole]) roles!: PlatformRole[];
}
