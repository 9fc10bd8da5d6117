import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntitySchema } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { createDataSource } from './data-source';

export const APP_DATA_SOURCE = Symbol('APP_DATA_SOURCE');

/** The application-role connection pool used by API and worker (never the owner). */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  static forRoot(entities: (Function | EntitySchema)[]): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: APP_DATA_SOURCE,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig): Promise<DataSource> =>
            createDataSource(config.databaseAppUrl, {
              applicationName: `vangrail-${process.env.VANGRAIL_PROCESS ?? 'app'}`,
              entities,
              poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10),
            }).initialize(),
        },
      ],
      exports: [APP_DATA_SOURCE],
    };
  }

  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
