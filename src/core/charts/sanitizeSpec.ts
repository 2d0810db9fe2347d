// A note is untrusted input. vega-embed lets the spec steer it: `usermeta.embedOptions` is merged OVER the
// options the panel passes (measured: `ast: false`, `mode: 'vega'`, `actions: true`, `config` as a URL and a
// `loader` all take effect), and `$schema` picks the library (a vega schema turns a vega-lite block into raw
// vega). This copy keeps the chart and drops the steering, so the embedder's own options are the ones in force.

import type { JsonObject } from './parseChart';

const vegaLiteSchema = /^https:\/\/vega\.github\.io\/schema\/vega-lite\/v\d+(?:\.\d+)*(?:\.json)?$/;

export function sanitizeChartSpec(spec: JsonObject): JsonObject {
  const clean: JsonObject = { ...spec };
  const usermeta = spec.usermeta;
  if (isJsonObject(usermeta) && Object.hasOwn(usermeta, 'embedOptions')) {
    const { embedOptions: _dropped, ...rest } = usermeta;
    clean.usermeta = rest;
  }
  if (Object.hasOwn(spec, '$schema') && !(typeof spec.$schema === 'string' && vegaLiteSchema.test(spec.$schema))) {
    delete clean.$schema;
  }
  return clean;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
