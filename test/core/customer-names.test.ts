import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NameIndex, findNames, nameForms, type NameForm } from '../../src/core/customer-names';

// customer-leak and customer-named search a document only for the names whose leading word a
// `NameIndex` found in it (see bench/README.md). The filter may only rule out forms that cannot
// match: the hits with it must be the hits of the plain search, whatever the text.

const NAMES = ['Acme Corp', 'Kelvin Systems', 'Globex', 'Initech Software', 'Us Foods', 'Sable Inc.', 'Ünion Bank', 'O’Brien & Co', 'Q3 Labs', 'Mass_Data'];
const PIECES = ['acme', 'ACME', 'Acme', 'corp', 'kelvin', '\u212aelvin', 'systems', 'globex', 'GLOBEX', 'initech', 'software', 'us', 'foods', '\u017fable', 'sable', 'ünion', 'bank', 'Ünion Bank', 'ünion  bank', 'O’Brien & Co', 'o’brien &  co', 'o’brien', '&', 'co', 'q3', 'labs', 'mass_data', 'mass', '_', 'İ', 'é', 'x', '1', ' ', '  ', '\n', '-', '.', ',', "'", '’'];

function filtered(text: string, forms: NameForm[]) {
  return findNames(text, forms, new NameIndex(forms).sites(text));
}

describe('NameIndex', () => {
  const forms = NAMES.flatMap((n) => nameForms(n, []));

  it('finds a leading word written with the Kelvin sign or long s, as the case-insensitive search does', () => {
    const text = `Met \u212aELVIN SYSTEMS and \u017fable yesterday. ${'filler '.repeat(100)}`;
    assert.deepEqual(filtered(text, forms), findNames(text, forms));
    assert.equal(findNames(text, forms).length, 2);
    const other = `${'filler '.repeat(100)} with ünion  bank and O’Brien & Co.`;
    assert.deepEqual(filtered(other, forms), findNames(other, forms));
    assert.equal(findNames(other, forms).length, 2);
  });

  it('gives where each form can start, and rules out only forms whose leading word is absent', () => {
    const sites = new NameIndex(forms).sites('We met acme and Initech at the bank. ACME again.');
    const form = (text: string) => ({ text, caseSensitive: false });
    assert.deepEqual(sites.of(form('Acme Corp')), [7, 37]);
    assert.deepEqual(sites.of(form('Initech')), [16]);
    assert.deepEqual(sites.of(form('Globex')), []);
    assert.equal(sites.of(form('Not Indexed')), undefined, 'a form the index does not know can start anywhere');
    assert.equal(sites.of(form('Ünion Bank')), undefined, 'a form starting with a non-ASCII letter can start anywhere');
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
