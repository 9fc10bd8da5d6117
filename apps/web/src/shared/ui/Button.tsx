import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { Button as UtrechtButton } from '@utrecht/component-library-react/css-module';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: 'primary' | 'secondary' | 'subtle';
  hint?: 'danger' | 'warning';
  /** Shows the action is running; the button stays focusable and announces it. */
  busy?: boolean;
  children: ReactNode;
}

const APPEARANCE = { primary: 'primary-action-button', secondary: 'secondary-action-button', subtle: 'subtle-button' } as const;

/**
 * The one button of the app (lint forbids the raw Utrecht buttons): always `type="button"` unless
 * told otherwise, never disabled while busy (it would drop keyboard focus) but guarded by aria-disabled.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { appearance = 'secondary', hint, busy = false, type = 'button', onClick, children, ...rest },
  ref,
) {
  return (
    <UtrechtButton
      ref={ref}
      type={type}
      appearance={APPEARANCE[appearance]}
      hint={hint}
      busy={busy}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    >
      {children}
    </UtrechtButton>
  );
});
