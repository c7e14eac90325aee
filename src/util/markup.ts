// An HTML page's bytes as the parse stage needs them: what it never reads is taken out before the page is
// decoded, normalised and tokenised. Tags are ASCII in any encoding a page may declare, so the bytes are
// read directly, with the rules of htmlparser2's tokenizer (10.x), so that the tree it builds differs
// only in what was taken out; a property test compares the trees.

/** The attributes whose values the parse stage reads (its `DomNode` type allows no other). */
export const VALUE_READ = ["class", "id", "role", "aria-hidden", "content", "name", "property", "itemprop", "type", "datetime", "data-date", "charset", "http-equiv"] as const;
/** The attributes whose presence, not value, the parse stage reads. */
export const PRESENCE_READ = ["href", "hidden"] as const;
export type ReadAttribute = (typeof VALUE_READ)[number] | (typeof PRESENCE_READ)[number];

const [LT, GT, SLASH, EQUALS, DOUBLE_QUOTE, SINGLE_QUOTE, BANG, DASH, QUESTION] = [0x3c, 0x3e, 0x2f, 0x3d, 0x22, 0x27, 0x21, 0x2d, 0x3f];
// What a byte does in a tag, as bits of one table look-up (the loops below read every byte of every tag).
const [SPACE, ENDS_NAME, ENDS_ATTRIBUTE_NAME, ENDS_UNQUOTED] = [1, 2, 4, 8];
const BYTE_ROLES = new Uint8Array(256);
// htmlparser2's white space: not U+000B.
for (const byte of [0x20, 0x0a, 0x09, 0x0c, 0x0d]) BYTE_ROLES[byte] = SPACE | ENDS_NAME | ENDS_ATTRIBUTE_NAME | ENDS_UNQUOTED;
BYTE_ROLES[GT] = ENDS_NAME | ENDS_ATTRIBUTE_NAME | ENDS_UNQUOTED;
BYTE_ROLES[SLASH] = ENDS_NAME | ENDS_ATTRIBUTE_NAME;
BYTE_ROLES[EQUALS] = ENDS_ATTRIBUTE_NAME;
/** Whether the byte at `at` (none past the end) has `role`. */
const has = (page: Buffer, at: number, role: number) => ((BYTE_ROLES[page[at] as number] as number) & role) !== 0;
const isSpace = (byte: number | undefined) => byte !== undefined && ((BYTE_ROLES[byte] as number) & SPACE) !== 0;
const endsName = (byte: number | undefined) => byte !== undefined && ((BYTE_ROLES[byte] as number) & ENDS_NAME) !== 0;
const isAsciiLetter = (byte: number | undefined) => byte !== undefined && (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a;

/** Elements whose content htmlparser2 reads as text up to their closing tag; that of script and style is dropped. */
const RAW_TEXT_ELEMENTS = ["script", "style", "title", "textarea", "xmp"] as const;
const RAW_TEXT_INITIALS = new Set(RAW_TEXT_ELEMENTS.map((name) => name.charCodeAt(0)));
const JSON_LD = "application/ld+json";

/** What `readStartTag` found of a tag; one object, reused from tag to tag. */
interface StartTag {
  /** After its ">". */
  end: number;
  selfClosing: boolean;
  /** The value of its first "type" attribute ("" without a value), as written; null if it has none. */
  type: string | null;
}

/** The names of VALUE_READ and PRESENCE_READ by length, as char codes: attribute names are compared in the bytes, without making strings. */
const READ_BY_LENGTH: number[][][] = [];
const PRESENCE_CODES = new Set<number[]>();
for (const name of [...VALUE_READ, ...PRESENCE_READ]) {
  const codes = [...name].map((c) => c.charCodeAt(0));
  READ_BY_LENGTH[name.length] ??= [];
  READ_BY_LENGTH[name.length]?.push(codes);
  if ((PRESENCE_READ as readonly string[]).includes(name)) PRESENCE_CODES.add(codes);
}
const TYPE_CODES = READ_BY_LENGTH[4]?.find((codes) => String.fromCharCode(...codes) === "type");

/**
 * The codes of the read attribute named by page[from, to), compared without case as the parser keys names
 * in small letters; undefined for any other. "| 0x20" lower-cases exactly here: the names hold only
 * letters and "-", and the one other byte it maps to "-" (CR) cannot be in a name. A name with a byte
 * outside ASCII is none of them (the one character that lower-cases to ASCII, the Kelvin sign, gives a
 * "k", which none holds).
 */
function readName(page: Buffer, from: number, to: number): number[] | undefined {
  const candidates = READ_BY_LENGTH[to - from];
  if (candidates === undefined) return undefined;
  return candidates.find((codes) => {
    for (let i = 0; i < codes.length; i++) if (((page[from + i] as number) | 0x20) !== codes[i]) return false;
    return true;
  });
}

/** Quoted values are looked through byte by byte this far before a native search: most are short. */
const SHORT_VALUE = 32;

function quoteAfter(page: Buffer, quote: number, from: number): number {
  const limit = Math.min(page.length, from + SHORT_VALUE);
  for (let at = from; at < limit; at++) if (page[at] === quote) return at;
  return limit === page.length ? -1 : page.indexOf(quote, limit);
}

/**
 * Reads the start tag whose name begins at `from` as htmlparser2's tokenizer does (attribute names, "=",
 * quoted and unquoted values, "/") into `tag`, and adds to `emptied` the [from, to) of each attribute the
 * parse stage does not read, and of each quoted value of one it reads only the presence of. False if the
 * page ends inside the tag (the parser drops such a tag).
 */
function readStartTag(page: Buffer, from: number, tag: StartTag, emptied: number[]): boolean {
  const { length } = page;
  const emptiedBefore = emptied.length;
  tag.type = null;
  let at = from;
  // After a "/" that does not end the tag, an attribute taken out would leave "/ >": a self-closing tag.
  let afterSlash = false;
  while (at < length && !has(page, at, ENDS_NAME)) at++;
  while (at < length) {
    const byte = page[at];
    if (byte === GT) {
      tag.end = at + 1;
      tag.selfClosing = false;
      return true;
    }
    if (byte === SLASH) {
      at++;
      while (at < length && has(page, at, SPACE)) at++;
      if (page[at] === GT) {
        tag.end = at + 1;
        tag.selfClosing = true;
        return true;
      }
      afterSlash = true;
      continue;
    }
    if (has(page, at, SPACE)) {
      at++;
      continue;
    }
    // The name's first character is taken whatever it is ("=" too); the rest up to "=", "/", ">" or space.
    const nameFrom = at++;
    while (at < length && !has(page, at, ENDS_ATTRIBUTE_NAME)) at++;
    const name = readName(page, nameFrom, at);
    // Taken out whole, an attribute leaves the tokenizer where it found it: before an attribute name.
    const unread = name === undefined && !afterSlash;
    afterSlash = false;
    const nameTo = at;
    while (at < length && has(page, at, SPACE)) at++;
    if (page[at] !== EQUALS) {
      if (name === TYPE_CODES) tag.type ??= "";
      if (unread) emptied.push(nameFrom, nameTo);
      continue;
    }
    at++;
    while (at < length && has(page, at, SPACE)) at++;
    const quote = page[at];
    let valueFrom: number;
    let valueTo: number;
    if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
      valueFrom = at + 1;
      valueTo = quoteAfter(page, quote, valueFrom);
      if (valueTo < 0) break;
      at = valueTo + 1;
      if (unread) emptied.push(nameFrom, at);
      else if (valueTo > valueFrom && (name === undefined || PRESENCE_CODES.has(name))) emptied.push(valueFrom, valueTo);
    } else {
      valueFrom = at;
      while (at < length && !has(page, at, ENDS_UNQUOTED)) at++;
      valueTo = at;
      if (unread) emptied.push(nameFrom, valueTo);
    }
    if (name === TYPE_CODES) tag.type ??= page.toString("latin1", valueFrom, valueTo);
  }
  emptied.length = emptiedBefore;
  return false;
}

