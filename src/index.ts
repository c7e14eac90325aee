// The public library API: keep it small (pinned by test/api.test.ts).
export { extract, InputError } from "./extract.js";
export type { ExtractOptions } from "./extract.js";
export type { ArticleRecord } from "./record.js";
export type { MergedIndex } from "./merge.js";
export { buildIndex } from "./merge.js";
export { SCHEMAS } from "./schema.js";
export { VERSION as version } from "./version.js";
