import { Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@vangrail/core';
import { SignedIn } from '@vangrail/privacy';
import { Me } from './me.type';

@Resolver(() => Me)
export class IdentityResolver {
  @Query(() => Me, { description: 'Who you are signed in as: discipline, roles and tenant' })
  @SignedIn('returns only the caller’s own account, which the token already identifies')
  me(@Ctx() ctx: RequestContext): Me {
    const user = ctx.signedIn;
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      tenant: user.tenantSlug,
      discipline: user.discipline,
      roles: user.roles,
    };
  }
}
