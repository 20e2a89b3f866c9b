// Matching a checklist's items to the task items (`- [ ]` / `- [x]`) a user wrote: by text, so
// that reordering or adding items never ticks the wrong one; by position only as a last resort
// when the list holds exactly the catalog's items (a reworded item in an untouched template).
import type { ListItem } from './document';
import type { TaskFact } from './progress-facts';
import { normalizeTitle } from './text';

/** The task items among `items` between lines `from` and `to` (exclusive), as facts. */
export function tasksOf(items: readonly ListItem[], path: string, from = -1, to = Infinity): TaskFact[] {
  const out: TaskFact[] = [];
  for (const i of items) {
    if (i.task && i.line > from && i.line < to) out.push({ section: undefined, norm: normalizeTitle(i.text), ref: { path, line: i.line, checked: i.task.checked, box: i.task.boxRange } });
  }
  return out;
}

/**
 * The task each title matches, index for index (undefined: none). Each task is claimed once:
 * exact text first for every title, then one text starting with the other, then (when
 * `byPosition` and the counts agree) the task at the same position.
 */
export function matchTasks(tasks: readonly TaskFact[], titles: readonly string[], byPosition: boolean): Array<TaskFact | undefined> {
  const out: Array<TaskFact | undefined> = titles.map(() => undefined);
  const claimed = new Set<TaskFact>();
  const wants = titles.map(normalizeTitle);
  const pass = (ok: (t: TaskFact, want: string) => boolean) => {
    wants.forEach((want, i) => {
      if (out[i]) return;
      const hit = tasks.find((t) => !claimed.has(t) && ok(t, want));
      if (hit) {
        out[i] = hit;
        claimed.add(hit);
      }
    });
  };
  pass((t, want) => t.norm === want);
  pass((t, want) => want !== '' && t.norm !== '' && (t.norm.startsWith(`${want} `) || want.startsWith(`${t.norm} `)));
  if (byPosition && tasks.length === titles.length) {
    wants.forEach((_, i) => {
      if (!out[i] && !claimed.has(tasks[i])) {
        out[i] = tasks[i];
        claimed.add(tasks[i]);
      }
    });
  }
  return out;
}
