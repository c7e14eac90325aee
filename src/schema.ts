// JSON Schema (draft 2020-12) of the article record and of the merged index, printed by `nrw-extract schema`.
const str = { type: "string" } as const;
const nullableStr = { type: ["string", "null"] } as const;
const day = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } as const;
const nullableNum = { type: ["number", "null"] } as const;
const offset = { type: "array", items: { type: "integer", minimum: 0 }, minItems: 2, maxItems: 2 } as const;
const field = { enum: ["title", "lead", "body"] } as const;
const precision = { enum: ["day", "month", "quarter", "half", "season", "year"] } as const;

function object(properties: Record<string, unknown>) {
  return { type: "object", additionalProperties: false, required: Object.keys(properties), properties };
}
const list = (items: unknown) => ({ type: "array", items });

export const RECORD_SCHEMA = object({
  id: { type: "string", pattern: "^[^/\\\\]+$" },
  source: str,
  sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
  format: { enum: ["text", "html"] },
  publisher: nullableStr,
  kicker: nullableStr,
  title: nullableStr,
  date: { anyOf: [day, { type: "null" }] },
  author: { anyOf: [object({ name: str, role: nullableStr }), { type: "null" }] },
  authorCode: nullableStr,
  lead: nullableStr,
  body: str,
  keywords: list(str),
  imageCredit: nullableStr,
  links: list(str),
  people: list(object({ name: str, role: nullableStr, mentions: { type: "integer", minimum: 1 }, field, offset })),
  places: list(object({ name: str, type: { enum: ["country", "state", "region", "district", "city", "other"] }, adjectival: { type: "boolean" }, mentions: { type: "integer", minimum: 1 }, field, offset })),
  organizations: list(object({ name: str, mentions: { type: "integer", minimum: 1 }, field, offset })),
  amounts: list(object({
    text: str, value: nullableNum, currency: { type: "string", pattern: "^[A-Z]{3}$" }, approximate: { type: "boolean" },
    qualifier: { enum: ["about", "more_than", "at_least", "up_to", "almost", "range", "vague", null] },
    min: nullableNum, max: nullableNum, implicitCurrency: { type: "boolean" }, sentence: str, field, offset,
  })),
  quantities: list(object({ text: str, value: { type: "number" }, unit: str, field, offset })),
  dates: list(object({ text: str, start: day, end: day, precision, field, offset })),
  deadlines: list(object({
    text: str, date: day, precision, kind: { enum: ["due", "start", "submission", "period_end"] }, what: nullableStr,
    passed: { type: ["boolean", "null"] }, sentence: str, field, offset,
  })),
  related: list(object({ date: { anyOf: [day, { type: "null" }] }, title: str, summary: nullableStr })),
  warnings: list(str),
});

export const INDEX_SCHEMA = object({
  articles: list({ $ref: "#/$defs/record" }),
  people: list(object({ name: str, roles: list(str), articles: list(str) })),
  places: list(object({ name: str, type: str, articles: list(str) })),
  deadlines: list(object({ date: day, text: str, what: nullableStr, article: str })),
  amounts: list(object({ value: nullableNum, min: nullableNum, max: nullableNum, currency: str, text: str, article: str })),
  amountTotals: list(object({ article: str, currency: str, total: { type: "number" } })),
  failed: list(object({ source: str, error: str })),
});

export const SCHEMAS = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "nrw-extract record and index",
  $defs: { record: RECORD_SCHEMA, index: INDEX_SCHEMA },
};
