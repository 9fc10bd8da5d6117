import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestContextOf, VangrailError } from '@vangrail/core';
import { Policy, POLICY_METADATA } from '@vangrail/privacy';
import { TokenVerifier } from './token-verifier';
import { RateLimiter } from './rate-limiter';
import { UserRegistry } from './user-registry';

interface HeaderCarrier {
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Global guard. Fails closed: an operation without a declared policy is refused. Anything not
 * @Public needs a valid token of a registered user; the user is resolved once per request.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly logger = new Logger(AuthenticationGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    private readonly users: UserRegistry,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_METADATA, [context.getHandler(), context.getClass()]);
    if (!policy) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no declared policy; refused`);
      throw new VangrailError('INTERNAL', 'This operation is not available', 'Deze handeling is niet beschikbaar');
    }
    if (policy.kind === 'public') return true;
    if (context.getType<string>() !== 'graphql') {
      throw new VangrailError('FORBIDDEN', 'Only GraphQL operations accept user tokens', 'Alleen GraphQL-handelingen accepteren tokens');
    }
    const request = requestContextOf(context);
    if (!request.user) {
      request.authentication ??= this.authenticate(request.headers).then(async (user) => {
        await this.rateLimiter.check(user);
        return user;
      });
      request.user = await request.authentication;
    }
    return true;
  }

  private async authenticate(headers: HeaderCarrier['headers']) {
    const header = headers.authorization;
    const identity = await this.tokens.verify(Array.isArray(header) ? header[0] : header);
    return this.users.resolve(identity);
  }
}
