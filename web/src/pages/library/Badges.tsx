import { StatusBadge } from '../../components/StatusBadge';
import type { Origin } from './libraryApi';

/** The municipality's own item; a national default gets no badge (it is the normal case). */
export function OriginBadge({ origin }: { origin: Origin }) {
  return origin === 'local' ? <StatusBadge status="neutral">lokaal</StatusBadge> : null;
}

export function InactiveBadge({ active }: { active: boolean }) {
  return active ? null : <StatusBadge status="inactive">gedeactiveerd</StatusBadge>;
}
