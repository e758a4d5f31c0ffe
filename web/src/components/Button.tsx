import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

type Appearance = 'primary' | 'secondary' | 'subtle' | 'danger';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: Appearance;
  /** Shows the action is running; the button stays in the tab order but does nothing. */
  busy?: boolean;
  children: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

const APPEARANCE: Record<Appearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--primary-action utrecht-button--danger',
};

export function Button({ appearance = 'secondary', busy = false, type = 'button', className, onClick, children, ...rest }: ButtonProps) {
  const classes = ['utrecht-button', 'utrecht-button--html-button', APPEARANCE[appearance]];
  if (type === 'submit') classes.push('utrecht-button--submit');
  if (busy) classes.push('utrecht-button--busy');
  if (className) classes.push(className);
  return (
    <button
      type={type}
      className={classes.join(' ')}
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
    </button>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group dbk-button-group">{children}</div>;
}