/** The element among `names` whose name starts at `at`, compared without case, where the name ends; or null. */
function elementAt<Name extends string>(page: Buffer, at: number, names: readonly Name[], ends: (byte: number | undefined) => boolean): Name | null {
  for (const name of names) {
    let same = true;
    for (let i = 0; i < name.length && same; i++) same = ((page[at + i] as number) | 0x20) === name.charCodeAt(i);
    if (same && ends(page[at + name.length])) return name;
  }
  return null;
}

/** Where the closing tag of a raw-text element starts from `from` on ("</name" and space or ">": not "/"); -1 if nowhere. */
function closingTag(page: Buffer, element: string, from: number): number {
  const closes = (byte: number | undefined) => byte === GT || isSpace(byte);
  for (let at = page.indexOf("</", from, "latin1"); at >= 0; at = page.indexOf("</", at + 2, "latin1")) {
    if (elementAt(page, at + 2, [element], closes) === element) return at;
  }
  return -1;
}

/** Where the comment opened at `at` ends; "<!-->" and "<!--->" are whole comments to htmlparser2. */
function commentEnd(page: Buffer, at: number): number {
  if (page[at + 4] === GT) return at + 5;
  if (page[at + 4] === DASH && page[at + 5] === GT) return at + 6;
  const end = page.indexOf("-->", at + 4, "latin1");
  return end < 0 ? -1 : end + 3;
}

