// What the CLI's lint asks of a chart: everything the panel and `render` would refuse, found without running it.
// vega-lite's compile alone let through charts that then fail as an error card: a selection param repeated into
// every layer ("Duplicate signal name"), an expression calling a function vega lacks, data from a URL the safe
// loader refuses, a colour scheme vega does not know. vega parses the compiled spec (signals, expressions and
// their functions, as the panel's vega.parse does); the data and scheme checks read the parsed-from spec. Nothing
// runs: a chart's dataflow can run away (a catastrophic regular expression), and lint has no time budget for it.

import type { Spec as VegaSpec } from 'vega';
import { compileChart } from './compileChart';
import type { JsonObject } from './parseChart';
import { ChartLoadRefused, describeUri } from './safeLoader';

export type ChartCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

export async function checkChart(spec: JsonObject): Promise<ChartCheck> {
  const compiled = await compileChart(spec);
  if (!compiled.ok) return { ok: false, message: `vega-lite: ${compiled.message}` };
  // Loaded with vega-lite already (it imports vega's event selectors): this costs no second library load.
  const vega = await import('vega');
  try {
    vega.parse(compiled.vega, undefined, { ast: true });
  } catch (error) {
    return { ok: false, message: `vega: ${error instanceof Error ? error.message : String(error)}` };
  }
  const url = dataUrls(compiled.vega)[0];
  if (url !== undefined) return { ok: false, message: new ChartLoadRefused(`Loading ${describeUri(url)}`).message };
  const scheme = schemeNames(compiled.vega).find((name) => vega.scheme(name.toLowerCase()) === undefined);
  if (scheme !== undefined) return { ok: false, message: `vega: Unrecognized scheme name: ${scheme}` };
  return { ok: true };
}

/** A vega group's own parts: the top-level spec, and every group mark in it, at any depth. */
interface VegaGroup {
  readonly data?: ReadonlyArray<{ readonly url?: unknown }>;
  readonly scales?: ReadonlyArray<{ readonly range?: unknown }>;
  readonly marks?: readonly VegaGroup[];
}

function groupsOf(spec: VegaSpec): VegaGroup[] {
  const groups: VegaGroup[] = [];
  const visit = (group: VegaGroup) => {
    groups.push(group);
    for (const mark of group.marks ?? []) visit(mark);
  };
  visit(spec as VegaGroup);
  return groups;
}

/** The URLs the spec's data would load (a URL given by a signal is read as its expression's text). */
function dataUrls(spec: VegaSpec): unknown[] {
  return groupsOf(spec).flatMap((group) => (group.data ?? []).filter((data) => data.url !== undefined).map((data) => urlText(data.url)));
}

function urlText(url: unknown): unknown {
  const signal = (url as { signal?: unknown } | null)?.signal;
  return typeof signal === 'string' ? signal : url;
}

/** The scheme names scales ask for by name (an array of colours, or a signal, names none). */
function schemeNames(spec: VegaSpec): string[] {
  return groupsOf(spec).flatMap((group) =>
    (group.scales ?? []).flatMap((scale) => {
      const scheme = (scale.range as { scheme?: unknown } | null | undefined)?.scheme;
      return typeof scheme === 'string' ? [scheme] : [];
    }),
  );
}
