import { useState } from 'react';
import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../../gql';
import { useApiMutation } from '../../../shared/graphql/hooks';
import { ApiErrorNotice } from '../../../shared/ui/ApiErrorNotice';
import { Button } from '../../../shared/ui/Button';

const CloseMeetingDocument = graphql(`
  mutation CloseMeeting($input: CloseMeetingInput!) {
    closeMeeting(input: $input) { id state closedAt }
  }
`);

export interface AttendeeChoice {
  id: string;
  label: string;
}

/** Records who actually attended and closes the meeting: its minutes are locked from then on. */
export function CloseMeeting({ meetingId, members, invited }: { meetingId: string; members: readonly AttendeeChoice[]; invited: readonly string[] }) {
  const [present, setPresent] = useState<string[]>([...invited]);
  const [confirming, setConfirming] = useState(false);
  const close = useApiMutation(CloseMeetingDocument, { purpose: 'CASUSOVERLEG' });
  return (
    <div className="vangrail-stack">
      <Fieldset>
        <FieldsetLegend>Aanwezig</FieldsetLegend>
        <Paragraph>Vink af wie er echt was. Gasten staan bij hun agendapunt.</Paragraph>
        {members.map((member) => {
          const id = `attendee-${member.id}`;
          const checked = present.includes(member.id);
          return (
            <FormField key={member.id} type="checkbox">
              <Checkbox id={id} checked={checked} onChange={() => setPresent(checked ? present.filter((p) => p !== member.id) : [...present, member.id])} />
              <FormLabel htmlFor={id} type="checkbox">{member.label}</FormLabel>
            </FormField>
          );
        })}
      </Fieldset>
      {close.error ? <ApiErrorNotice error={close.error} /> : null}
      {confirming ? (
        <div className="vangrail-confirm" role="group" aria-labelledby="close-confirm-text">
          <Paragraph id="close-confirm-text"><strong>Weet je het zeker?</strong> Na het sluiten ligt het verslag vast; correcties kunnen alleen nog als aanvulling.</Paragraph>
          <div className="vangrail-actions">
            <Button appearance="primary" busy={close.isPending} onClick={() => close.mutate({ input: { meetingId, attendeeIds: present } })}>Ja, overleg sluiten</Button>
            <Button appearance="subtle" onClick={() => setConfirming(false)}>Nee, nog niet</Button>
          </div>
        </div>
      ) : (
        <Button appearance="primary" onClick={() => setConfirming(true)}>Overleg sluiten</Button>
      )}
    </div>
  );
}
