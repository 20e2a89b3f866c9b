import { AttachedCache } from './attached-cache';
import type { SectionDef } from './catalog';
import type { Cell, ListItem, MdDocument, Section, Table, TableRow } from './document';
import { normalizeTitle } from './text';
import type { Range } from './types';

/** An owned or dated item: a table row or a top-level list item of a section the catalog marks. */
export interface Item {
  kind: 'row' | 'list';
  line: number;
  /** What the item is called in messages: its first cell or its text, shortened. */
  label: string;
  labelRange: Range;
  def: SectionDef;
  section: Section;
  table: Table | undefined;
  row: TableRow | undefined;
  listItem: ListItem | undefined;
  /** Owner cell or `Owner: NAME` / `@name` text; undefined when none is given. */
  owner: { text: string; range: Range } | undefined;
  /** The date that schedules the item (due/deadline/date… column, or an ISO date in the text). */
  date: { text: string; range: Range } | undefined;
  /** Baseline and forecast cells of a milestone table, where present. */
  baseline: { text: string; range: Range } | undefined;
  forecast: { text: string; range: Range } | undefined;
  /** Whether the table has an owner / a date column (always true for list items, which carry them inline). */
  hasOwnerColumn: boolean;
  hasDateColumn: boolean;
  /** Open unless checked, or its Status cell says done. */
  open: boolean;
}

const OWNER_COLUMNS = new Set(['owner', 'owners', 'responsible', 'assignee', 'assigned to', 'who', 'dri', 'accountable', 'action owner', 'lead']);
// In order of preference for "the date that schedules the item".
const DATE_COLUMNS = ['due', 'due date', 'deadline', 'date', 'target date', 'target', 'by', 'when', 'eta', 'completion date', 'forecast', 'baseline'];
const STATUS_COLUMNS = new Set(['status', 'state']);
const DONE = new Set(['done', 'closed', 'complete', 'completed', 'resolved']);

