// A move the sentence states with its price: "rose 2% to $250.00", "gained $4.10 to close at $250.00", "closed 2%
// higher at $250.00", "closed at $250.00, up 2%", a watchlist's "$262.41 (+1.0%)", "jumped to $250.00". The move is
// of the price's day. A fix that brings the price to a later quote, re-stamped or dated on its own, would state the
// old day's move with the new day's price ("rose 2% to $272.41 (as of Nov. 20, 2026)"): a false statement. So such
// a price gets no safe fix (price-drift), and its stamp no refresh (stale-as-of); the writer updates the move too.

import { movement } from './pricePatterns';

export interface StatedMove {
  readonly offset: number;
  readonly length: number;
}

/** How far before the figure the words that tie it to its mention are looked at, on its line. */
const tieReach = 120;
/** How far after the figure its own move is looked for. */
const tailReach = 40;

/**
 * Between the mention and the figure: a verb of moving ("rose", "gained", "jumped … to"), a direction ("up", "down",
 * "higher", "lower", with or without a figure), or a change in per cent. "closed at", "ended at", "traded near"
 * state no move.
 */
const moveInTie = new RegExp(
  String.raw`\b(?:${movement}|up|down|higher|lower)\b(?:[^\n]*?\d[\d.,]*\s*(?:%|percent|per\s?cent|cents?|pence|points?)|[^\n]*?[$€£¥]\s?\d[\d.,]*)?|[+−-]?\d[\d.,]*\s*(?:%|percent|per\s?cent)`,
  'iu',
);

/**
 * Right after the figure, opening what follows it: a signed change or one with its direction, in parentheses or after
 * a comma or a dash — ", up 2%", " (+1.0%)", " (down 1.2%)", ", 2% higher", " +1.0%", ", a gain of 2%", ", up from
 * $240.00" (the price it moved from, the old day's).
 */
const moveFigure = String.raw`[+−-]?\s?[$€£¥]?\d[\d.,]*(?:\s*(?:%|percent|per\s?cent|cents?|pence|points?))?`;
const moveAfter = new RegExp(
  String.raw`^[*_]{0,2}\s*(?:[,:;—–]|\s-)?\s*\(?\s*(?<move>[+−-]\s?[$€£¥]?\d[\d.,]*%?|(?:up|down|higher|lower|rising|falling)\s+from\s+[$€£¥]?\d[\d.,]*|(?:up|down|higher|lower|gaining|losing|rising|falling|adding|shedding|(?:a|an)\s+(?:gain|loss|rise|drop|decline|fall|increase|decrease)\s+of)\s+(?:by\s+)?${moveFigure}|\d[\d.,]*\s*(?:%|percent|per\s?cent|cents?|points?)\s+(?:higher|lower|up|down)\b)`,
  'iu',
);

/**
 * The move stated with a prose price (see the file's head), looked for between its mention and the figure on the
 * figure's line, and right after the figure; undefined when its sentence states none.
 */
export function moveStatedWithPrice(
  text: string,
  price: { readonly offset: number; readonly length: number; readonly mention: { readonly offset: number; readonly length: number } },
  /** The price's own stamp, when its clause goes on with it ("$250.00 as of Nov. 13, 2026, up 2%"): the move may follow it. */
  trailingStamp?: { readonly offset: number; readonly length: number },
): StatedMove | undefined {
  const mentionEnd = price.mention.offset + price.mention.length;
  if (mentionEnd <= price.offset && price.offset - mentionEnd <= tieReach) {
    const tie = text.slice(mentionEnd, price.offset);
    const found = tie.includes('\n') ? null : moveInTie.exec(tie);
    if (found) return { offset: mentionEnd + found.index, length: found[0].length };
  }
  const figureEnd = price.offset + price.length;
  const end = trailingStamp !== undefined && trailingStamp.offset > figureEnd ? trailingStamp.offset + trailingStamp.length : figureEnd;
  const after = moveAfter.exec(text.slice(end, end + tailReach));
  const move = after?.groups?.move;
  return after && move !== undefined ? { offset: end + after[0].length - move.length, length: move.length } : undefined;
}
