import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { WithheldNotice } from './Withheld';

export const SubjectSummaryFragment = graphql(`
  fragment SubjectSummary on SubjectView {
    id
    type
    restricted
    person { name bsn dateOfBirth address { street houseNumber houseNumberAddition postcode town } }
    address { street houseNumber houseNumberAddition postcode town }
    organisation { name kvkNumber }
    withheld { category count reasonNl }
  }
`);

type Address = { street?: string | null; houseNumber?: number | null; houseNumberAddition?: string | null; postcode?: string | null; town?: string | null };

function addressLine(address: Address | null | undefined): string | undefined {
  if (!address) return undefined;
  const street = [address.street, address.houseNumber, address.houseNumberAddition].filter(Boolean).join(' ');
  return [street, [address.postcode, address.town].filter(Boolean).join(' ')].filter(Boolean).join(', ') || undefined;
}

/** A subject as minimised for the reader, with what is withheld from them and why. */
export function SubjectSummary({ subject: masked }: { subject: FragmentType<typeof SubjectSummaryFragment> }) {
  const subject = getFragmentData(SubjectSummaryFragment, masked);
  if (subject.restricted) return <span>Verwerking beperkt (AVG art. 18): gegevens worden niet getoond.</span>;
  const lines = subject.person
    ? [subject.person.name, subject.person.bsn ? `BSN ${subject.person.bsn}` : undefined, subject.person.dateOfBirth ? `geboren ${subject.person.dateOfBirth}` : undefined, addressLine(subject.person.address)]
    : subject.organisation
      ? [subject.organisation.name, `KvK ${subject.organisation.kvkNumber}`]
      : [addressLine(subject.address)];
  return (
    <>
      <span>{lines.filter(Boolean).join(' · ') || 'Geen gegevens zichtbaar'}</span>
      <WithheldNotice items={subject.withheld} />
    </>
  );
}