const OWNER_INLINE = /\b(?:owners?|assignee|responsible|dri)\s*[:=]\s*([^;|()\n]+?)(?=\s*(?:[;|()]|,\s*(?:due|by|date|deadline|\d{4}-\d{2}-\d{2})\b|\s[-–—]\s|$))/i;
const MENTION = /(?:^|[\s(])@([A-Za-z][\w.-]*(?:\s+[A-Z][\w.-]*)?)/;
const ISO = /\b\d{4}-\d{2}-\d{2}\b/;

export function columnIndex(table: Table, names: ReadonlySet<string> | readonly string[]): number {
  return indexOfColumn(table.header.cells.map((c) => c.text), names);
}

/** Index of the first header text (markup and case ignored) that is one of `names`, in the order of `names`. */
function indexOfColumn(headers: readonly string[], names: ReadonlySet<string> | readonly string[]): number {
  const norm = headers.map((h) => normalizeTitle(stripMarkup(h)));
  for (const n of names) {
    const i = norm.indexOf(n);
    if (i >= 0) return i;
  }
  return -1;
}

/** The catalog's name for a section's owner or date column ("Deadline", "Forecast"…), else `fallback`. */
export function catalogColumn(def: SectionDef, kind: 'owner' | 'date', fallback: string): string {
  const columns = def.columns ?? [];
  const i = indexOfColumn(columns, kind === 'owner' ? OWNER_COLUMNS : DATE_COLUMNS);
  return i >= 0 ? columns[i] : fallback;
}

export function ownerColumn(table: Table): number {
  return columnIndex(table, OWNER_COLUMNS);
}

export function dateColumn(table: Table): number {
  return columnIndex(table, DATE_COLUMNS);
}

/** Removes emphasis and code markers from a cell for comparison. */
export function stripMarkup(s: string): string {
  return s.replace(/[*_`~]/g, '').trim();
}

function cellValue(row: TableRow, i: number): { text: string; range: Range } | undefined {
  if (i < 0) return undefined;
  const c: Cell | undefined = row.cells[i];
  if (!c) return undefined;
  return { text: stripMarkup(c.text), range: c.range };
}

/** The items of every matched section carrying `flag`, in document order. */
export function itemsOf(doc: MdDocument, sections: Array<{ def: SectionDef; section: Section }>): Item[] {
  const items: Item[] = [];
  for (const { def, section } of sections) items.push(...sectionItems(doc, def, section));
  // Stable: rows and list items of one line keep their section order.
  items.sort((a, b) => a.line - b.line);
  return items;
}

// Performance (bench/README.md): four rules read the items of the same sections of a document;
// they are read once per section. Items are shared, so rules only read them.
const itemCache = new AttachedCache<Section, { doc: MdDocument; def: SectionDef; items: readonly Item[] }>('itemCache');

function sectionItems(doc: MdDocument, def: SectionDef, section: Section): readonly Item[] {
  const hit = itemCache.get(section);
  if (hit && hit.doc === doc && hit.def === def) return hit.items;
  const items = readSectionItems(doc, def, section);
  itemCache.set(section, { doc, def, items });
  return items;
}

function readSectionItems(doc: MdDocument, def: SectionDef, section: Section): Item[] {
  const items: Item[] = [];
  for (const table of doc.tables) {
    if (table.line <= section.line || table.line >= section.end) continue;
    const oc = ownerColumn(table);
    const dc = dateColumn(table);
    const bc = columnIndex(table, ['baseline', 'baseline date', 'planned', 'planned date', 'original date']);
    const fc = columnIndex(table, ['forecast', 'forecast date', 'revised date', 'expected date', 'current forecast']);
    const sc = columnIndex(table, STATUS_COLUMNS);
    for (const row of table.rows) {
      const first = row.cells[0];
      if (!first || row.cells.every((c) => c.text.trim() === '')) continue;
      const status = cellValue(row, sc);
      items.push({
        kind: 'row',
        line: row.line,
        label: shorten(stripMarkup(first.text)),
        labelRange: first.text ? first.range : row.range,
        def,
        section,
        table,
        row,
        listItem: undefined,
        owner: cellValue(row, oc),
        date: cellValue(row, dc),
        baseline: cellValue(row, bc),
        forecast: cellValue(row, fc),
        hasOwnerColumn: oc >= 0,
        hasDateColumn: dc >= 0,
        open: !status || !DONE.has(status.text.toLowerCase().replace(/[^a-z]/g, '')),
      });
    }
  }
  for (const li of doc.listItems) {
    if (li.line <= section.line || li.line >= section.end) continue;
    if (li.parent && li.parent.line > section.line) continue;
    if (!li.text) continue;
    const line = doc.lines.line(li.line);
    const textStart = li.textRange.start.character;
    const masked = doc.maskedLine(li.line);
    const body = masked.slice(textStart);
    let owner: Item['owner'];
    const om = OWNER_INLINE.exec(body);
    if (om) {
      const at = textStart + om.index + om[0].indexOf(om[1], om[0].indexOf(':') >= 0 ? om[0].indexOf(':') : 0);
      owner = { text: om[1].trim(), range: { start: { line: li.line, character: at }, end: { line: li.line, character: at + om[1].trim().length } } };
    } else {
      const mm = MENTION.exec(body);
      if (mm) {
        const at = textStart + mm.index + mm[0].indexOf('@');
        owner = { text: mm[1].trim(), range: { start: { line: li.line, character: at }, end: { line: li.line, character: at + 1 + mm[1].trim().length } } };
      }
    }
    let date: Item['date'];
    const dm = ISO.exec(body);
    if (dm) {
      const at = textStart + dm.index;
      date = { text: dm[0], range: { start: { line: li.line, character: at }, end: { line: li.line, character: at + dm[0].length } } };
    }
    items.push({
      kind: 'list',
      line: li.line,
      label: shorten(stripMarkup(line.slice(textStart, li.textRange.end.character))),
      labelRange: li.textRange,
      def,
      section,
      table: undefined,
      row: undefined,
      listItem: li,
      owner,
      date,
      baseline: undefined,
      forecast: undefined,
      hasOwnerColumn: true,
      hasDateColumn: true,
      open: li.task ? !li.task.checked : true,
    });
  }
  return items;
}

/** Splits "Dana and Lee / Ops team, Sam" into names. */
export function splitOwners(text: string): string[] {
  return text
    .split(/\s*(?:,|\/|;|&|\+|\band\b)\s*/i)
    .map((s) => s.replace(/^@/, '').trim())
    .filter(Boolean);
}

export function shorten(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const MONTHS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WRITTEN_DATE = new RegExp(`\\b(?:${MONTHS}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}\\.?,?\\s+\\d{4})\\b`, 'i');

/** The ISO date (YYYY-MM-DD) a date text names, when it names exactly one concrete day. */
export function concreteDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso) return iso[0];
  const w = WRITTEN_DATE.exec(text);
  if (w) {
    const d = new Date(`${w[0].replace(/(\d)(st|nd|rd|th)/i, '$1')} UTC`);
    if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, 10);
  }
  return undefined;
}
