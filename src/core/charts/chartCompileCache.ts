// One compile per distinct chart in a run, however many notes repeat it.

import type { CompiledChart } from './compileChart';
import type { JsonObject } from './parseChart';

/**
 * `compileChart` remembering its answers by the spec's content: notes that repeat a template (the same chart in
 * twenty notes) compile it once per run. The key is the spec's JSON text, so equal content is one entry whatever
 * note or line it came from.
 */
export function cachedChartCompiler<Answer = CompiledChart>(
  compile: (spec: JsonObject, config?: JsonObject) => Promise<Answer>,
): (spec: JsonObject, config?: JsonObject) => Promise<Answer> {
  const answers = new Map<string, Promise<Answer>>();
  return (spec, config) => {
    const key = JSON.stringify([spec, config ?? null]);
    let answer = answers.get(key);
    if (!answer) {
      answer = compile(spec, config);
      answers.set(key, answer);
    }
    return answer;
  };
}
