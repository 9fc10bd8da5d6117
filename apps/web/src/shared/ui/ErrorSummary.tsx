import { useEffect, useRef } from 'react';
import { Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react/css-module';

export interface FieldProblem {
  /** The id of the input, so the link moves focus there. */
  fieldId: string;
  message: string;
}

/**
 * GOV.UK-style error summary: takes focus when it appears (screen readers read it out), links to each
 * field, and shows the count. The page title carries the count too (see usePageTitle).
 */
export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = problems.map((problem) => `${problem.fieldId}:${problem.message}`).join('|');
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [key, problems.length]);
  if (!problems.length) return null;
  return (
    <div ref={ref} className="vangrail-error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <Heading2 id="error-summary-title">{problems.length === 1 ? 'Er is 1 invoerfout' : `Er zijn ${problems.length} invoerfouten`}</Heading2>
      <Paragraph>Verbeter de gemarkeerde velden.</Paragraph>
      <UnorderedList>
        {problems.map((problem) => (
          <UnorderedListItem key={problem.fieldId + problem.message}>
            <Link
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(problem.fieldId)?.focus();
              }}
            >
              {problem.message}
            </Link>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </div>
  );
}
