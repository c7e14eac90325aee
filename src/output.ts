// Serialisation and atomic file writes. YAML and JSON carry the same keys in the same order.
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "yaml";

export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}

/**
 * index.yaml from the articles' own YAML (indented as list items) and the aggregates: stringifying each
 * article once instead of twice halves the cost of writing a run.
 */
export function indexYaml(index: { articles: readonly { id: string }[] } & Record<string, unknown>, articleYaml: ReadonlyMap<string, string>): string {
  const { articles, ...aggregates } = index;
  const items = articles.map((article) => {
    const yaml = articleYaml.get(article.id) ?? toYaml(article);
    return yaml
      .replace(/\n$/, "")
      .split("\n")
      .map((line, i) => (i === 0 ? `  - ${line}` : line.length > 0 ? `    ${line}` : line))
      .join("\n");
  });
  const head = items.length > 0 ? `articles:\n${items.join("\n")}\n` : "articles: []\n";
  return head + toYaml(aggregates);
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes through a temporary file in the same directory and renames it: readers never see half a file. */
export async function writeAtomic(dir: string, name: string, content: string): Promise<void> {
  const tmp = join(dir, `.${name}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, content, "utf8");
    await rename(tmp, join(dir, name));
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}