/**
 * The page's bytes without what the parse stage never reads: what its <script> (other than JSON-LD) and
 * <style> elements hold (about 30 % and 10 % of a news page), the attributes it does not look at (image
 * sources, styles, SVG paths, tracking data: about half of what remains) and the values of those it reads
 * only the presence of (links). The elements stay, emptied. The page from an unterminated element, comment or
 * tag on stays as it is.
 */
export function withoutUnread(bytes: Uint8Array): Uint8Array {
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // [from, to) pairs, in page order.
  const emptied: number[] = [];
  const tag: StartTag = { end: 0, selfClosing: false, type: null };
  for (let at = page.indexOf(LT); at >= 0; at = page.indexOf(LT, at)) {
    const next = page[at + 1];
    let end: number;
    if (next === BANG && page[at + 2] === DASH && page[at + 3] === DASH) {
      end = commentEnd(page, at);
    } else if (next === BANG && page.toString("latin1", at + 2, at + 9) === "[CDATA[") {
      end = page.indexOf("]]>", at + 9, "latin1");
      if (end >= 0) end += 3;
    } else if (next === BANG || next === QUESTION || next === SLASH) {
      // A declaration, a processing instruction, a closing tag, or "</" before anything else: up to ">".
      end = page.indexOf(GT, at + 2);
      if (end >= 0) end += 1;
    } else if (isAsciiLetter(next)) {
      if (!readStartTag(page, at + 1, tag, emptied)) break;
      end = tag.end;
      const element = tag.selfClosing || !RAW_TEXT_INITIALS.has((next as number) | 0x20) ? null : elementAt(page, at + 1, RAW_TEXT_ELEMENTS, endsName);
      if (element) {
        const close = closingTag(page, element, end);
        if (close < 0) break;
        const code = element === "style" || (element === "script" && !isJsonLd(tag.type));
        if (code && close > end) emptied.push(end, close);
        end = close;
      }
    } else {
      end = at + 1;
    }
    if (end < 0) break;
    at = end;
  }
  return emptied.length === 0 ? bytes : withRangesLeftOut(page, emptied);
}

/** Whether a script's type says JSON-LD; one with an entity in its type is kept, as the parser might decode it to JSON-LD. */
const isJsonLd = (type: string | null) => type !== null && (type.toLowerCase() === JSON_LD || type.includes("&"));

/** Short pieces are copied byte by byte: a native copy's call costs more than the copying of a few dozen bytes. */
const SHORT_PIECE = 128;

function withRangesLeftOut(page: Buffer, ranges: readonly number[]): Uint8Array {
  let dropped = 0;
  for (let i = 0; i < ranges.length; i += 2) dropped += (ranges[i + 1] as number) - (ranges[i] as number);
  const out = Buffer.allocUnsafe(page.length - dropped);
  let written = 0;
  let keptFrom = 0;
  for (let i = 0; i <= ranges.length; i += 2) {
    const keptTo = i < ranges.length ? (ranges[i] as number) : page.length;
    if (keptTo - keptFrom < SHORT_PIECE) for (let at = keptFrom; at < keptTo; at++) out[written++] = page[at] as number;
    else written += page.copy(out, written, keptFrom, keptTo);
    keptFrom = i < ranges.length ? (ranges[i + 1] as number) : keptTo;
  }
  return out;
}
