// Entry bundled by build-meta.mjs to read the rules' metadata and the catalog through the real code.
export { rules } from '../src/core/rules/index.generated';
export { catalog } from '../src/core/catalog';
export { configSchema } from '../src/core/config';
export { COMMON_REQUIRED, commonFrontMatter, frontMatterSchema, schemaFingerprint } from '../src/core/schemas';
