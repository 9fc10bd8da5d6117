import { Global, Module } from '@nestjs/common';
import { AuthenticationGuard } from './authentication.guard';
import { TokenVerifier } from './token-verifier';
import { UserRegistry } from './user-registry';

@Global()
@Module({
  providers: [TokenVerifier, UserRegistry, AuthenticationGuard],
  exports: [TokenVerifier, UserRegistry, AuthenticationGuard],
})
export class AuthModule {}
