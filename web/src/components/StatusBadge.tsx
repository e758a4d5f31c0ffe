import type { ReactNode } from 'react';

type Status = 'active' | 'inactive' | 'neutral' | 'warning';

export function StatusBadge({ status, children }: { status: Status; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${status} dbk-status-badge dbk-status-badge--${status}`}>{children}</span>;
}
