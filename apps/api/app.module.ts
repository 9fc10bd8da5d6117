import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthenticationGuard, AuthModule } from '@vangrail/auth';
import { CaseTablesModule } from '@vangrail/case-tables';
import { APP_CONFIG, AppConfig, ConfigModule } from '@vangrail/config';
import { CoreModule } from '@vangrail/core';
import { IdentityModule } from '@vangrail/identity';
import { SpanExport } from '@vangrail/observability';
import { DatabaseModule } from '@vangrail/persistence';
import { Governance, GovernedInterceptor, PrivacyModule } from '@vangrail/privacy';
import { QueueModule, RedisModule } from '@vangrail/queue';
import { InboxModule } from '@vangrail/inbox';
import { NotificationsModule } from '@vangrail/notifications';
import { RoutingModule } from '@vangrail/routing';
import { PrivacyOfficeModule } from '@vangrail/privacy-office';
import { SignalsModule } from '@vangrail/signals';
import { SubjectsModule } from '@vangrail/subjects';
import { ENTITIES } from '../entities';
import { GraphQLExceptionFilter } from './graphql/graphql-exception.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { createValidationPipe } from './graphql/validation.pipe';
import { HealthController } from './health/health.controller';
import { WebModule } from './web/web.module';

/** Feature modules exposed over GraphQL. */
export const FEATURE_MODULES = [IdentityModule, SubjectsModule, SignalsModule, RoutingModule, InboxModule, NotificationsModule, CaseTablesModule, PrivacyOfficeModule];

@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot(ENTITIES),
    RedisModule,
    QueueModule,
    CoreModule,
    PrivacyModule,
    AuthModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, Governance],
      useFactory: (config: AppConfig, governance: Governance) => graphqlOptions(config, governance),
    }),
    ...FEATURE_MODULES,
    WebModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useExisting: AuthenticationGuard },
    { provide: APP_INTERCEPTOR, useExisting: GovernedInterceptor },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: SpanExport, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new SpanExport(config.otlpEndpoint, 'vangrail-api') },
    { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
  ],
})
export class AppModule {}
