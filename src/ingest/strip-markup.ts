// Markup and page furniture → blanks. Every character that is not article text is replaced by a space
// (newlines kept), so the text keeps the length and offsets of the decoded file: evidence offsets
// then point into the file as the user has it.

/** Blanks a span of text but keeps its line breaks. */
function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

/** Keeps the article text of an HTML page: drops script, style, nav, header, footer, aside, forms and tags. */
export function maskHtml(html: string): string {
  let out = html.replace(/<!--[\s\S]*?-->/g, blank);
  out = out.replace(/<(script|style|noscript|nav|header|footer|aside|form|template|svg|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, blank);
  // Block-level tags end a sentence: put a newline where they stood when there is room for it.
  out = out.replace(/<\/?(p|div|br|h[1-6]|li|tr|section|article|blockquote|ul|ol|table|title)\b[^>]*>/gi, (t) => '\n' + blank(t.slice(1)));
  out = out.replace(/<[^>]*>/g, blank);
  out = out.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    let ch: string | undefined;
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      ch = code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
    } else ch = ENTITIES[name.toLowerCase()];
    if (!ch) return m;
    return (ch + ' '.repeat(m.length)).slice(0, m.length);
  });
  return maskFurniture(out);
}

/** Keeps the prose of a Markdown file: drops code blocks, link targets, images and emphasis marks. */
export function maskMarkdown(md: string): string {
  let out = md.replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, blank);
  out = out.replace(/!\[[^\]]*\]\([^)]*\)/g, blank);
  out = out.replace(/\[([^\]]*)\]\([^)]*\)/g, (m, label: string) => ' ' + label + ' '.repeat(m.length - label.length - 1));
  out = out.replace(/^(\s{0,3})(#{1,6}|>+)(\s)/gm, (_m, a: string, b: string, c: string) => a + blank(b) + c);
  out = out.replace(/(\*\*|__|`)/g, blank);
  out = out.replace(/^\s*([-*_]\s*){3,}$/gm, blank);
  return maskFurniture(out);
}

// Lines that news sites wrap around an article and that are not part of it. Each with its example.
const FURNITURE: RegExp[] = [
  /^\s*(read|see|watch) (more|also)\b.*$/i, // "READ MORE", "See also: …"
  /^\s*(related|more on this story|recommended|most read|advertisement|sponsored)\s*:?\s*$/i, // section headers
  /^\s*sign up\b.*$/i, // "Sign up to receive our latest news!"
  /^\s*by (submitting|signing up|clicking)\b.*$/i, // "By submitting this form, I agree to the terms."
  /^\s*watch\b.*\bhere\s*:?\s*$/i, // "Watch the PM speaking from Japan here:"
  /^\s*(subscribe|follow us|share this|click here|listen to)\b.*$/i, // calls to action
  /^\s*(copyright|©|all rights reserved)\b.*$/i, // footers
];

// After "READ MORE", a run of bulleted lines is a list of links to other stories.
const LINK_LIST_HEADER = /^\s*(read|see) (more|also)\b|^\s*(related|more on this story)\s*:?\s*$/i;
const BULLET = /^\s*([-*•·]|\d+\.)\s+/;

/** Blanks lines that are page furniture rather than article text. */
export function maskFurniture(text: string): string {
  const lines = text.split('\n');
  let inLinkList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inLinkList && BULLET.test(line)) {
      lines[i] = blank(line);
      continue;
    }
    inLinkList = false;
    if (LINK_LIST_HEADER.test(line)) inLinkList = true;
    if (FURNITURE.some((re) => re.test(line))) lines[i] = blank(line);
  }
  return lines.join('\n');
}
