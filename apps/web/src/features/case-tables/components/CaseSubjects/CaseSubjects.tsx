import { DataList, DataListItem, DataListKey, DataListValue, Heading3, Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import { CASE_SUBJECT_ROLE } from '../../../../shared/i18n/case-tables';
import { formatDate } from '../../../../shared/i18n/vocabulary';
import { WithheldNotice } from '../../../../shared/ui/Withheld';

export const CaseSubjectsFragment = graphql(`
  fragment CaseSubjects on Case {
    subjects {
      role
      subject {
        id
        type
        restricted
        person {
          name
          dateOfBirth
          bsn
          address { street houseNumber houseNumberAddition postcode town }
        }
        address { street houseNumber houseNumberAddition postcode town }
        organisation { name kvkNumber }
        withheld { category count reasonNl }
      }
    }
  }
`);

interface AddressShape {
  street?: string | null;
  houseNumber?: number | null;
  houseNumberAddition?: string | null;
  postcode?: string | null;
  town?: string | null;
}

function addressLine(address: AddressShape | null | undefined): string | undefined {
  if (!address) return undefined;
  const street = [address.street, address.houseNumber, address.houseNumberAddition].filter((part) => part !== null && part !== undefined && part !== '').join(' ');
  const town = [address.postcode, address.town].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ') || undefined;
}

/** Who and what the case is about, minimised for the reader: withheld fields are named with their reason. */
export function CaseSubjects(props: { data: FragmentType<typeof CaseSubjectsFragment> }) {
  const { subjects } = getFragmentData(CaseSubjectsFragment, props.data);
  return (
    <ul className="vangrail-card-list vangrail-card-list--single" aria-label="Betrokkenen">
      {subjects.map(({ role, subject }) => {
        const rows: [string, string | undefined][] = subject.person
          ? [['Naam', subject.person.name ?? undefined], ['Geboortedatum', subject.person.dateOfBirth ? formatDate(subject.person.dateOfBirth) : undefined], ['BSN', subject.person.bsn ?? undefined], ['Adres', addressLine(subject.person.address)]]
          : subject.organisation
            ? [['Naam', subject.organisation.name ?? undefined], ['KvK-nummer', subject.organisation.kvkNumber]]
            : [['Adres', addressLine(subject.address)]];
        const shown = rows.filter((row): row is [string, string] => Boolean(row[1]));
        return (
          <li key={subject.id} className="vangrail-card">
            <Heading3>{CASE_SUBJECT_ROLE[role]}: {subject.type === 'PERSON' ? 'persoon' : subject.type === 'ORGANISATION' ? 'organisatie' : 'adres'}</Heading3>
            {subject.restricted ? (
              <Paragraph>De verwerking van deze gegevens is beperkt (AVG art. 18); daarom zie je er niets van.</Paragraph>
            ) : shown.length ? (
              <DataList>
                {shown.map(([key, value]) => (
                  <DataListItem key={key}><DataListKey>{key}</DataListKey><DataListValue>{value}</DataListValue></DataListItem>
                ))}
              </DataList>
            ) : <Paragraph>Van deze betrokkene mag je geen gegevens zien.</Paragraph>}
            <WithheldNotice items={subject.withheld} noun={['gegeven', 'gegevens']} />
          </li>
        );
      })}
    </ul>
  );
}
