import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestContext, requestContextOf, VangrailError } from '@vangrail/core';
import { Policy, POLICY_METADATA } from '@vangrail/privacy';
import { TokenVerifier, VerifiedIdentity } from './token-verifier';
import { RateLimiter } from './rate-limiter';
import { SignInFailures } from './sign-in-failures';
import { UserRegistry } from './user-registry';

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
    private readonly failures: SignInFailures,
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
      request.authentication ??= this.authenticate(request).then(async (user) => {
        await this.rateLimiter.check(user);
        return user;
      });
      request.user = await request.authentication;
    }
    return true;
  }

  /** Token, then registry; a refusal is logged and, for a verified token of a known tenant, audited. */
  private async authenticate(request: RequestContext) {
    const header = request.headers.authorization;
    let identity: VerifiedIdentity | undefined;
    try {
      identity = await this.tokens.verify(Array.isArray(header) ? header[0] : header);
      return await this.users.resolve(identity);
    } catch (error) {
      // The refusal stands whether or not it could be recorded; a failed record is logged by name.
      await this.failures.record(request, error, identity).catch((recordError: unknown) =>
        this.logger.error({ err: (recordError as Error).name, requestId: request.requestId }, 'a refused sign-in could not be recorded'),
      );
      throw error;
    }
  }
}
