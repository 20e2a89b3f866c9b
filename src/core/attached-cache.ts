/**
 * A cache of what is derived from one parsed object (a document, a section, a table) with a
 * WeakMap's interface and lifetime: the value is kept on the key itself, under a symbol of this
 * cache's own, not enumerable, so it lives exactly as long as the key and is invisible to
 * comparisons and serialisation.
 *
 * Why not a module-level WeakMap: V8's minor GC (the scavenger, run every few milliseconds) keeps
 * every WeakMap value alive, whether or not its key still is. A value that refers to its document
 * (or to slices of its text) thus carries each linted document into the old generation, where it
 * is garbage that only a full collection frees; with thousands of documents the old generation
 * grows to four times what is really live before it is collected. See bench/README.md, (4).
 */
export class AttachedCache<K extends object, V> {
  private readonly symbol: symbol;
  /** For keys that cannot take a property (frozen, sealed): a WeakMap, made only if one turns up. */
  private fallback: WeakMap<K, V> | undefined;

  constructor(name: string) {
    this.symbol = Symbol(name);
  }

  get(key: K): V | undefined {
    if (this.fallback?.has(key)) return this.fallback.get(key);
    return Object.prototype.hasOwnProperty.call(key, this.symbol) ? (key as Record<symbol, V>)[this.symbol] : undefined;
  }

  has(key: K): boolean {
    return (this.fallback?.has(key) ?? false) || Object.prototype.hasOwnProperty.call(key, this.symbol);
  }

  set(key: K, value: V): this {
    try {
      Object.defineProperty(key, this.symbol, { value, writable: true, configurable: true, enumerable: false });
    } catch {
      // Not extensible, or frozen since an earlier set.
      this.fallback ??= new WeakMap();
      this.fallback.set(key, value);
    }
    return this;
  }
}
