// The chart tooltip's HTML. vega-tooltip renders a value under the key `image` as `<img src=…>`, outside vega's
// loader and its sanitize: a note could make the panel request any URL by hovering. This formatter renders the
// same table without images; every value goes through the caller's HTML escaper.

const maxDepth = 2;

export function tooltipHtml(value: unknown, escape: (value: unknown) => string): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return escape(format(value, 0));
  const { title, image: _image, ...rest } = value as Record<string, unknown>;
  let html = '';
  if (title !== undefined && title !== null) html += `<h2>${escape(format(title, 0))}</h2>`;
  const rows = Object.entries(rest).filter(([, v]) => v !== undefined);
  if (rows.length > 0) {
    html += '<table>';
    for (const [key, v] of rows) {
      html += `<tr><td class="key">${escape(key)}</td><td class="value">${escape(format(v, 0))}</td></tr>`;
    }
    html += '</table>';
  }
  return html;
}

function format(value: unknown, depth: number): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  if (depth >= maxDepth) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) return `[${value.map((v) => format(v, depth + 1)).join(', ')}]`;
  return `{${Object.entries(value).map(([k, v]) => `${k}: ${format(v, depth + 1)}`).join(', ')}}`;
}
