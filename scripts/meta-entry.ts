// Entry bundled by build-meta.mjs to read the rules' metadata and the catalog through the real code.
export { rules } from '../src/core/rules/index.generated';
export { catalog, catalogDefinitions } from '../src/core/catalog';
export { entries } from '../src/catalog/index.generated';
export { configSchema } from '../src/core/config';
export { COMMON_REQUIRED, commonFrontMatter, frontMatterSchema, schemaFingerprint } from '../src/core/schemas';
