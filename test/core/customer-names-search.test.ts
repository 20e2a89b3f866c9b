import assert from 'node:assert/strict';
import { findNames, nameForms, type NameForm, type NameHit } from '../../src/core/customer-names';

// findNames skips the names a text cannot contain (see bench/README.md). Whatever the text, it
// must find exactly what searching for every form would: checked against that plain search.

function plainSearch(text: string, forms: readonly NameForm[]): NameHit[] {
  const hits: NameHit[] = [];
  for (const cs of [false, true]) {
    const list = [...new Set(forms.filter((f) => f.caseSensitive === cs).map((f) => f.text))].sort((a, b) => b.length - a.length);
    if (!list.length) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}_])`, cs ? 'gu' : 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ start: m.index, stop: m.index + m[0].length, text: m[0] });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.stop - a.stop);
  const out: NameHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.stop) continue;
    out.push(h);
  }
  return out;
}

const NAMES = ['Northwind Logistics', 'Northwind Health', 'Globex Corporation', 'Initech Software Inc.', 'Customer A', 'Kelvin Labs', 'Straße Werke GmbH', 'US Retail Operator 3', 'AT&T Business', 'Fourth Coffee', 'Sky', 'O’Neil Partners', 'Ünited Things', 'Massive Dynamic'];
const PIECES = ['Northwind', 'northwind', 'NORTHWIND', 'Health', 'health', 'Logistics', ' ', '  ', '\n', '\u00a0', '\t', '.', ',', '-', '_', "'", '’', 'Globex', 'globex corporation', 'Initech', 'Customer A', 'customer a', 'Kelvin', '\u212aelvin', 'ſky', 'Sky', 'Straße', 'STRASSE', 'US', 'us', 'Retail', 'Operator 3', 'AT&T', 'at&t business', 'Fourth Coffee', 'fourth\ncoffee', 'O’Neil', 'Ünited', 'ünited things', 'Massive\u00a0Dynamic', 'İnitech', 'x', 'é', '1', 'a'];

describe('customer name search', () => {
  it('finds exactly what searching for every form finds', () => {
    let seed = 7;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const generic = ['sky'];
    const forms = NAMES.map((n) => nameForms(n, generic));
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = Math.floor(rand() * 30); k > 0; k--) text += PIECES[Math.floor(rand() * PIECES.length)] + (rand() < 0.5 ? ' ' : '');
      for (const f of forms) assert.deepEqual(findNames(text, f), plainSearch(text, f), `${JSON.stringify(text)} / ${f.map((x) => x.text).join(', ')}`);
      // Names first seen after the text was searched once.
      const late = nameForms(`${PIECES[Math.floor(rand() * PIECES.length)].trim() || 'Zeta'} Group`, generic);
      assert.deepEqual(findNames(text, late), plainSearch(text, late));
    }
  });
});
