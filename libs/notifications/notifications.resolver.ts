import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Brackets, EntityManager } from 'typeorm';
import { AuthenticatedUser, Ctx, decodeCursor, PageArgs, PageInfo, pageOf, pageSize, RequestContext, TenantTransactions } from '@vangrail/core';
import { SignedIn } from '@vangrail/privacy';
import { Notification } from './notification.entity';
import { NotificationView } from './notification.type';

@ObjectType({ description: 'A page of your notices, newest first' })
export class NotificationPage {
  @Field(() => [NotificationView]) items!: NotificationView[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'How many notices match (all pages)' }) totalCount!: number;
  @Field(() => Int, { description: 'How many of your notices are unread' }) unreadCount!: number;
}

const WHY = 'notices are written without personal data: categories, references and contacts only';

@Resolver(() => NotificationView)
export class NotificationsResolver {
  constructor(private readonly transactions: TenantTransactions) {}

  @Query(() => NotificationPage, { description: 'Notices for you and your discipline, newest first, paged with first/after' })
  @SignedIn(WHY)
  notificationsPage(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean): Promise<NotificationPage> {
    const user = ctx.signedIn;
    const first = pageSize(page);
    return this.transactions.run(user.tenantId, async (manager) => {
      const query = mine(manager, user, unreadOnly)
        .addSelect('n.created_at::text', 'page_created')
        .orderBy('n.created_at', 'DESC')
        .addOrderBy('n.id', 'DESC')
        .limit(first + 1);
      if (page.after) {
        const [created, id] = decodeCursor(page.after, 2);
        query.andWhere('(n.created_at, n.id) < (:afterCreated::timestamptz, :afterId)', { afterCreated: String(created), afterId: id });
      }
      const { entities, raw } = await query.getRawAndEntities<{ page_created: string }>();
      const rows = entities.map((notification, index) => ({ notification, created: raw[index].page_created }));
      const { rows: pageRows, pageInfo } = pageOf(rows, first, (row) => [row.created, row.notification.id]);
      return {
        items: pageRows.map((row) => row.notification),
        pageInfo,
        totalCount: await mine(manager, user, unreadOnly).getCount(),
        unreadCount: await mine(manager, user, true).getCount(),
      };
    });
  }

  @Query(() => [NotificationView], {
    description: 'Notices for you and your discipline, newest first (the latest 100)',
    deprecationReason: 'Use notificationsPage: it pages with first/after and says whether more follow',
  })
  @SignedIn(WHY)
  notifications(@Ctx() ctx: RequestContext, @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean): Promise<NotificationView[]> {
    const user = ctx.signedIn;
    return this.transactions.run(user.tenantId, (manager) => mine(manager, user, unreadOnly).orderBy('n.created_at', 'DESC').limit(100).getMany());
  }
}

/** Addressed to the user, or to their discipline as a whole. */
function mine(manager: EntityManager, user: AuthenticatedUser, unreadOnly: boolean) {
  const query = manager.createQueryBuilder(Notification, 'n').where(
    new Brackets((own) => {
      own.where('n.recipient_user_id = :userId', { userId: user.id });
      if (user.discipline) own.orWhere('(n.recipient_user_id IS NULL AND n.recipient_discipline = :discipline)', { discipline: user.discipline });
    }),
  );
  if (unreadOnly) query.andWhere('n.read_at IS NULL');
  return query;
}
