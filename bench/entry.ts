// What the in-process measurements load: the real core, bundled by bench/build.mjs as node does for the CLI.
export { lint, compareFindings } from '../src/core/engine';
export { parseDocument } from '../src/core/document';
export { Workspace, isEngagementFile } from '../src/core/engagement';
export { catalog } from '../src/core/catalog';
export { rules } from '../src/core/rules/index.generated';
