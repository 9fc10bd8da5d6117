import type { SignalSubjectInput } from '../../../gql/schema-types';
import { bsnProblem, houseNumberProblem, kvkProblem, normalisePostcode, postcodeProblem } from '../../../shared/validation/dutch-identifiers';
import type { FieldProblem } from '../../../shared/ui/ErrorSummary';

export type SubjectKind = 'PERSON' | 'ADDRESS' | 'ORGANISATION';

/** One subject as the user fills it in (strings, as typed). */
export interface SubjectDraft {
  key: string;
  kind: SubjectKind;
  bsn: string;
  name: string;
  dateOfBirth: string;
  postcode: string;
  houseNumber: string;
  houseNumberAddition: string;
  kvkNumber: string;
  organisationName: string;
}

export function emptySubject(): SubjectDraft {
  return { key: crypto.randomUUID(), kind: 'PERSON', bsn: '', name: '', dateOfBirth: '', postcode: '', houseNumber: '', houseNumberAddition: '', kvkNumber: '', organisationName: '' };
}

export type SubjectField = 'bsn' | 'name' | 'postcode' | 'houseNumber' | 'kvkNumber' | 'kind';

export function subjectFieldId(index: number, field: SubjectField): string {
  return `subject-${index}-${field}`;
}

/** What is wrong with a subject, per field; `complete` also asks for what is required. */
export function subjectProblems(subject: SubjectDraft, index: number, complete: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: SubjectField, message: string | undefined) => {
    if (message) problems.push({ fieldId: subjectFieldId(index, field), message: `Betrokkene ${index + 1}: ${message}` });
  };
  const hasAddress = Boolean(subject.postcode || subject.houseNumber);
  if (subject.kind === 'PERSON') {
    add('bsn', bsnProblem(subject.bsn));
    if (complete && !subject.bsn && !subject.name && !hasAddress) add('bsn', 'Vul een BSN, een naam of een adres in, zodat duidelijk is om wie het gaat.');
  }
  if (subject.kind === 'ORGANISATION') {
    add('kvkNumber', kvkProblem(subject.kvkNumber));
    if (complete && !subject.kvkNumber) add('kvkNumber', 'Vul het KvK-nummer in.');
  }
  if (subject.kind !== 'ORGANISATION') {
    add('postcode', postcodeProblem(subject.postcode));
    add('houseNumber', houseNumberProblem(subject.houseNumber));
    if (complete && (subject.kind === 'ADDRESS' || hasAddress)) {
      if (!subject.postcode) add('postcode', 'Vul de postcode in.');
      if (!subject.houseNumber) add('houseNumber', 'Vul het huisnummer in.');
    }
  }
  return problems;
}

export function toSubjectInput(subject: SubjectDraft): SignalSubjectInput {
  const address = subject.postcode && subject.houseNumber
    ? { postcode: normalisePostcode(subject.postcode), houseNumber: Number(subject.houseNumber), houseNumberAddition: subject.houseNumberAddition.trim() || undefined }
    : undefined;
  if (subject.kind === 'ORGANISATION') return { organisation: { kvkNumber: subject.kvkNumber.replace(/\s/g, ''), name: subject.organisationName.trim() || undefined } };
  if (subject.kind === 'ADDRESS') return { address };
  return {
    person: {
      bsn: subject.bsn.replace(/\s/g, '') || undefined,
      name: subject.name.trim() || undefined,
      dateOfBirth: subject.dateOfBirth || undefined,
      address,
    },
  };
}

/** The API names the field it refused (`input.subjects.0.person.bsn`); this is our input's id. */
export function fieldIdForApiField(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const subject = /^input\.subjects\.(\d+)\.(?:person\.|address\.|organisation\.|person\.address\.)*(\w+)$/.exec(field);
  if (subject) {
    const name = subject[2] as SubjectField;
    return subjectFieldId(Number(subject[1]), ['bsn', 'name', 'postcode', 'houseNumber', 'kvkNumber'].includes(name) ? name : 'bsn');
  }
  const top = /^input\.(\w+)/.exec(field);
  return top ? ({ category: 'category', urgency: 'urgency', description: 'description', observedAt: 'observedAt', dataCategories: 'dataCategories', flags: 'flags' } as Record<string, string>)[top[1]] : undefined;
}
