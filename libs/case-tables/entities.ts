import { CaseEvent } from './cases/entities/case-event.entity';
import { CaseEscalation, CaseParticipant, CaseSignal, CaseSubject } from './cases/entities/case-links.entity';
import { Case } from './cases/entities/case.entity';
import { CaseClosing } from './cases/entities/case-closing.entity';
import { CaseHandover } from './cases/entities/case-handover.entity';
import { ActionItem, ActionItemPostponement } from './content/entities/action-item.entity';
import { CaseLegalBasis } from './legal-basis/case-legal-basis.entity';
import { Contribution } from './content/entities/contribution.entity';
import { Decision } from './content/entities/decision.entity';
import { AgendaGuest, AgendaItem, Meeting, MeetingAttendee } from './meetings/entities/meeting.entity';
import { CaseTableMember } from './tables/entities/case-table-member.entity';
import { CaseTable } from './tables/entities/case-table.entity';

/** Every entity of the case-tables feature, for apps/entities.ts. */
export const CASE_TABLE_ENTITIES = [
  CaseTable,
  CaseTableMember,
  Case,
  CaseParticipant,
  CaseSubject,
  CaseSignal,
  CaseEscalation,
  CaseEvent,
  CaseClosing,
  CaseHandover,
  CaseLegalBasis,
  Meeting,
  MeetingAttendee,
  AgendaItem,
  AgendaGuest,
  Contribution,
  Decision,
  ActionItem,
  ActionItemPostponement,
];
