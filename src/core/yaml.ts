// The `yaml` package, loaded on first use. Most front matter never needs it (./front-matter reads
// the plain subset deliverables use itself); front matter beyond that subset, configuration files
// beyond it and the front matter of new files do. The extension ships it as a file of its own
// (dist/chunks/yaml.js, see esbuild.mjs), so that loading the extension does not pay for a parser
// it rarely uses; the CLI and the tests bundle it inline. Node caches the module after the first
// call, so this is a plain `require` at each use.
import type * as Yaml from 'yaml';

export type { Document, Node } from 'yaml';

export function yaml(): typeof Yaml {
  return require('yaml') as typeof Yaml;
}
