export * from './privacy-office.module';
export * from './privacy-clock';
export * from './requests/data-subject-request.entity';
export { PRIVACY_OFFICE_ENTITIES } from './entities';
