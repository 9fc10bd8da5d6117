import { formatDateTime } from '../../../shared/i18n/vocabulary';

const HOUR = 3600_000;

/** The triage deadline as a badge: overdue, due within a day, or just the date. Colour is never the only signal. */
export function DeadlineBadge({ deadline, overdue, open }: { deadline: string; overdue: boolean; open: boolean }) {
  const remaining = new Date(deadline).getTime() - Date.now();
  const kind = !open ? 'closed' : overdue || remaining < 0 ? 'overdue' : remaining < 24 * HOUR ? 'due' : 'later';
  const text = kind === 'overdue' ? `Termijn verstreken (${formatDateTime(deadline)})` : kind === 'due' ? `Binnen 24 uur: ${formatDateTime(deadline)}` : `Termijn ${formatDateTime(deadline)}`;
  return <span className={`vangrail-badge vangrail-badge--${kind}`}>{text}</span>;
}
