// The panel's messages checked at run time before the host uses them. The webview is ours, but it renders
// untrusted charts; TypeScript's types vanish at the boundary, so each message is read as unknown data: the kind
// must be known, lines must be lines of the note, formats one of the export formats, texts strings of sane size.

import type { ExportFormat, FromWebviewMessage, RenderError } from './messages';

export const exportFormats: readonly ExportFormat[] = ['svg', 'png'];

/** An export larger than this is refused (a 16k × 16k PNG compresses to far less). */
const maxExportChars = 64 * 1024 * 1024;
const maxMessageChars = 10_000;
const maxErrors = 10_000;

/** The message as the host may use it, or undefined when it is not one the panel sends. */
export function readWebviewMessage(value: unknown, lineCount: number): FromWebviewMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  const isLine = (line: unknown): line is number => Number.isInteger(line) && (line as number) >= 1 && (line as number) <= lineCount;
  const isText = (text: unknown, max = maxMessageChars): text is string => typeof text === 'string' && text.length <= max;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'refreshData':
      return { type: 'refreshData' };
    case 'insertChart':
      return { type: 'insertChart' };
    case 'reveal':
      return isLine(message.line) ? { type: 'reveal', line: message.line } : undefined;
    case 'rendered': {
      const { version, errors } = message;
      if (!Number.isInteger(version) || !Array.isArray(errors) || errors.length > maxErrors) return undefined;
      const read: RenderError[] = [];
      for (const error of errors as unknown[]) {
        const { line, message: text } = (error ?? {}) as Record<string, unknown>;
        if (!isLine(line) || !isText(text)) return undefined;
        read.push({ line, message: text });
      }
      return { type: 'rendered', version: version as number, errors: read };
    }
    case 'exported': {
      const { line, format, data } = message;
      if (!isLine(line) || !exportFormats.includes(format as ExportFormat) || !isText(data, maxExportChars)) return undefined;
      const wellFormed = format === 'svg' ? /^\s*<svg[\s>]/.test(data.slice(0, 200)) : data.startsWith('data:image/png;base64,');
      return wellFormed ? { type: 'exported', line, format: format as ExportFormat, data } : undefined;
    }
    case 'exportFailed':
      return isLine(message.line) && isText(message.message) ? { type: 'exportFailed', line: message.line, message: message.message } : undefined;
    default:
      return undefined;
  }
}
