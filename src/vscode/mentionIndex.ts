// What each open note says, computed once per document version: its mentions, as-of stamps and stated prices.
// A hover then costs a binary search, however long the note; lint reuses the same parsed note. A stamp without a
// year ("As of Nov. 20") is read against today, the day the hover's "then vs now" compares with, as lint reads it
// when no date is pinned; the stamps are read again when the day changes.

import * as vscode from 'vscode';
import type { TickerMention, TickerScanOptions } from '../core/tickers';
import { dayNumber, findAsOfStamps, findStatedPrices, localToday, NoteSource, type AsOfStamp, type StatedPrice } from '../core/lint';

class NoteFacts {
  private stampList?: AsOfStamp[];
  private priceList?: StatedPrice[];
  /** The day number the stamps were read on. */
  private stampsReadOn?: number;

  constructor(
    readonly version: number,
    readonly source: NoteSource,
    /** The scan options the mentions were read with, as a key: a changed setting makes the facts stale. */
    readonly optionsKey: string,
  ) {}

  get stamps(): readonly AsOfStamp[] {
    const today = localToday(Date.now);
    if (this.stampList === undefined || this.stampsReadOn !== dayNumber(today)) {
      this.stampList = findAsOfStamps(this.source.text, this.source, { today });
      this.stampsReadOn = dayNumber(today);
      this.priceList = undefined;
    }
    return this.stampList;
  }

  get statedPrices(): readonly StatedPrice[] {
    const stamps = this.stamps;
    this.priceList ??= findStatedPrices(this.source.text, this.source.mentions, this.source, undefined, stamps);
    return this.priceList;
  }
}

export class MentionIndex implements vscode.Disposable {
  private readonly entries = new Map<string, NoteFacts>();
  private readonly subscription = vscode.workspace.onDidCloseTextDocument((document) => this.entries.delete(document.uri.toString()));

  /** `scanOptions`: how mentions are read in a note (the company-parentheses setting, abbreviations to ignore). */
  constructor(private readonly scanOptions: (uri: vscode.Uri) => TickerScanOptions = () => ({})) {}

  /** The parsed note and what it says, for this version of the document. */
  facts(document: vscode.TextDocument): NoteFacts {
    const key = document.uri.toString();
    const options = this.scanOptions(document.uri);
    const optionsKey = JSON.stringify(options);
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version && cached.optionsKey === optionsKey) return cached;
    const facts = new NoteFacts(document.version, new NoteSource(document.getText(), options), optionsKey);
    this.entries.set(key, facts);
    return facts;
  }

  mentions(document: vscode.TextDocument): readonly TickerMention[] {
    return this.facts(document).source.mentions;
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
  }
}

export type { NoteFacts };
