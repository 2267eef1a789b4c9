/**
 * Recognises a saved web page (what "Save page as…" writes) as opposed to an article whose text merely contains
 * markup. Only document-level signs count: a doctype or an <html> element at the start, after an optional XML
 * declaration, comments and whitespace. Text that contains <script> or <img> tags is still an article: it is
 * only ever shown as text.
 */
const HEAD_CHARS = 4096;

/** Hand-written scan instead of one regex: a `(<!--[\s\S]*?-->\s*)*` pattern backtracks badly on "<!--<!--…". */
export function looksLikeHtmlPage(text: string): boolean {
  let head = text.slice(0, HEAD_CHARS).toLowerCase();
  for (;;) {
    head = head.trimStart();
    if (head.startsWith('<?xml')) {
      const end = head.indexOf('?>');
      if (end === -1) return false;
      head = head.slice(end + 2);
    } else if (head.startsWith('<!--')) {
      const end = head.indexOf('-->', 4);
      if (end === -1) return false;
      head = head.slice(end + 3);
    } else {
      break;
    }
  }
  return head.startsWith('<!doctype html') || /^<html[\s>]/.test(head);
}

/** Counts tag-like runs (`<p>`, `</div>`, `<img src=x>`); [^<>]* cannot backtrack past a `<`. */
export function countMarkupTags(text: string): number {
  return text.match(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>/gi)?.length ?? 0;
}
