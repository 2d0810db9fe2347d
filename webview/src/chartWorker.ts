// The panel's proving ground, run in a Web Worker: a chart's dataflow (its transforms and expressions, the part a
// note controls) is run here first, under the same interpreter and loader as the page. A page has one thread: an
// expression that never ends (`test(/^(a+)+$/, 'aaaa…!')`) would freeze every chart and the toolbar. Here it
// freezes only this worker, which the page terminates when the chart's time is up; a chart that finishes here in
// time is drawn interactively in the page.

import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { registerSafeDsvReaders, type FormatRegistry } from '../../src/core/charts/dsvReaders';
import { createSafeLoader } from '../../src/core/charts/safeLoader';
import type { WorkerAnswer, WorkerJob } from './chartWorkerProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerJob>) => void) | null;
  postMessage(message: WorkerAnswer): void;
}

registerSafeDsvReaders((vega as unknown as { formats: FormatRegistry }).formats);
const loader = createSafeLoader();
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, spec } = event.data;
  void (async () => {
    let view: vega.View | undefined;
    try {
      view = new vega.View(vega.parse(spec as vega.Spec, undefined, { ast: true }), { renderer: 'none', loader, expr: expressionInterpreter });
      view.logLevel(vega.None);
      await view.runAsync();
      scope.postMessage({ id, ok: true });
    } catch (error) {
      scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    } finally {
      view?.finalize();
    }
  })();
};
