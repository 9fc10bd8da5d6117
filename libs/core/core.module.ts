import { Global, Module } from '@nestjs/common';
import { TenantTransactions } from './tenant-transactions';

@Global()
@Module({ providers: [TenantTransactions], exports: [TenantTransactions] })
export class CoreModule {}
