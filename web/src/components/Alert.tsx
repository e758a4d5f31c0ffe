import type { ReactNode, Ref } from 'react';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

interface AlertProps {
  type?: AlertType;
  heading?: ReactNode;
  children?: ReactNode;
  /** `alert`/`status` for messages that appear after an action, so screen readers announce them. */
  role?: 'alert' | 'status';
  id?: string;
  /** Set when the caller moves focus to the alert (an error summary after a failed submit). */
  ref?: Ref<HTMLDivElement>;
}

export function Alert({ type = 'info', heading, children, role, id, ref }: AlertProps) {
  return (
    <div ref={ref} id={id} className={`utrecht-alert utrecht-alert--${type} dbk-alert`} role={role} tabIndex={ref ? -1 : undefined}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {heading ? <p className="dbk-alert__heading">{heading}</p> : null}
          {children}
        </div>
      </div>
    </div>
  );
}
