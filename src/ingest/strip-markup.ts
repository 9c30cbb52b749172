// Markup and page furniture → blanks. Every character that is not article text is replaced by a space
// (newlines kept), so the text keeps the length and offsets of the decoded file: evidence offsets
// then point into the file as the user has it.
// NOTE: every pattern here runs in linear time on hostile input (a 5 MB line of "<", "[" or "&"):
// character classes exclude the character that starts the next attempt, and nesting is a scan.

import { hasRunLongerThan } from '../utils/chars';

/** Blanks a span of text but keeps its line breaks. */
function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Blanks the [start, end) ranges of a text (overlaps allowed) in one pass. */
function blankRanges(text: string, ranges: Array<[number, number]>): string {
  if (!ranges.length) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    const start = Math.max(s, at);
    if (e <= start) continue;
    parts.push(text.slice(at, start), blank(text.slice(start, e)));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

// Elements whose content is never article text. Raw-text ones (script, style…) end only at their own
// closing tag and swallow the rest of the page when it is missing, as a browser does.
const RAW_TEXT = ['script', 'style', 'textarea', 'xmp', 'noscript', 'iframe', 'template'];
const FURNITURE_ELEMENTS = [
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'svg',
  'button',
  'select',
  'figure',
  'menu',
  'dialog',
];
const HIDDEN = new RegExp(`<(/?)(${[...RAW_TEXT, ...FURNITURE_ELEMENTS].join('|')})\\b[^<>]*>`, 'gi');

/** Ranges of script/style/navigation elements, matched with a stack per element name. */
function furnitureRanges(html: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const lower = html.toLowerCase();
  const open = new Map<string, number[]>();
  HIDDEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HIDDEN.exec(html))) {
    const name = m[2].toLowerCase();
    const tagEnd = m.index + m[0].length;
    if (!m[1] && RAW_TEXT.includes(name)) {
      const close = lower.indexOf(`</${name}`, tagEnd);
      const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
      const end = closeEnd < 0 ? html.length : closeEnd + 1;
      ranges.push([m.index, end]);
      HIDDEN.lastIndex = end;
      continue;
    }
    const stack = open.get(name) ?? [];
    open.set(name, stack);
    if (!m[1]) stack.push(m.index);
    else if (stack.length) {
      const start = stack.pop()!;
      // Only the outermost element matters: it covers the nested ones.
      if (!stack.length) ranges.push([start, tagEnd]);
    }
    // A closing tag with no opening one, or an element never closed, is left to the tag pass.
  }
  return ranges;
}

/** Ranges of comments; an unclosed comment runs to the end, as in a browser. */
function commentRanges(html: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = 0;
  for (;;) {
    const start = html.indexOf('<!--', at);
    if (start < 0) break;
    const close = html.indexOf('-->', start + 4);
    const end = close < 0 ? html.length : close + 3;
    ranges.push([start, end]);
    at = end;
  }
  return ranges;
}

/** Decodes one character reference, or undefined for ones that are not plain text. */
function decodeEntity(name: string): string | undefined {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  // No controls, surrogates or non-characters: they are not text and some RDF readers reject them.
  if (!(code >= 0x20) || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
    return undefined;
  if ((code & 0xfffe) === 0xfffe || (code >= 0xfdd0 && code <= 0xfdef)) return undefined;
  return String.fromCodePoint(code);
}

/** Keeps the article text of an HTML page: drops script, style, nav, header, footer, aside, forms and tags. */
export function maskHtml(html: string): string {
  let out = blankRanges(html, commentRanges(html));
  out = blankRanges(out, furnitureRanges(out));
  // Block-level tags end a sentence: put a newline where they stood.
  out = out.replace(
    /<\/?(p|div|br|h[1-6]|li|tr|td|th|dt|dd|section|article|main|blockquote|ul|ol|dl|table|title|pre|hr)\b[^<>]*>/gi,
    (t) => '\n' + blank(t.slice(1)),
  );
  out = out.replace(/<[!/?]?[a-z][^<>]*>/gi, blank);
  // The longest reference kept is 32 characters: a reference is short, and the bound keeps it linear.
  out = out.replace(/&(#x[0-9a-f]{1,8}|#\d{1,9}|[a-z]{2,31});/gi, (m, name: string, at: number, all: string) => {
    const ch = decodeEntity(name);
    if (!ch) return m;
    // The character keeps the reference's place, padded with spaces on the side that already has a
    // space, so `the &ldquo;security&rdquo; of` reads `the “security” of` with the quotes attached.
    const pad = ' '.repeat(m.length - ch.length);
    return at === 0 || /\s/.test(all[at - 1]) ? pad + ch : ch + pad;
  });
  return maskFurniture(out);
}

// YAML front matter of static-site Markdown: "---" on the first line, closed by "---" or "...".
const FRONT_MATTER_LINES = 200;

/** Blanks fenced code blocks (``` or ~~~; an unclosed fence runs to the end) and front matter. */
function maskFences(md: string): string {
  const lines = md.split('\n');
  let fence = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i === 0 && /^---\s*$/.test(line)) {
      const close = lines.findIndex((l, k) => k > 0 && k < FRONT_MATTER_LINES && /^(---|\.\.\.)\s*$/.test(l));
      if (close > 0) {
        for (let k = 0; k <= close; k++) lines[k] = blank(lines[k]);
        i = close;
        continue;
      }
    }
    const head = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (!fence && head) {
      fence = head[1];
      lines[i] = blank(line);
    } else if (fence) {
      if (head && head[1][0] === fence[0] && head[1].length >= fence.length && !line.slice(head[0].length).trim())
        fence = '';
      lines[i] = blank(line);
    }
  }
  return lines.join('\n');
}

