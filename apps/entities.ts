import { Delivery } from '@vangrail/inbox/entities/delivery.entity';
import { Notification } from '@vangrail/notifications/notification.entity';
import { CASE_TABLE_ENTITIES } from '@vangrail/case-tables/entities';
import { AuditEvent } from '@vangrail/privacy';
import { PRIVACY_OFFICE_ENTITIES } from '@vangrail/privacy-office/entities';
import { DeadLetter, OutboxMessage } from '@vangrail/queue';
import { RoutingRule } from '@vangrail/routing/entities/routing-rule.entity';
import { Signal, SignalSubject } from '@vangrail/signals';
import { SubjectLink, Subject } from '@vangrail/subjects';
import { Tenant, User } from '@vangrail/tenancy';

/** Every entity the platform maps; the composition root hands this to each data source. */
export const ENTITIES = [
  Tenant,
  User,
  AuditEvent,
  Subject,
  SubjectLink,
  OutboxMessage,
  DeadLetter,
  Signal,
  SignalSubject,
  RoutingRule,
  Delivery,
  Notification,
  ...CASE_TABLE_ENTITIES,
  ...PRIVACY_OFFICE_ENTITIES,
];
