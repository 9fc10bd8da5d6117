import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Heading2 } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../../../gql';
import { useApiMutation } from '../../../../shared/graphql/hooks';
import { Button } from '../../../../shared/ui/Button';
import { ErrorSummary, type FieldProblem } from '../../../../shared/ui/ErrorSummary';
import { TextField } from '../../../../shared/ui/FormControls';
import { ApiErrorNotice } from '../../../../shared/ui/ApiErrorNotice';

const ScheduleMeetingDocument = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
    }
  }
`);

/** The chair or case director plans a meeting; every current member except guests is invited. */
export function ScheduleMeetingForm({ caseTableId }: { caseTableId: string }) {
  const navigate = useNavigate();
  const [when, setWhen] = useState('');
  const [location, setLocation] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const schedule = useApiMutation(ScheduleMeetingDocument, { purpose: 'CASUSOVERLEG' });
  const whenId = `meeting-when-${caseTableId}`;
  return (
    <form
      className="vangrail-form"
      noValidate
      aria-labelledby="schedule-meeting-title"
      onSubmit={(event) => {
        event.preventDefault();
        const moment = when ? new Date(when) : undefined;
        const found: FieldProblem[] = [];
        if (!moment || Number.isNaN(moment.getTime())) found.push({ fieldId: whenId, message: 'Vul de datum en het tijdstip van het overleg in.' });
        else if (moment.getTime() < Date.now()) found.push({ fieldId: whenId, message: 'Kies een moment in de toekomst.' });
        setProblems(found);
        if (found.length || !moment) return;
        schedule.mutate(
          { input: { caseTableId, scheduledAt: moment.toISOString(), location: location.trim() || undefined } },
          { onSuccess: (result) => navigate(`/casustafels/${caseTableId}/overleggen/${result.scheduleMeeting.id}`) },
        );
      }}
    >
      <Heading2 id="schedule-meeting-title">Overleg plannen</Heading2>
      <ErrorSummary problems={problems} />
      <TextField id={whenId} type="datetime-local" label="Datum en tijd" value={when} onChange={setWhen} error={problems.find((p) => p.fieldId === whenId)?.message} required />
      <TextField label="Locatie" description="Bijvoorbeeld een zaal of ‘online’." value={location} onChange={setLocation} optional />
      {schedule.error ? <ApiErrorNotice error={schedule.error} /> : null}
      <Button appearance="primary" type="submit" busy={schedule.isPending}>Overleg plannen</Button>
    </form>
  );
}
