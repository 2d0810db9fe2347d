// The workspace's figures, file by file, so conflicting-figures stays current as notes change: the editor calls
// update() when a note opens or changes and remove() when it goes; a lint then compares one note's figures with
// every other note's in a map lookup per figure.

import { findAsOfStamps } from './asOfStamps';
import { extractFigures, figuresConflict, type StatedFigure } from './figures';
import { NoteSource } from './noteSource';

export interface FigureConflict {
  /** This file's figure. */
  readonly figure: StatedFigure;
  /** Figures in other files that it contradicts. */
  readonly others: ReadonlyArray<{ readonly file: string; readonly figure: StatedFigure }>;
}

export class WorkspaceFigureIndex {
  private readonly byFile = new Map<string, readonly StatedFigure[]>();
  /** key → file → figures: only keys stated somewhere are present. */
  private readonly byKey = new Map<string, Map<string, StatedFigure[]>>();

  /** (Re)reads one note. Pass the NoteSource when you have one, to skip lexing again. */
  update(file: string, text: string, note?: NoteSource): void {
    const source = note && note.text === text ? note : new NoteSource(text);
    this.set(file, extractFigures(source, findAsOfStamps(text, source)));
  }

  /** Stores figures already extracted (the engine does this after a lint). */
  set(file: string, figures: readonly StatedFigure[]): void {
    this.remove(file);
    this.byFile.set(file, figures);
    for (const figure of figures) {
      let files = this.byKey.get(figure.key);
      if (!files) this.byKey.set(figure.key, (files = new Map()));
      let list = files.get(file);
      if (!list) files.set(file, (list = []));
      list.push(figure);
    }
  }

  remove(file: string): void {
    const figures = this.byFile.get(file);
    if (!figures) return;
    this.byFile.delete(file);
    for (const figure of figures) {
      const files = this.byKey.get(figure.key);
      files?.delete(file);
      if (files?.size === 0) this.byKey.delete(figure.key);
    }
  }

  get files(): string[] {
    return [...this.byFile.keys()];
  }

  figuresOf(file: string): readonly StatedFigure[] {
    return this.byFile.get(file) ?? [];
  }

  /** Conflicts between the stored figures of `file` and every other file's. */
  conflictsFor(file: string): FigureConflict[] {
    return this.conflictsWith(file, this.figuresOf(file));
  }

  /** Conflicts between the given figures (a note's current text) and every file but `file`. */
  conflictsWith(file: string, figures: readonly StatedFigure[]): FigureConflict[] {
    const conflicts: FigureConflict[] = [];
    for (const figure of figures) {
      const others: Array<{ file: string; figure: StatedFigure }> = [];
      for (const [otherFile, list] of this.byKey.get(figure.key) ?? []) {
        if (otherFile === file) continue;
        for (const other of list) if (figuresConflict(figure, other)) others.push({ file: otherFile, figure: other });
      }
      if (others.length > 0) conflicts.push({ figure, others: others.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.figure.offset - b.figure.offset)) });
    }
    return conflicts;
  }
}
