import { strict as assert } from 'node:assert';
import { safeDsvReaders } from '../../../src/core/charts/dsvReaders';
import { createSafeLoader } from '../../../src/core/charts/safeLoader';
import { sanitizeChartSpec } from '../../../src/core/charts/sanitizeSpec';
import { tooltipHtml } from '../../../src/core/charts/tooltipHtml';
import { createChartLogger } from '../../../src/core/charts/chartLogger';

describe('sanitizeChartSpec', () => {
  it('drops usermeta.embedOptions in every variant and keeps the chart', () => {
    const variants = [{ ast: false }, { mode: 'vega' }, { actions: true }, { config: 'http://127.0.0.1:9/c.json' }, { loader: { baseURL: 'http://x/' } }];
    for (const embedOptions of variants) {
      const clean = sanitizeChartSpec({ mark: 'bar', usermeta: { embedOptions, keep: true } });
      assert.deepEqual(clean, { mark: 'bar', usermeta: { keep: true } });
    }
  });

  it('does not modify the spec it was given', () => {
    const spec = { mark: 'bar', usermeta: { embedOptions: { ast: false } } };
    sanitizeChartSpec(spec);
    assert.deepEqual(spec.usermeta, { embedOptions: { ast: false } });
  });

  it('keeps a vega-lite $schema and drops one that would switch vega-embed to another library', () => {
    const vl = 'https://vega.github.io/schema/vega-lite/v6.json';
    assert.equal(sanitizeChartSpec({ $schema: vl }).$schema, vl);
    assert.equal('$schema' in sanitizeChartSpec({ $schema: 'https://vega.github.io/schema/vega/v6.json' }), false);
    assert.equal('$schema' in sanitizeChartSpec({ $schema: 42 }), false);
  });
});

describe('createSafeLoader', () => {
  const loader = createSafeLoader();

  it('refuses to load, fetch or read anything', async () => {
    await assert.rejects(loader.load('http://127.0.0.1:1/data.csv'), /blocked/);
    await assert.rejects(loader.http('http://127.0.0.1:1/', {}), /blocked/);
    await assert.rejects(loader.file('/etc/passwd'), /blocked/);
  });

  it('allows data:image URLs for images only, and answers every other image or link with no URL', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    assert.deepEqual(await loader.sanitize(png, { context: 'image' }), { href: png });
    // Answered, not rejected: vega's SVG string renderer writes into the answer (a rejection became `null` and
    // an uncaught TypeError that killed `render`). No `href` means nothing is loaded or linked.
    for (const [uri, context] of <Array<[string, 'image' | 'href']>>[
      ['http://127.0.0.1:1/a.png', 'image'],
      ['/media/icon.png', 'image'],
      ['data:text/html,<b>x</b>', 'image'],
      [png, 'href'],
      ['https://example.com', 'href'],
      ['javascript:alert(1)', 'href'],
    ]) {
      const answer = await loader.sanitize(uri, { context });
      assert.equal(answer.href, undefined, `${context} ${uri}`);
      assert.equal(Object.isFrozen(answer), false);
    }
  });

  it('is frozen, so no chart code can swap its methods', () => {
    assert.ok(Object.isFrozen(loader));
  });
});

describe('safe dsv readers', () => {
  it('read csv, tsv and dsv into rows with a column list, without compiling code', () => {
    const rows = safeDsvReaders.csv('a,b\n1,"x,y"\n3,4', {});
    assert.deepEqual([...rows], [{ a: '1', b: 'x,y' }, { a: '3', b: '4' }]);
    assert.deepEqual((rows as unknown as { columns: string[] }).columns, ['a', 'b']);
    assert.deepEqual([...safeDsvReaders.tsv('a\tb\n1\t2', {})], [{ a: '1', b: '2' }]);
    assert.deepEqual([...safeDsvReaders.dsv('a|b\n1|2', { delimiter: '|' })], [{ a: '1', b: '2' }]);
    assert.deepEqual([...safeDsvReaders.csv('1,2', { header: ['x', 'y'] })], [{ x: '1', y: '2' }]);
    assert.equal(safeDsvReaders.csv.responseType, 'text');
  });

  it('treat hostile column names as plain data', () => {
    const hostile = '"a""]);globalThis.pwned=1;//",__proto__,constructor\n1,2,3';
    const [row] = safeDsvReaders.csv(hostile, {}) as Record<string, string>[];
    assert.equal((globalThis as { pwned?: number }).pwned, undefined);
    assert.equal(Object.getPrototypeOf(row), Object.prototype);
    assert.equal(Object.getOwnPropertyDescriptor(row, '__proto__')?.value, '2');
    assert.equal(row.constructor as unknown, '3');
  });

  it('require a one-character delimiter for dsv', () => {
    assert.throws(() => safeDsvReaders.dsv('a', {}), /one-character delimiter/);
  });
});

describe('tooltipHtml', () => {
  const escape = (value: unknown) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  it('renders title and fields, escaped, and never an image', () => {
    const html = tooltipHtml({ title: 'IWM', image: 'http://127.0.0.1:1/x.png', close: '<b>210</b>', nested: { a: 1 } }, escape);
    assert.equal(html.includes('<img'), false);
    assert.equal(html.includes('127.0.0.1'), false);
    assert.match(html, /<h2>IWM<\/h2>/);
    assert.match(html, /&lt;b&gt;210&lt;\/b&gt;/);
    assert.match(html, /\{a: 1\}/);
  });

  it('renders a plain value as escaped text', () => {
    assert.equal(tooltipHtml('<script>', escape), '&lt;script&gt;');
  });
});

describe('createChartLogger', () => {
  it('keeps errors and warnings that carry an Error, drops chatter', () => {
    const { logger, problems } = createChartLogger();
    logger.warn('Ignoring an invalid transform');
    logger.warn('Loading failed', 'http://x', new Error('blocked'));
    logger.error('Unrecognized signal', 'foo');
    assert.deepEqual(problems, ['Loading failed: http://x: blocked', 'Unrecognized signal: foo']);
  });

  it('drops a TypeError that follows a first failure, and keeps one that comes first', () => {
    const failed = createChartLogger();
    failed.logger.error(new Error('Unrecognized scheme name: nosuchscheme'));
    failed.logger.error(new TypeError("Cannot read properties of undefined (reading 'marktype')"));
    failed.logger.warn('Loading failed', 'http://x', new Error('blocked'));
    assert.deepEqual(failed.problems, ['Unrecognized scheme name: nosuchscheme', 'Loading failed: http://x: blocked']);
    const first = createChartLogger();
    first.logger.error(new TypeError("Cannot read properties of undefined (reading 'deeper')"));
    assert.deepEqual(first.problems, ["Cannot read properties of undefined (reading 'deeper')"]);
  });
});
