import { Global, Module } from '@nestjs/common';
import { AuthenticationGuard } from './authentication.guard';
import { RateLimiter } from './rate-limiter';
import { TokenVerifier } from './token-verifier';
import { UserRegistry } from './user-registry';

@Global()
@Module({
  providers: [TokenVerifier, UserRegistry, RateLimiter, AuthenticationGuard],
  exports: [TokenVerifier, UserRegistry, AuthenticationGuard],
})
export class AuthModule {}
