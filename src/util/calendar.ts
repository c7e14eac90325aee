import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { addYears } from "date-fns/addYears";
import { getDaysInMonth } from "date-fns/getDaysInMonth";

/** A calendar period with inclusive ISO start and end days. */
export interface Period {
  start: string;
  end: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Local-midnight Date for an ISO day; all calendar arithmetic stays in local time. */
export function toDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function fromDate(date: Date): string {
  return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new Date(year, month - 1, 1));
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The period from the first day of `fromMonth` to the last day of `toMonth` of `year`;
 * months past 12 run into the next year (Winter = December to February).
 */
export function monthSpan(year: number, fromMonth: number, toMonth: number): Period {
  const endYear = year + Math.floor((toMonth - 1) / 12);
  const endMonth = ((toMonth - 1) % 12) + 1;
  return {
    start: isoDay(year, fromMonth, 1),
    end: isoDay(endYear, endMonth, daysInMonth(endYear, endMonth)),
  };
}

export type Unit = "day" | "week" | "month" | "year";

/** Shifts an ISO day by whole units (date-fns clamps month ends: 31 Jan + 1 month = 28/29 Feb). */
export function shift(iso: string, amount: number, unit: Unit): string {
  const date = toDate(iso);
  const moved =
    unit === "day" ? addDays(date, amount)
    : unit === "week" ? addWeeks(date, amount)
    : unit === "month" ? addMonths(date, amount)
    : addYears(date, amount);
  return fromDate(moved);
}

/** Expands a two-digit year: 00–69 → 2000s, 70–99 → 1900s. */
export function fullYear(digits: string): number {
  const value = Number(digits);
  if (digits.length !== 2) return value;
  return value < 70 ? 2000 + value : 1900 + value;
}
