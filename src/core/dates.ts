// Calendar arithmetic on the dates deliverables carry (ISO days, optionally with a time), in UTC so results never depend on the machine's zone.
import { concreteDate } from './items';

const DAY_MS = 86_400_000;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Days since 1970-01-01 of a real calendar day YYYY-MM-DD; undefined for anything else (2026-02-30 included). */
export function dayNumber(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(t / DAY_MS);
}

/** Every real ISO day written in a text, in order. */
export function isoDaysIn(text: string): string[] {
  const out: string[] = [];
  ISO_DAY.lastIndex = 0;
  for (let m = ISO_DAY.exec(text); m; m = ISO_DAY.exec(text)) if (dayNumber(m[0]) !== undefined) out.push(m[0]);
  return out;
}

/**
 * The day a date text schedules: the latest ISO day it names (a range or a struck-out old
 * date followed by the new one ends at the later), else a written date ("3 March 2026").
 */
export function scheduledDay(text: string): string | undefined {
  const days = isoDaysIn(text);
  if (days.length) return days.reduce((a, b) => (b > a ? b : a));
  const written = concreteDate(text);
  return written && dayNumber(written) !== undefined ? written : undefined;
}

/**
 * A front-matter date or date-time as milliseconds since the epoch (UTC; a date alone is its
 * midnight). Accepts YAML's Date objects too. Undefined when it is not a real date.
 */
export function instant(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATETIME.exec(value.trim());
  if (!m) return undefined;
  const day = dayNumber(`${m[1]}-${m[2]}-${m[3]}`);
  if (day === undefined) return undefined;
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  let offset = 0;
  const z = m[7];
  if (z && z !== 'Z') {
    const zm = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
    if (zm) offset = (zm[1] === '-' ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3])) * 60_000;
  }
  return day * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 - offset;
}
