import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from './notification.entity';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType({ description: 'A notice for you or your discipline: categories, references and contacts, never case content' })
export class NotificationView {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field() message!: string;
  @Field() messageNl!: string;
  @Field(() => ID, { nullable: true }) signalId!: string | null;
  @Field(() => ID, { nullable: true }) deliveryId!: string | null;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}
