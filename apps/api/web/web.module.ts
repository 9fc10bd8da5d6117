import { Module } from '@nestjs/common';
import { DevAccounts } from './dev-accounts';
import { WebSessionController } from './web-session.controller';

/** What the browser app needs from the API besides GraphQL: how to sign in (and, in development, as whom). */
@Module({ controllers: [WebSessionController], providers: [DevAccounts] })
export class WebModule {}