/** Keeps the prose of a Markdown file: drops code blocks, link targets, images, HTML tags and emphasis marks. */
export function maskMarkdown(md: string): string {
  let out = maskFences(md);
  // A link target: no spaces, one level of parentheses (Wikipedia URLs), an optional "title".
  const target = String.raw`\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)`;
  out = out.replace(new RegExp(String.raw`!\[[^\[\]\n]*\]` + target, 'g'), blank);
  out = out.replace(
    new RegExp(String.raw`\[([^\[\]\n]*)\]` + target, 'g'),
    (m, label: string) => ' ' + label + ' '.repeat(m.length - label.length - 1),
  );
  // Reference definitions "[1]: https://…" and autolinks "<https://…>".
  out = out.replace(/^ {0,3}\[[^\[\]\n]+\]:[ \t]*\S+.*$/gm, blank);
  out = out.replace(/<(https?:|mailto:)[^<>\s]*>/gi, blank);
  // Markdown may embed HTML: its scripts, styles, navigation and comments go as in an HTML page.
  out = blankRanges(out, commentRanges(out));
  out = blankRanges(out, furnitureRanges(out));
  out = out.replace(/<\/?[a-z][^<>]*>/gi, blank);
  out = out.replace(/^( {0,3})(#{1,6}|>+)([ \t])/gm, (_m, a: string, b: string, c: string) => a + blank(b) + c);
  out = out.replace(/(\*\*|__|`)/g, blank);
  out = out.replace(/^[ \t]*([-*_][ \t]*){3,}$/gm, blank);
  return maskFurniture(out);
}

// Lines that news sites wrap around an article and that are not part of it. Each with its example.
const FURNITURE: RegExp[] = [
  /^(read|see|watch) (more|also)\b/i, // "READ MORE", "See also: …"
  /^(related|more on this story|recommended|most read|advertisement|sponsored)\s*:?$/i, // section headers
  /^sign up\b/i, // "Sign up to receive our latest news!"
  /^by (submitting|signing up|clicking)\b/i, // "By submitting this form, I agree to the terms."
  /^watch\b.*\bhere:?$/i, // "Watch the PM speaking from Japan here:"
  /^(subscribe|follow us|share this|click here|listen to)\b/i, // calls to action
  /^(copyright|©|all rights reserved)/i, // footers
];

// After "READ MORE", a run of bulleted lines is a list of links to other stories.
const LINK_LIST_HEADER = /^(read|see) (more|also)\b|^(related|more on this story)\s*:?$/i;
const BULLET = /^\s*([-*•·]|\d+\.)\s+/;
// Furniture lines are short; a longer line is prose (and is never run through the patterns).
const MAX_FURNITURE_LINE = 300;

/** Blanks lines that are page furniture rather than article text. */
export function maskFurniture(text: string): string {
  const lines = text.split('\n');
  let inLinkList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > MAX_FURNITURE_LINE) {
      inLinkList = false;
      continue;
    }
    if (inLinkList && BULLET.test(line)) {
      lines[i] = blank(line);
      continue;
    }
    const trimmed = line.trim();
    inLinkList = LINK_LIST_HEADER.test(trimmed);
    if (FURNITURE.some((re) => re.test(trimmed))) lines[i] = blank(line);
  }
  return lines.join('\n');
}

// A run of more than this many letters, digits and ASCII punctuation with no space is data (base64, a
// hash, minified code, a tracking URL), not prose. NOTE: the tokeniser's model takes time quadratic in
// a token's length (a 200k-character token: ~14 s), so such runs must not reach it.
export const MAX_WORD = 256;
const LONG_RUN = new RegExp(`(?<![\\x21-\\x7e\\u00a1-\\u024f])[\\x21-\\x7e\\u00a1-\\u024f]{${MAX_WORD + 1},}`, 'g');

/** Blanks runs of non-space Latin characters longer than MAX_WORD; CJK text (written without spaces) is kept. */
export function maskLongRuns(text: string): { text: string; count: number } {
  // Most texts have no such run: a scan for any run of more than MAX_WORD code units that are not
  // whitespace (which every match is) spares the regular expression, ~50 ms per 6 MB.
  if (!hasRunLongerThan(text, MAX_WORD)) return { text, count: 0 };
  let count = 0;
  const out = text.replace(LONG_RUN, (m) => {
    count++;
    return ' '.repeat(m.length);
  });
  return { text: out, count };
}
