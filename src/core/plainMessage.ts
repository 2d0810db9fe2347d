// Notifications (showErrorMessage and its kin) turn `[label](https:…)`, `[label](file:…)` and `[label](command:…)`
// into links — a command link runs a command when clicked. Their messages quote outside text (chart errors that
// repeat a note's JSON, file names, provider errors), so none of them may carry link syntax through.

/**
 * The message with every `](` broken apart by a space (`] (`), so no `[label](target)` in it becomes a link — whatever
 * the scheme — and the text still reads as written. Market Notes' own notifications carry no links, so the whole
 * message is treated, and a link cannot be assembled from a value and the words around it either.
 */
export function plainMessage(message: string): string {
  return message.replace(/\](?=\()/g, '] ');
}
