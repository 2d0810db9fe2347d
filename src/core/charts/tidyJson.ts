// JSON laid out the way people write vega-lite by hand: anything that fits on a line stays on one line (a data
// row, an encoding channel), the rest breaks into indented lines. An inserted chart then reads like the examples
// in vega-lite's docs instead of a 200-line column of brackets.

const defaultWidth = 80;

export function tidyJson(value: unknown, width = defaultWidth): string {
  return layout(value, '', 0, width, true);
}

/** `lead` is how much of the line is taken before the value (indent and key). */
function layout(value: unknown, indent: string, lead: number, width: number, forceBreak: boolean): string {
  const compact = inline(value);
  if (!forceBreak && (lead + compact.length <= width || !isContainer(value))) return compact;
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => inner + layout(item, inner, inner.length, width, false));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as object).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const items = entries.map(([key, v]) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + layout(v, inner, head.length, width, false);
  });
  return `{\n${items.join(',\n')}\n${indent}}`;
}

/** One-line JSON with a space after `:` and `,`, as people type it. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (isContainer(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}: ${inline(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
