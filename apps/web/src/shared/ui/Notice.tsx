import type { ReactNode } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react/css-module';

/**
 * The app's one message box: errors and refusals are `alert` (read out at once), confirmations and
 * information `status`.
 */
export function Notice({ type, title, children }: { type: 'error' | 'warning' | 'info' | 'ok'; title?: ReactNode; children?: ReactNode }) {
  return (
    <Alert type={type} role={type === 'error' || type === 'warning' ? 'alert' : 'status'}>
      {title ? <Paragraph><strong>{title}</strong></Paragraph> : null}
      {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
    </Alert>
  );
}
