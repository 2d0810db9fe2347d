// The workspace's figure index as lint and the editor keep it: FigureConflictIndex (figureConflicts.ts, where
// when two claims conflict is decided) plus reading a note's claims into it, and remembering what each note was
// read from so that a lint of the text just indexed does not lex it again.

import { findAsOfStamps } from './asOfStamps';
import { dayNumber, type CalendarDate } from './calendarDate';
import { FigureConflictIndex } from './figureConflicts';
import { extractFigures, type StatedFigure } from './figures';
import { NoteSource } from './noteSource';
import type { SubjectTable } from './claims/subjects';

export { allowanceFor, closeDays, FigureConflictIndex, tradingDaysBetween, type FigureConflict } from './figureConflicts';

export class WorkspaceFigureIndex extends FigureConflictIndex {
  /** What each file's figures were read from, so a lint of the same text reuses them instead of re-indexing. */
  private readonly readFrom = new Map<string, { readonly note: NoteSource; readonly subjects: SubjectTable | undefined; readonly todayDay: number | undefined }>();

  /**
   * (Re)reads one note. Pass the NoteSource when you have one, to skip lexing again, the subjects the note's
   * configuration names, and the reference date its lint uses (stamps without a year are read against it).
   */
  update(file: string, text: string, note?: NoteSource, subjects?: SubjectTable, today?: CalendarDate): void {
    const source = note && note.isFor(text) ? note : new NoteSource(text);
    this.set(file, extractFigures(source, findAsOfStamps(source.text, source, { today }), subjects, today));
    this.readFrom.set(file, { note: source, subjects, todayDay: today ? dayNumber(today) : undefined });
  }

  /** The NoteSource `file` was last read from, when its text is `text`: a lint of the note just indexed need not lex it again. */
  noteSourceOf(file: string, text: string): NoteSource | undefined {
    const read = this.readFrom.get(file);
    return read && read.note.isFor(text) ? read.note : undefined;
  }

  /** The stored figures of `file` when they were read from this very NoteSource with these subjects, against this reference date. */
  figuresReadFrom(file: string, note: NoteSource, subjects: SubjectTable | undefined, today: CalendarDate): readonly StatedFigure[] | undefined {
    const read = this.readFrom.get(file);
    return read && read.note === note && read.subjects === subjects && read.todayDay === dayNumber(today) ? this.figuresOf(file) : undefined;
  }

  override remove(file: string): void {
    this.readFrom.delete(file);
    super.remove(file);
  }
}
