import { AuditEvent } from '@vangrail/privacy';
import { DeadLetter, OutboxMessage } from '@vangrail/queue';
import { SubjectLink, Subject } from '@vangrail/subjects';
import { Tenant, User } from '@vangrail/tenancy';

/** Every entity the platform maps; the composition root hands this to each data source. */
export const ENTITIES = [Tenant, User, AuditEvent, Subject, SubjectLink, OutboxMessage, DeadLetter];
