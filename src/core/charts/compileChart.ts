// vega-lite → vega, or the compiler's reason for refusing. The CLI renders from here; the panel lets vega-embed
// compile (same library) and reports what it throws. vega-lite is imported on first use: it imports vega, whose
// Node build has a top-level await that CommonJS callers (the unit tests under tsx) cannot require, and the
// extension host never compiles at all (PRODUCT: vega loaded only in the webview and the CLI).

import type { Spec as VegaSpec } from 'vega';
import type * as VegaLite from 'vega-lite';
import type { JsonObject } from './parseChart';

export type CompiledChart = { readonly ok: true; readonly vega: VegaSpec } | { readonly ok: false; readonly message: string };

type CompileLogger = NonNullable<NonNullable<Parameters<typeof VegaLite.compile>[1]>['logger']>;

export async function compileChart(spec: JsonObject, config?: JsonObject): Promise<CompiledChart> {
  const { compile } = await import('vega-lite');
  try {
    // vega-lite warns on the console by default; a chart's warnings are not the CLI's output.
    const options = { ...(config ? { config: config as VegaLite.Config } : {}), logger: quietLogger() };
    const { spec: vega } = compile(spec as unknown as VegaLite.TopLevelSpec, options);
    return { ok: true, vega };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function quietLogger(): CompileLogger {
  const logger: CompileLogger = {
    level: () => 0,
    error: () => logger,
    warn: () => logger,
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
