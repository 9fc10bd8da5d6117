import { Global, Module } from '@nestjs/common';
import { AuthenticationGuard } from './authentication.guard';
import { RateLimiter } from './rate-limiter';
import { SignInFailures } from './sign-in-failures';
import { TokenVerifier } from './token-verifier';
import { UserRegistry } from './user-registry';

@Global()
@Module({
  providers: [TokenVerifier, UserRegistry, RateLimiter, SignInFailures, AuthenticationGuard],
  exports: [TokenVerifier, UserRegistry, RateLimiter, AuthenticationGuard],
})
export class AuthModule {}
