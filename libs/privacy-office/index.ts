export * from './privacy-office.module';
