import type { PlanDocument } from '../planTypes';

/** Every section edits the whole document through one stable function, so memoized parts stay put. */
export type Edit = (change: (document: PlanDocument) => PlanDocument) => void;
