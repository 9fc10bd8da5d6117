import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Withheld } from '@vangrail/privacy';
import { SubjectType } from '../entities/subject.entity';

registerEnumType(SubjectType, { name: 'SubjectType' });

@ObjectType()
export class AddressDetails {
  @Field({ nullable: true }) postcode?: string;
  @Field(() => Int, { nullable: true }) houseNumber?: number;
  @Field({ nullable: true }) houseNumberAddition?: string;
  @Field({ nullable: true }) street?: string;
  @Field({ nullable: true }) town?: string;
  @Field({ nullable: true }) bagId?: string;
}

@ObjectType()
export class PersonDetails {
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) dateOfBirth?: string;
  @Field({ nullable: true }) bsn?: string;
  @Field(() => AddressDetails, { nullable: true }) address?: AddressDetails;
}

@ObjectType()
export class OrganisationDetails {
  @Field() kvkNumber!: string;
  @Field({ nullable: true }) name?: string;
}

@ObjectType({ description: 'A subject minimised for the caller: what may not be seen is listed under withheld' })
export class SubjectView {
  @Field(() => ID) id!: string;
  @Field(() => SubjectType) type!: SubjectType;
  @Field(() => PersonDetails, { nullable: true }) person?: PersonDetails;
  @Field(() => AddressDetails, { nullable: true }) address?: AddressDetails;
  @Field(() => OrganisationDetails, { nullable: true }) organisation?: OrganisationDetails;
  @Field({ defaultValue: false, description: 'Processing is restricted (AVG art. 18): nothing but the id is shown' })
  restricted?: boolean;
  @Field(() => [Withheld]) withheld!: Withheld[];
}
