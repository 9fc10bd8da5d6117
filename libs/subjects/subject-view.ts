import { DataCategory, minimise, TaggedValue, Withheld } from '@vangrail/privacy';
import { Subject, SubjectType } from './entities/subject.entity';
import { AddressDetails, SubjectView } from './dto/subject.type';

const C = DataCategory;

function addressFields(prefix: string, address: Subject): TaggedValue<unknown>[] {
  return [
    { field: `${prefix}postcode`, category: C.ADRES, value: address.postcode },
    { field: `${prefix}houseNumber`, category: C.ADRES, value: address.houseNumber },
    { field: `${prefix}houseNumberAddition`, category: C.ADRES, value: address.houseNumberAddition },
    { field: `${prefix}street`, category: C.ADRES, value: address.street },
    { field: `${prefix}town`, category: C.ADRES, value: address.town },
    { field: `${prefix}bagId`, category: C.ADRES, value: address.bagId },
  ];
}

function addressDetails(values: Map<string, unknown>, prefix: string): AddressDetails | undefined {
  if (!values.has(`${prefix}postcode`)) return undefined;
  const pick = <T>(name: string) => values.get(`${prefix}${name}`) as T | undefined;
  return {
    postcode: pick('postcode'),
    houseNumber: pick('houseNumber'),
    houseNumberAddition: pick('houseNumberAddition'),
    street: pick('street'),
    town: pick('town'),
    bagId: pick('bagId'),
  };
}

export interface SubjectDisclosure {
  view: SubjectView;
  disclosed: DataCategory[];
  withheld: Withheld[];
}

/**
 * Builds what one caller may see of a subject: every field tagged with its data category, then
 * minimised. Organisation data is not personal data here and is always shown.
 */
export function discloseSubject(
  subject: Subject,
  personAddress: Subject | null,
  bsn: string | null,
  visible: ReadonlySet<DataCategory>,
  audience: string,
): SubjectDisclosure {
  const view: SubjectView = { id: subject.id, type: subject.type, withheld: [] };
  let tagged: TaggedValue<unknown>[] = [];
  if (subject.type === SubjectType.PERSON) {
    tagged = [
      { field: 'name', category: C.IDENTIFICATIE, value: subject.name },
      { field: 'dateOfBirth', category: C.IDENTIFICATIE, value: subject.dateOfBirth },
      { field: 'bsn', category: C.BSN, value: bsn },
      ...(personAddress ? addressFields('address.', personAddress) : []),
    ];
  } else if (subject.type === SubjectType.ADDRESS) {
    tagged = addressFields('', subject);
  }
  const { values, withheld, disclosed } = minimise(tagged, visible, audience);
  if (subject.type === SubjectType.PERSON) {
    view.person = {
      name: values.get('name') as string | undefined,
      dateOfBirth: values.get('dateOfBirth') as string | undefined,
      bsn: values.get('bsn') as string | undefined,
      address: addressDetails(values, 'address.'),
    };
  } else if (subject.type === SubjectType.ADDRESS) {
    view.address = addressDetails(values, '');
  } else {
    view.organisation = { kvkNumber: subject.kvkNumber ?? '', name: subject.organisationName ?? undefined };
  }
  view.withheld = withheld;
  return { view, disclosed, withheld };
}
