import { Discipline } from '@vangrail/core';
import { DataCategory, PiiCrypto, Withheld } from '@vangrail/privacy';
import type { SubjectView } from '@vangrail/subjects';
import { SignalSubjectView, SignalView } from './dto/signal.type';
import type { SignalSubject } from './entities/signal-subject.entity';
import { Signal } from './entities/signal.entity';
import type { SignalCategory, SignalFlag, Urgency } from './signal-vocabulary';

/**
 * The reporter's view of their own signal: the reporter always sees what they wrote, and who it
 * reached. `routed` is true only when routing finished and at least one discipline got it.
 */
export function reporterView(signal: Signal, subjects: { role: string; subject: SubjectView }[], crypto: PiiCrypto): SignalView {
  return viewWith(signal, subjects, crypto.decrypt(signal.descriptionEncrypted));
}

function viewWith(signal: Signal, subjects: { role: string; subject: SubjectView }[], description: string | null): SignalView {
  const deliveredTo = signal.routedAt ? (signal.routingExplanation?.targets ?? []).filter((t) => !t.skipped).map((t) => t.discipline as Discipline) : [];
  return {
    id: signal.id,
    category: signal.category as SignalCategory,
    urgency: signal.urgency as Urgency,
    flags: signal.flags as SignalFlag[],
    observedAt: signal.observedAt,
    createdAt: signal.createdAt,
    description,
    dataCategories: signal.dataCategories as DataCategory[],
    subjects: subjects.map(({ role, subject }) => ({ role, subject: { ...subject, withheld: subject.withheld.map(asReporter) } })),
    routed: deliveredTo.length > 0,
    deliveredTo,
    ...heldNotice(signal),
    withheld: [],
  };
}

/**
 * A held signal (it names a person under restriction, AVG art. 18) as its reporter is told: stored,
 * not passed on for now, nothing to do. Deliberately without the reason, so the reporter does not
 * learn that this person asked for a restriction (docs/privacy.md).
 */
function heldNotice(signal: Signal): Pick<SignalView, 'held' | 'heldNotice' | 'heldNoticeNl'> {
  if (!signal.heldAt) return { held: false, heldNotice: null, heldNoticeNl: null };
  return {
    held: true,
    heldNotice: 'Your signal has been stored but is not passed on for now. You need not do anything: it is passed on as soon as that is possible. Questions: the privacy officer.',
    heldNoticeNl: 'Uw signaal is opgeslagen, maar wordt voorlopig niet doorgezet. U hoeft niets te doen: het wordt doorgezet zodra dat kan. Vragen: de privacy officer.',
  };
}

/**
 * The reporter's view of their own signal while a person it names is under restriction (AVG art. 18):
 * that it exists and whether it is held, without the description or the persons. The withheld reason
 * does not name the restriction.
 */
export function reporterViewUnderRestriction(signal: Signal, subjectCount: number): SignalView {
  return {
    ...viewWith(signal, [], null),
    withheld: [
      Object.assign(new Withheld(), {
        category: DataCategory.IDENTIFICATIE,
        count: subjectCount,
        fields: ['description', 'subjects'],
        reason: 'The description and the persons of this signal are not shown for now; ask the privacy officer if you have questions',
        reasonNl: 'De omschrijving en de betrokkenen van dit signaal worden op dit moment niet getoond; neem bij vragen contact op met de privacy officer',
      }),
    ],
  };
}

/**
 * Flagging a signal is not a way to look a person up: the reporter sees the address, while the
 * register's name, date of birth and BSN (which others may have entered) are not shown back.
 * That is the real reason, not the discipline's visibility.
 */
const FIELD_WORDS: Record<string, { en: string; nl: string }> = {
  name: { en: 'name', nl: 'naam' },
  dateOfBirth: { en: 'date of birth', nl: 'geboortedatum' },
  bsn: { en: 'BSN', nl: 'BSN' },
};

function asReporter(withheld: Withheld): Withheld {
  if (withheld.category === DataCategory.ADRES) return withheld;
  const words = (language: 'en' | 'nl') => withheld.fields.map((field) => FIELD_WORDS[field]?.[language] ?? field).join(', ') || withheld.category;
  return {
    ...withheld,
    reason: `${words('en')}: not shown back to the reporter; a reporter sees where their signal is about, not what the register holds about who`,
    reasonNl: `${words('nl')}: niet teruggetoond aan de melder; een melder ziet waarover het signaal gaat, niet wat er over wie is geregistreerd`,
  };
}

/** Pairs a signal's subject links with the (minimised) subject views the caller may see, keeping the role. */
export function withRoles(links: SignalSubject[], views: SubjectView[]): SignalSubjectView[] {
  return links.flatMap((link) => {
    const subject = views.find((view) => view.id === link.subjectId);
    return subject ? [{ role: link.role, subject }] : [];
  });
}
