// One chart into one element, the only way the panel calls vega-embed. Every option that matters for safety is
// set here and cannot be overridden by the spec (its usermeta.embedOptions is stripped first):
// ast + interpreter (no eval under the CSP), the refusing loader, csv readers without `new Function`, no action
// menu (its "Open in Vega Editor" posts the spec to the web), no injected <style>, tooltips without images.

import * as vega from 'vega';
import embed, { type Result, type VisualizationSpec } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import { createChartLogger } from '../../src/core/charts/chartLogger';
import { registerSafeDsvReaders, type FormatRegistry } from '../../src/core/charts/dsvReaders';
import type { JsonObject } from '../../src/core/charts/parseChart';
import { createSafeLoader } from '../../src/core/charts/safeLoader';
import { sanitizeChartSpec } from '../../src/core/charts/sanitizeSpec';
import { tooltipHtml } from '../../src/core/charts/tooltipHtml';

registerSafeDsvReaders((vega as unknown as { formats: FormatRegistry }).formats);

const loader = createSafeLoader();

export interface EmbeddedChart {
  readonly result: Result;
  /** Problems vega logged while rendering (a refused data URL): the chart drew, but not all of it. */
  readonly problems: readonly string[];
}

export async function embedChart(element: HTMLElement, specJson: string, config: JsonObject): Promise<EmbeddedChart> {
  // The host sends sanitised specs; sanitising again keeps the page safe on its own (it is tested on its own).
  const spec = sanitizeChartSpec(JSON.parse(specJson) as JsonObject);
  const { logger, problems } = createChartLogger();
  let result: Result;
  try {
    result = await embed(element, spec as unknown as VisualizationSpec, {
      mode: 'vega-lite',
      ast: true,
      expr: expressionInterpreter,
      loader,
      logger,
      actions: false,
      defaultStyle: false,
      renderer: 'svg',
      config,
      tooltip: {
        disableDefaultStyle: true,
        formatTooltip: (value: unknown, sanitize: (value: unknown) => string) => tooltipHtml(value, sanitize),
      },
    });
  } catch (error) {
    // A dataflow that failed logs why (an unknown colour scheme) and leaves the renderer a TypeError of its own
    // that says nothing to the writer: the logged cause is the card's message.
    if (problems.length > 0) throw new Error(problems.join('; '), { cause: error });
    throw error;
  }
  return { result, problems };
}
