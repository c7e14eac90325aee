/** Character offsets [from, to) into the field named by `field` of the record. */
export type Offset = [number, number];
export type TextField = "title" | "lead" | "body";

export type InputFormat = "text" | "html";
export type Precision = "day" | "month" | "quarter" | "half" | "season" | "year";
export type DeadlineKind = "due" | "start" | "submission" | "period_end";
export type Qualifier = "about" | "more_than" | "at_least" | "up_to" | "almost" | "range" | "vague";
export type PlaceType = "country" | "state" | "region" | "district" | "city" | "other";

/** A message attached to the article instead of a thrown error (content problems are not bugs). */
export interface Message {
  origin: string;
  text: string;
}

/** A block of page text: a line of a text page or a block element of an HTML page. */
export interface Block {
  text: string;
  /** html: the tag that holds the block; text: "line". */
  tag: string;
  /** Share of the block's characters that sit inside links (HTML only, 0 for text). */
  linkDensity: number;
  /** True where the block is a list item (bullet in text, li in HTML). */
  listItem: boolean;
  /**
   * isProse()'s answer, kept on the block once asked (util/page.ts): boilerplate and metadata ask it of
   * the same blocks again and again.
   */
  prose?: boolean;
}

/** Metadata a page states outside its visible text (HTML head, JSON-LD). */
export interface PageMeta {
  title: string | null;
  date: string | null;
  author: string | null;
  publisher: string | null;
  keywords: string[];
  description: string | null;
  /** The h1 that heads the article (HTML only). */
  h1: string | null;
  /** The paragraph set right under the headline, outside the text container on many pages (HTML only). */
  standfirst: string | null;
}

export interface Author {
  name: string;
  role: string | null;
}

export interface Person {
  name: string;
  role: string | null;
  mentions: number;
  offset: Offset;
  field: TextField;
}

export interface Place {
  name: string;
  type: PlaceType;
  /** Named only as an adjective ("estnischen", "Rostocker"): listed, but not a place of the article. */
  adjectival: boolean;
  mentions: number;
  offset: Offset;
  field: TextField;
}

export interface Organization {
  name: string;
  mentions: number;
  offset: Offset;
  field: TextField;
}

export interface Amount {
  text: string;
  value: number | null;
  currency: string;
  approximate: boolean;
  qualifier: Qualifier | null;
  min: number | null;
  max: number | null;
  implicitCurrency: boolean;
  sentence: string;
  offset: Offset;
  field: TextField;
}

export interface Quantity {
  text: string;
  value: number;
  unit: string;
  offset: Offset;
  field: TextField;
}

export interface DateMention {
  text: string;
  start: string;
  end: string;
  precision: Precision;
  offset: Offset;
  field: TextField;
}

export interface Deadline {
  text: string;
  date: string;
  precision: Precision;
  kind: DeadlineKind;
  what: string | null;
  passed: boolean | null;
  sentence: string;
  offset: Offset;
  field: TextField;
}

export interface RelatedTeaser {
  date: string | null;
  title: string;
  summary: string | null;
}

/** The one object that flows through every stage of the pipeline. */
export interface Article {
  id: string;
  source: string;
  sha256: string;
  format: InputFormat;
  /** The format the input declared (an NDJSON line's "html" or "text" field); null: detect it. */
  declaredFormat: InputFormat | null;
  /** The raw input bytes; only the read stage looks at them. */
  bytes: Uint8Array;
  /** Decoded, NFC-normalised page text (HTML source for HTML input). */
  raw: string;
  /** The anchor for relative expressions when the article states no date (--reference-date). */
  referenceDate: string | null;
  blocks: Block[];
  pageMeta: PageMeta;
  /** Index of the first and one past the last block of the article itself. */
  region: { from: number; to: number } | null;

  publisher: string | null;
  kicker: string | null;
  title: string | null;
  date: string | null;
  author: Author | null;
  authorCode: string | null;
  lead: string | null;
  body: string;
  keywords: string[];
  imageCredit: string | null;
  links: string[];
  people: Person[];
  places: Place[];
  organizations: Organization[];
  amounts: Amount[];
  quantities: Quantity[];
  dates: DateMention[];
  deadlines: Deadline[];
  related: RelatedTeaser[];
  warnings: Message[];
}

/** Every stage has this one signature: it takes the article and returns the next state of it. */
export type Stage = (article: Article) => Article;
