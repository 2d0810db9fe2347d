// The edits one pass of fixes has taken so far ("fix all", `lint --fix`): each new fix is checked against them
// before it is taken. Kept sorted by offset, so a check looks only at the taken edits next to the new one. Checking
// against every taken edit made a generated note with 20,000 fixes take minutes.

import type { TextEdit } from './finding';

export class TakenEdits {
  /**
   * Sorted by offset, then length (an insertion before a replacement at the same offset). Taken edits never
   * overlap, so their ends are sorted too: that is what lets `near` search them.
   */
  private readonly sorted: TextEdit[] = [];

  get size(): number {
    return this.sorted.length;
  }

  /** Every taken edit, in document order. */
  all(): TextEdit[] {
    return [...this.sorted];
  }

  /** Takes an edit. The caller has made sure it overlaps none taken (`near` and `overlaps`). */
  add(edit: TextEdit): void {
    // After every edit that sorts with it or before it: edits that tie keep the order they were taken in.
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = this.sorted[mid];
      if (other.offset < edit.offset || (other.offset === edit.offset && other.length <= edit.length)) low = mid + 1;
      else high = mid;
    }
    this.sorted.splice(low, 0, edit);
  }

  /** The taken edits that meet the edit's span or touch either end of it: the only ones it can clash with. */
  near(edit: TextEdit): TextEdit[] {
    const end = edit.offset + edit.length;
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = this.sorted[mid];
      if (other.offset + other.length < edit.offset) low = mid + 1;
      else high = mid;
    }
    const found: TextEdit[] = [];
    for (let at = low; at < this.sorted.length && this.sorted[at].offset <= end; at++) found.push(this.sorted[at]);
    return found;
  }
}

export function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.offset === b.offset && a.length === b.length && a.newText === b.newText;
}

/** Two edits that change the same text; two insertions at one spot overlap too (their order would be a guess). */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.length === 0 && b.length === 0) return a.offset === b.offset;
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}
