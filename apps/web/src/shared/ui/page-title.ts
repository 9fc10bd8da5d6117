import { useEffect } from 'react';

/** Sets the document title ("Signaal melden (2 invoerfouten) – Vangrail"): the first thing a screen reader announces. */
export function usePageTitle(title: string, problems = 0): void {
  useEffect(() => {
    const count = problems ? ` (${problems === 1 ? '1 invoerfout' : `${problems} invoerfouten`})` : '';
    document.title = `${title}${count} – Vangrail`;
  }, [title, problems]);
}
