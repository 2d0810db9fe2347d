// Shared by every piece of the hover card that shows text from files and providers.

/**
 * Text from files and providers must not turn into links, emphasis, HTML or theme icons inside the card.
 * Only characters that are special mid-line are escaped, so figures stay searchable ("256.44", not "256\\.44");
 * a leading block marker (`#`, `-`, `1.`) is escaped too. GitHub-flavoured autolinks need no brackets, so the
 * characters that make them are escaped as well: the `:` of `scheme://`, the `.` after `www`, and every `@` (e-mail).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|$]/g, '\\$&')
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/, '$1\\$2')
    .replace(/([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
}
