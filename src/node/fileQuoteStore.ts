// Last-known quotes in a JSON file (the editor puts it in global storage, the CLI in its cache folder). Writes go
// to a temporary file renamed over the old one, so a crash mid-write leaves the previous file, never half of one.

import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { QuoteStore } from '../core/quotes/quoteCache';

export class FileQuoteStore implements QuoteStore {
  private writing: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  /** The parsed file, or undefined when there is none; rejects with a message naming the file when it is not JSON. */
  async load(): Promise<unknown> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return undefined;
      }
      throw error;
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error(`${this.path} is not JSON (${(error as Error).message})`, { cause: error });
    }
  }

  /** Writes after any write still running, so the last save asked for is the one that stays. */
  save(data: unknown): Promise<void> {
    const write = this.writing.then(() => this.writeAtomically(JSON.stringify(data)));
    this.writing = write.catch(() => undefined);
    return write;
  }

  private async writeAtomically(text: string): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, text, 'utf8');
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}
