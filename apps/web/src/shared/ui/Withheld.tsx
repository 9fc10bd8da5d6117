import { Paragraph } from '@utrecht/component-library-react/css-module';
import type { DataCategory } from '../../gql/schema-types';
import { DATA_CATEGORY, DISCIPLINE } from '../i18n/vocabulary';

export interface WithheldItem {
  category: DataCategory;
  count: number;
  reasonNl: string;
}

const WORDS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(DATA_CATEGORY).map(([key, value]) => [key, value.label])),
  ...DISCIPLINE,
};

/** The server's reason with its codes in the users' words ("GEZONDHEID … BWT" → "Gezondheid … Bouw- en woningtoezicht"). */
export function humaniseReason(reason: string): string {
  return reason.replace(/\b[A-Z][A-Z_]{1,}\b/g, (code) => WORDS[code] ?? code);
}

/**
 * Withheld data shown as withheld, never silently left out: what (category), how much (count) and
 * why (the server's stated reason).
 */
export function WithheldNotice({ items, noun = ['gegeven', 'gegevens'] }: { items: readonly WithheldItem[]; noun?: [string, string] }) {
  if (!items.length) return null;
  return (
    <div className="vangrail-withheld" role="note" aria-label="Afgeschermde gegevens">
      {items.map((item) => (
        <Paragraph key={item.category}>
          <strong>
            {item.count} {item.count === 1 ? noun[0] : noun[1]} afgeschermd ({DATA_CATEGORY[item.category].label})
          </strong>
          {': '}
          {humaniseReason(item.reasonNl)}
        </Paragraph>
      ))}
    </div>
  );
}
