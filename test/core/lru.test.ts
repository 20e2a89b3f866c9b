import assert from 'node:assert/strict';
import { Lru } from '../../src/core/lru';

describe('Lru', () => {
  it('keeps at most its capacity, dropping the least recently used', () => {
    const c = new Lru<string, number>(3);
    c.set('a', 1).set('b', 2).set('c', 3);
    assert.deepEqual(c.keys(), ['a', 'b', 'c']);
    c.set('d', 4);
    assert.equal(c.size, 3);
    assert.equal(c.has('a'), false);
    assert.equal(c.get('a'), undefined);
    assert.deepEqual(c.keys(), ['b', 'c', 'd']);
  });

  it('a read makes an entry the most recently used', () => {
    const c = new Lru<string, number>(3);
    c.set('a', 1).set('b', 2).set('c', 3);
    assert.equal(c.get('a'), 1);
    c.set('d', 4);
    assert.deepEqual(c.keys(), ['c', 'a', 'd']);
    assert.equal(c.has('b'), false, 'b was the least recently used');
    assert.equal(c.get('a'), 1);
  });

  it('setting an existing key replaces its value without growing', () => {
    const c = new Lru<string, number>(2);
    c.set('a', 1).set('b', 2).set('a', 10);
    assert.equal(c.size, 2);
    assert.deepEqual(c.keys(), ['b', 'a']);
    c.set('c', 3);
    assert.deepEqual(c.keys(), ['a', 'c']);
    assert.equal(c.get('a'), 10);
  });

  it('keeps null values apart from missing ones', () => {
    const c = new Lru<string, number | null>(2);
    c.set('gone', null);
    assert.equal(c.has('gone'), true);
    assert.equal(c.get('gone'), null);
    assert.equal(c.get('never'), undefined);
  });

  it('never holds more than its capacity under random use', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 20);
    const c = new Lru<number, number>(5);
    const recent: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const k = rand();
      if (i % 3 === 0) c.set(k, k * 2);
      else {
        const v = c.get(k);
        if (v === undefined) continue;
        assert.equal(v, k * 2);
      }
      const at = recent.indexOf(k);
      if (at >= 0) recent.splice(at, 1);
      recent.push(k);
      if (recent.length > 5) recent.shift();
      assert.ok(c.size <= 5);
      assert.deepEqual(c.keys(), recent, 'the same order as a plain model of recency');
    }
  });

  it('rejects a capacity below one', () => {
    assert.throws(() => new Lru(0), RangeError);
    assert.throws(() => new Lru(1.5), RangeError);
  });
});
