import { Args, Query, Resolver } from '@nestjs/graphql';
import { Brackets } from 'typeorm';
import { Ctx, RequestContext, TenantTransactions } from '@vangrail/core';
import { SignedIn } from '@vangrail/privacy';
import { Notification } from './notification.entity';
import { NotificationView } from './notification.type';

@Resolver(() => NotificationView)
export class NotificationsResolver {
  constructor(private readonly transactions: TenantTransactions) {}

  @Query(() => [NotificationView], { description: 'Notices for you and your discipline, newest first' })
  @SignedIn('notices are written without personal data: categories, references and contacts only')
  notifications(@Ctx() ctx: RequestContext, @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean): Promise<NotificationView[]> {
    const user = ctx.signedIn;
    return this.transactions.run(user.tenantId, (manager) => {
      const query = manager
        .createQueryBuilder(Notification, 'n')
        .where(
          new Brackets((mine) => {
            mine.where('n.recipient_user_id = :userId', { userId: user.id });
            if (user.discipline) mine.orWhere('(n.recipient_user_id IS NULL AND n.recipient_discipline = :discipline)', { discipline: user.discipline });
          }),
        )
        .orderBy('n.created_at', 'DESC')
        .limit(100);
      if (unreadOnly) query.andWhere('n.read_at IS NULL');
      return query.getMany();
    });
  }
}
