import { UsageError } from './io';

/** Validates `--format` against the formats a command supports. */
export function parseFormat<const Formats extends readonly string[]>(value: string | undefined, formats: Formats): Formats[number] {
  const format = value ?? formats[0];
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')} (got "${format}")`);
  return format;
}
