import { DataCategory, PiiCrypto } from '@vangrail/privacy';
import type { SubjectView } from '@vangrail/subjects';
import { SignalSubjectView, SignalView } from './dto/signal.type';
import type { SignalSubject } from './entities/signal-subject.entity';
import { Signal } from './entities/signal.entity';
import type { SignalCategory, SignalFlag, Urgency } from './signal-vocabulary';

/** The reporter's view of their own signal: the reporter always sees what they wrote. */
export function reporterView(signal: Signal, subjects: { role: string; subject: SubjectView }[], crypto: PiiCrypto): SignalView {
  return {
    id: signal.id,
    category: signal.category as SignalCategory,
    urgency: signal.urgency as Urgency,
    flags: signal.flags as SignalFlag[],
    observedAt: signal.observedAt,
    createdAt: signal.createdAt,
    description: crypto.decrypt(signal.descriptionEncrypted),
    dataCategories: signal.dataCategories as DataCategory[],
    subjects,
    routed: signal.routedAt !== null,
    withheld: [],
  };
}

/** Pairs a signal's subject links with the (minimised) subject views the caller may see, keeping the role. */
export function withRoles(links: SignalSubject[], views: SubjectView[]): SignalSubjectView[] {
  return links.flatMap((link) => {
    const subject = views.find((view) => view.id === link.subjectId);
    return subject ? [{ role: link.role, subject }] : [];
  });
}
