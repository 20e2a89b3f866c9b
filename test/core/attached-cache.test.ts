import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AttachedCache } from '../../src/core/attached-cache';
import { parseDocument } from '../../src/core/document';

const SRC = join(__dirname, '..', '..', '..', 'src');

describe('AttachedCache', () => {
  it('gives back what was set for the same key, nothing for another', () => {
    const c = new AttachedCache<object, number>('n');
    const a = {};
    const b = {};
    assert.equal(c.get(a), undefined);
    assert.equal(c.has(a), false);
    c.set(a, 1);
    assert.equal(c.get(a), 1);
    assert.equal(c.has(a), true);
    assert.equal(c.get(b), undefined);
    c.set(a, 2);
    assert.equal(c.get(a), 2);
  });

  it('two caches on one key keep their own values', () => {
    const one = new AttachedCache<object, string>('same name');
    const two = new AttachedCache<object, string>('same name');
    const k = {};
    one.set(k, 'one');
    two.set(k, 'two');
    assert.equal(one.get(k), 'one');
    assert.equal(two.get(k), 'two');
  });

  it('leaves the key looking as it did: not enumerable, equal to an untouched copy', () => {
    const text = '# Title\n\n## Milestones\n\n| Milestone | Owner |\n|---|---|\n| SSO | Dana |\n';
    const doc = parseDocument(text);
    const fresh = parseDocument(text);
    const c = new AttachedCache<object, string[]>('norms');
    c.set(doc, ['x']);
    c.set(doc.sections[1], ['y']);
    c.set(doc.tables[0], ['z']);
    assert.deepEqual(Object.keys(doc), Object.keys(fresh));
    assert.deepStrictEqual(doc.sections, fresh.sections);
    assert.deepStrictEqual(doc.tables, fresh.tables);
    assert.equal(JSON.stringify(doc.sections), JSON.stringify(fresh.sections));
  });

  it('keys that cannot take a property still work', () => {
    const c = new AttachedCache<object, number>('n');
    const frozen = Object.freeze({});
    const sealed = Object.seal({});
    c.set(frozen, 1).set(sealed, 2);
    assert.equal(c.get(frozen), 1);
    assert.equal(c.get(sealed), 2);
    assert.equal(c.has(frozen), true);
    const later = {};
    c.set(later, 3);
    Object.freeze(later);
    c.set(later, 4);
    assert.equal(c.get(later), 4, 'frozen after a first value');
  });

  // A module-level WeakMap keyed by a parsed document or one of its parts keeps each value (and
  // what it refers to) alive through V8's minor GCs, so every linted document is promoted to the
  // old generation: the 10,000-file CLI run went from ~130 to ~410 MiB peak RSS that way.
  it('per-document caches in src/core are AttachedCaches, not WeakMaps', () => {
    const perDocument = /new WeakMap<\s*(?:MdDocument|Section|Table|TableRow|ListItem|Block|Cell|Comment)\b/;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts') && perDocument.test(readFileSync(p, 'utf8'))) offenders.push(p.slice(SRC.length + 1));
      }
    };
    walk(join(SRC, 'core'));
    assert.deepEqual(offenders, [], 'use AttachedCache (src/core/attached-cache.ts) for values derived from one parsed document');
  });
});
