import { addDays, dayNumber } from '../../services/domain/cost.js';

/** A month as `year * 12 + (month - 1)`, so months subtract to a lag. */
export type MonthIndex = number;

export function monthIndex(isoDate: string): MonthIndex {
  return Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
}

export function monthStart(month: MonthIndex): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

export function monthEnd(month: MonthIndex): string {
  return addDays(monthStart(month + 1), -1);
}

export function monthLabel(month: MonthIndex): string {
  return monthStart(month).slice(0, 7);
}

export function daysInMonth(month: MonthIndex): number {
  return dayNumber(monthStart(month + 1)) - dayNumber(monthStart(month));
}

export const yearStart = (year: number) => `${String(year).padStart(4, '0')}-01-01`;
export const yearEnd = (year: number) => `${String(year).padStart(4, '0')}-12-31`;

/** Days of [from, to], both inclusive (0 when to is before from). */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

export const minDate = (a: string, b: string) => (a <= b ? a : b);
export const maxDate = (a: string, b: string) => (a >= b ? a : b);
