import type { TextField } from "../types.js";

export interface TextSection {
  field: TextField;
  text: string;
}

/** The title, lead and body, which every entity stage searches with offsets into each. */
export function sections(article: { title: string | null; lead: string | null; body: string }): TextSection[] {
  const all: TextSection[] = [
    { field: "title", text: article.title ?? "" },
    { field: "lead", text: article.lead ?? "" },
    { field: "body", text: article.body },
  ];
  return all.filter((s) => s.text.length > 0);
}
