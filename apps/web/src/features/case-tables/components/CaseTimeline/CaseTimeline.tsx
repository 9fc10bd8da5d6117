import { Paragraph } from '@utrecht/component-library-react/css-module';
import { graphql } from '../../../../gql';
import type { Purpose } from '../../../../gql/schema-types';
import { useApiQuery } from '../../../../shared/graphql/hooks';
import { humaniseCaseStates } from '../../../../shared/i18n/case-tables';
import { DATA_CATEGORY, DISCIPLINE, formatDateTime } from '../../../../shared/i18n/vocabulary';
import { ApiErrorNotice } from '../../../../shared/ui/ApiErrorNotice';
import { LoadingState } from '../../../../shared/ui/LoadingState';
import { humaniseReason } from '../../../../shared/ui/Withheld';

const CaseTimelineDocument = graphql(`
  query CaseTimeline($caseId: ID!) {
    caseTimeline(caseId: $caseId) {
      kind
      occurredAt
      descriptionNl
      actor { displayName discipline }
      withheld { category count reasonNl }
    }
  }
`);

/** Everything that happened on the case, in order; an entry whose content is withheld says so and why. */
export function CaseTimeline({ caseId, purpose }: { caseId: string; purpose: Purpose }) {
  const { data, error } = useApiQuery(CaseTimelineDocument, { caseId }, { purpose });
  if (error) return <ApiErrorNotice error={error} />;
  if (!data) return <LoadingState label="De tijdlijn wordt geladen…" />;
  if (!data.caseTimeline.length) return <Paragraph>Er is nog niets gebeurd.</Paragraph>;
  return (
    <ol className="vangrail-timeline" aria-label="Tijdlijn">
      {data.caseTimeline.map((entry, index) => (
        <li key={`${entry.occurredAt}-${index}`}>
          <Paragraph>
            <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
            {' · '}
            {humaniseReason(humaniseCaseStates(entry.descriptionNl))}
            {entry.actor ? ` · ${entry.actor.displayName}${entry.actor.discipline ? ` (${DISCIPLINE[entry.actor.discipline]})` : ''}` : ''}
          </Paragraph>
          {entry.withheld ? (
            <Paragraph className="vangrail-muted">
              Inhoud afgeschermd ({DATA_CATEGORY[entry.withheld.category].label}): {humaniseReason(entry.withheld.reasonNl)}
            </Paragraph>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
