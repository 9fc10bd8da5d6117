import { registerEnumType } from '@nestjs/graphql';
import { Discipline, Domain, PlatformRole } from '@vangrail/core';
import { DataCategory } from './data-category';
import { Purpose } from './purpose';
import { AuditAction, AuditOutcome } from './audit/audit-event.entity';

registerEnumType(DataCategory, { name: 'DataCategory', description: 'AVG data category of a fact about a person' });
registerEnumType(Purpose, { name: 'Purpose', description: 'Declared purpose (doel) of processing' });
registerEnumType(Discipline, { name: 'Discipline' });
registerEnumType(Domain, { name: 'Domain' });
registerEnumType(PlatformRole, { name: 'PlatformRole' });
registerEnumType(AuditAction, { name: 'AuditAction' });
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });
