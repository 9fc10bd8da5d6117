import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { CalendarDay } from '@vangrail/core';
import { IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType({ description: 'An address (DOMAIN.md §4); the same postcode + number + addition is the same subject' })
export class AddressInput {
  @Field({ description: 'Dutch postcode, e.g. 1234AB' }) @IsString() @Length(6, 7) postcode!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(99999) houseNumber!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(8) houseNumberAddition?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) street?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(80) town?: string;
  @Field({ nullable: true, description: 'BAG id of the dwelling (verblijfsobject)' })
  @IsOptional() @IsString() @Length(16, 16) bagId?: string;
}

@InputType({ description: 'A person; with a BSN the same person is always the same subject' })
export class PersonInput {
  @Field({ nullable: true, description: 'BSN, 9 digits passing the 11-proef' }) @IsOptional() @IsString() @MaxLength(11) bsn?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD, a real day that is not in the future' })
  @IsOptional()
  @CalendarDay({ en: 'date of birth', nl: 'geboortedatum' })
  dateOfBirth?: string;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AddressInput) address?: AddressInput;
}

@InputType({ description: 'An organisation (care provider, landlord company, intermediary)' })
export class OrganisationInput {
  @Field({ description: 'KvK number, 8 digits' }) @IsString() @Length(8, 9) kvkNumber!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
}

@InputType({ description: 'Exactly one of person, address or organisation' })
export class SubjectInput {
  @Field(() => PersonInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PersonInput) person?: PersonInput;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AddressInput) address?: AddressInput;
  @Field(() => OrganisationInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => OrganisationInput) organisation?: OrganisationInput;
}
