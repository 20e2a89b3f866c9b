import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NameIndex, findNames, nameForms, type NameForm } from '../../src/core/customer-names';

// customer-leak and customer-named search a document only for the names whose leading word a
// `NameIndex` found in it (see bench/README.md). The filter may only rule out forms that cannot
// match: the hits with it must be the hits of the plain search, whatever the text.

const NAMES = ['Acme Corp', 'Kelvin Systems', 'Globex', 'Initech Software', 'Us Foods', 'Sable Inc.', 'Ünion Bank', 'O’Brien & Co', 'Q3 Labs', 'Mass_Data'];
const PIECES = ['acme', 'ACME', 'Acme', 'corp', 'kelvin', '\u212aelvin', 'systems', 'globex', 'GLOBEX', 'initech', 'software', 'us', 'foods', '\u017fable', 'sable', 'ünion', 'bank', 'o’brien', '&', 'co', 'q3', 'labs', 'mass_data', 'mass', '_', 'İ', 'é', 'x', '1', ' ', '  ', '\n', '-', '.', ',', "'", '’'];

function filtered(text: string, forms: NameForm[]) {
  const index = new NameIndex(forms);
  const found = index.present(text);
  return findNames(text, forms, (f) => index.mayOccur(f.text, found));
}

describe('NameIndex', () => {
  const forms = NAMES.flatMap((n) => nameForms(n, []));

  it('finds a leading word written with the Kelvin sign or long s, as the case-insensitive search does', () => {
    const text = `Met \u212aELVIN SYSTEMS and \u017fable yesterday. ${'filler '.repeat(100)}`;
    assert.deepEqual(filtered(text, forms), findNames(text, forms));
    assert.equal(findNames(text, forms).length, 2);
  });

  it('rules out forms whose leading word is absent, but only those', () => {
    const index = new NameIndex(forms);
    const found = index.present('We met acme and Initech at the bank.');
    assert.ok(index.mayOccur('Acme Corp', found));
    assert.ok(index.mayOccur('Initech', found));
    assert.ok(!index.mayOccur('Globex', found));
    assert.ok(index.mayOccur('Not Indexed', found), 'a form the index does not know is never ruled out');
    assert.ok(index.mayOccur('Ünion Bank', found), 'a form starting with a non-ASCII letter is never ruled out');
  });

  it('gives the same hits as the plain search on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), fc.subarray(NAMES, { minLength: 1 }), (parts, names) => {
        const text = parts.join('');
        const fs = names.flatMap((n) => nameForms(n, []));
        assert.deepEqual(filtered(text, fs), findNames(text, fs));
      }),
      { numRuns: 3000 },
    );
  });
});
