/* global window, document, customElements -- the functions passed to page.evaluate run in the browser */
// The webview test cases, grouped. Each opens its own tab (fresh page, fresh nonce) and closes it.
import { strict as assert } from 'node:assert';
import { openPanel, panelState } from './panelPage.mjs';
import { goodSpecs, hostileSpecs } from './specs.mjs';

const settleMs = 400;

export function cases({ browser, server, attacker }) {
  let pageCount = 0;
  /** Opens a panel with `charts`, runs `body(panel)`, always closes the tab. */
  const withPanel = async (charts, body) => {
    const panel = await openPanel(browser, server, `case-${++pageCount}`, panelState(charts));
    try {
      return await body(panel);
    } finally {
      await panel.close();
    }
  };
  const svgCount = (panel) => panel.page.locator('.chart-card__body svg.marks').count();
  const center = async (locator) => {
    const box = await locator.first().boundingBox();
    assert.ok(box, 'the mark has no box on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };

  const good = {
    'every good spec renders as SVG, with no CSP violation': () =>
      withPanel(Object.values(goodSpecs), async (panel) => {
        const rendered = await panel.rendered();
        assert.deepEqual(rendered.errors, []);
        assert.equal(await svgCount(panel), Object.keys(goodSpecs).length);
        assert.equal(await panel.page.locator('.chart-card--error').count(), 0);
        assert.deepEqual(await panel.page.locator('.chart-card__title').allTextContents(), Object.keys(goodSpecs).map((_, i) => `Line ${(i + 1) * 10}`));
        await panel.assertQuiet();
      }),
    'inline CSV rows reach the chart (three bars)': () =>
      withPanel([goodSpecs.csv], async (panel) => {
        await panel.rendered();
        assert.equal(await panel.page.locator('.mark-rect path').count(), 3);
        await panel.assertQuiet();
      }),
    'a tooltip shows on hover, styled from media/ only': () =>
      withPanel([goodSpecs.tooltip], async (panel) => {
        await panel.rendered();
        const { x, y } = await center(panel.page.locator('.mark-rect path'));
        await panel.page.mouse.move(x, y);
        await panel.page.locator('#vg-tooltip-element.visible').waitFor({ timeout: 3000 });
        assert.match(await panel.page.locator('#vg-tooltip-element').innerText(), /a\s+A/);
        await panel.assertQuiet();
      }),
    'an interval brush selects by dragging': () =>
      withPanel([goodSpecs.brush], async (panel) => {
        await panel.rendered();
        const box = await panel.page.locator('.chart-card__body svg.marks').boundingBox();
        await panel.page.mouse.move(box.x + 60, box.y + 40);
        await panel.page.mouse.down();
        await panel.page.mouse.move(box.x + 140, box.y + 120, { steps: 5 });
        await panel.page.mouse.up();
        const brush = await panel.page.locator('g[class*="brush_brush"] path').first().getAttribute('d');
        assert.ok(brush && /M\d/.test(brush) && !/^M0,0h0v0h0Z$/.test(brush), `no brush drawn: ${brush}`);
        await panel.assertQuiet();
      }),
  };

  const hostile = {};
  for (const [name, spec] of Object.entries(hostileSpecs(attacker.origin, server.origin))) {
    hostile[`${name}: no request, no navigation`] = () =>
      withPanel([spec], async (panel) => {
        const before = attacker.requests.length;
        const ownBefore = server.requests.length;
        await panel.rendered();
        const mark = panel.page.locator('.chart-card__body svg.marks path, .chart-card__body svg.marks image');
        if ((await mark.count()) > 0 && /tooltip|href/.test(name)) {
          const { x, y } = await center(panel.page.locator('.mark-symbol path'));
          await panel.page.mouse.move(x, y);
          if (name.includes('tooltip')) await panel.page.locator('#vg-tooltip-element.visible').waitFor({ timeout: 3000 });
          if (name.includes('href')) await panel.page.mouse.click(x, y);
        }
        for (const link of await panel.page.locator('.vega-actions a').all()) await link.click();
        await panel.page.waitForTimeout(settleMs);
        assert.deepEqual(attacker.requests.slice(before), [], 'the attacker server was called');
        const own = server.requests.slice(ownBefore).filter((p) => !p.startsWith('/media/webview.js') && p !== '/media/charts.css');
        assert.deepEqual(own, [], 'the chart requested something from the panel origin');
        assert.equal(await panel.page.locator('#vg-tooltip-element img').count(), 0, 'the tooltip holds an image');
        assert.equal(await panel.page.locator('.vega-actions').count(), 0, 'an action menu was added');
        assert.equal(await panel.page.evaluate(() => window.pwned), undefined);
        await panel.assertQuiet();
      });
  }
  hostile['embedOptions ast:false cannot turn off the interpreter (chart renders under the CSP)'] = () =>
    withPanel([hostileSpecs(attacker.origin, server.origin)['embedOptions ast:false']], async (panel) => {
      assert.deepEqual((await panel.rendered()).errors, []);
      assert.equal(await svgCount(panel), 1);
      await panel.assertQuiet();
    });
  hostile['a link in the page does not navigate when clicked'] = () =>
    withPanel([goodSpecs.calculate], async (panel) => {
      await panel.rendered();
      await panel.page.evaluate((href) => {
        const a = document.createElement('a');
        a.href = href;
        a.textContent = 'go';
        a.id = 'probe-link';
        document.body.prepend(a);
      }, `${attacker.origin}/navigate`);
      await panel.page.click('#probe-link');
      await panel.page.waitForTimeout(settleMs);
      assert.equal(attacker.requests.filter((r) => r.includes('/navigate')).length, 0);
      await panel.assertQuiet();
    });

  const isolation = {
    'a chart whose dataflow fails shows vega\'s reason on its card, not the renderer\'s TypeError': async () => {
      const unknownScheme = {
        data: { values: [{ a: 1 }, { a: 2 }] },
        mark: 'point',
        encoding: { x: { field: 'a', type: 'quantitative' }, color: { field: 'a', type: 'quantitative', scale: { scheme: 'nosuchscheme' } } },
      };
      await withPanel([unknownScheme, goodSpecs.calculate], async (panel) => {
        const rendered = await panel.rendered();
        assert.equal(rendered.errors.length, 1);
        assert.equal(rendered.errors[0].message, 'Unrecognized scheme name: nosuchscheme');
        assert.doesNotMatch(await panel.page.locator('.chart-card').nth(0).innerText(), /marktype/);
        assert.equal(await panel.page.locator('.chart-card').nth(1).locator('svg.marks').count(), 1);
        await panel.assertQuiet();
      });
    },
    'charts with links, images, URL tooltips, one that throws and one that never ends: each is its own card': async () => {
      const rows = [{ a: 'A', b: 1, u: `${attacker.origin}/link`, img: `${attacker.origin}/img.png` }, { a: 'B', b: 3, u: 'javascript:window.pwned=1', img: 'x.png' }];
      const xy = { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } };
      const charts = [
        goodSpecs.calculate,
        { data: { values: [{ s: `${'a'.repeat(40)}!` }] }, transform: [{ filter: 'test(/^(a+)+$/, datum.s)' }], mark: 'point', encoding: { x: { field: 's', type: 'nominal' } } },
        { data: { values: rows }, mark: 'bar', encoding: { ...xy, href: { field: 'u' } } },
        { data: { values: rows }, mark: { type: 'image', width: 20, height: 20 }, encoding: { ...xy, url: { field: 'img' } } },
        { data: { values: rows }, mark: 'bar', encoding: { ...xy, tooltip: [{ field: 'u' }, { field: 'img', title: 'image' }] } },
        { data: { values: rows }, transform: [{ calculate: 'datum.missing.deeper', as: 'c' }], mark: 'bar', encoding: xy },
        goodSpecs.filter,
      ];
      const before = attacker.requests.length;
      await withPanel(charts, async (panel) => {
        // The page stays responsive while the runaway chart is stopped in its worker: the others are drawn first.
        // (the chart that throws draws its axes, with vega's error beside it).
        for (let i = 0; i < 200 && (await svgCount(panel)) < 6; i++) await panel.page.waitForTimeout(50);
        assert.equal(await svgCount(panel), 6);
        assert.equal(await panel.page.locator('.chart-card').nth(1).locator('svg').count(), 0);
        const rendered = await panel.rendered(1, 60000);
        assert.deepEqual(rendered.errors.map((e) => e.line), [20, 60]);
        assert.match(rendered.errors[0].message, /took too long/);
        const cards = panel.page.locator('.chart-card');
        assert.match(await cards.nth(1).innerText(), /This chart took too long to render: stopped after 8 s/);
        assert.match(await cards.nth(5).innerText(), /deeper/);
        for (const i of [0, 2, 3, 4, 5, 6]) assert.equal(await cards.nth(i).locator('svg.marks').count(), 1, `chart ${i} did not draw`);
        const bar = panel.page.locator('.chart-card').nth(2).locator('.mark-rect path').first();
        const box = await bar.boundingBox();
        await panel.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await panel.page.waitForTimeout(settleMs);
        assert.equal(await panel.page.evaluate(() => window.pwned), undefined);
        assert.deepEqual(attacker.requests.slice(before), []);
        await panel.assertQuiet();
      });
    },
  };

  const behaviour = {
    'editing one of three blocks re-renders only that chart': () =>
      withPanel([goodSpecs.calculate, goodSpecs.filter, goodSpecs.csv], async (panel) => {
        await panel.rendered();
        await panel.page.evaluate(() => document.querySelectorAll('svg.marks').forEach((svg, i) => (svg.dataset.probe = String(i))));
        const edited = panelState([goodSpecs.calculate, { ...goodSpecs.filter, mark: 'point' }, goodSpecs.csv], 2);
        await panel.post({ type: 'update', ...edited });
        await panel.rendered(2);
        const probes = await panel.page.evaluate(() => [...document.querySelectorAll('svg.marks')].map((svg) => svg.dataset.probe ?? 'new'));
        assert.deepEqual(probes, ['0', 'new', '2']);
        await panel.assertQuiet();
      }),
    'a block added above moves the others without re-rendering them': () =>
      withPanel([goodSpecs.calculate, goodSpecs.filter], async (panel) => {
        await panel.rendered();
        await panel.page.evaluate(() => document.querySelectorAll('svg.marks').forEach((svg, i) => (svg.dataset.probe = String(i))));
        await panel.post({ type: 'update', ...panelState([goodSpecs.csv, goodSpecs.calculate, goodSpecs.filter], 2) });
        await panel.rendered(2);
        const probes = await panel.page.evaluate(() => [...document.querySelectorAll('svg.marks')].map((svg) => svg.dataset.probe ?? 'new'));
        assert.deepEqual(probes, ['new', '0', '1']);
        assert.deepEqual(await panel.page.locator('.chart-card__title').allTextContents(), ['Line 10', 'Line 20', 'Line 30']);
      }),
    'a broken block shows an error card; a compile error is reported to the host': () =>
      withPanel([{ problem: { kind: 'json', message: 'JSON: Comma expected', line: 13, column: 5, endLine: 13, endColumn: 6 } }, { mark: 'no-such-mark' }], async (panel) => {
        const rendered = await panel.rendered();
        assert.match(await panel.page.locator('.chart-card--error').first().innerText(), /Line 13, column 5: JSON: Comma expected/);
        assert.equal(await panel.page.locator('.chart-card--error').count(), 2);
        assert.deepEqual(rendered.errors.map((e) => e.line), [20]);
        await panel.assertQuiet();
      }),
    'a card is headed by the chart\'s title, with its line as secondary text': () =>
      withPanel([{ ...goodSpecs.calculate, title: { text: 'IWM vs QQQ performance', subtitle: 'Source: Yahoo' } }, goodSpecs.filter], async (panel) => {
        await panel.rendered();
        assert.deepEqual(await panel.page.locator('.chart-card__title').allTextContents(), ['IWM vs QQQ performance', 'Line 20']);
        assert.deepEqual(await panel.page.locator('.chart-card__line').allTextContents(), ['line 10', '']);
        await panel.assertQuiet();
      }),
    'an error card keeps the block\'s last good render beside the error': () =>
      withPanel([goodSpecs.calculate], async (panel) => {
        await panel.rendered();
        const problem = { kind: 'json', message: 'JSON: Comma expected', line: 11, column: 5, endLine: 11, endColumn: 6 };
        await panel.post({ type: 'update', ...panelState([{ problem }], 2) });
        await panel.rendered(2);
        const card = panel.page.locator('.chart-card').first();
        assert.match(await card.innerText(), /JSON: Comma expected/);
        assert.equal(await card.locator('.chart-card__last-good svg').count(), 1);
        await panel.post({ type: 'update', ...panelState([{ problem: { ...problem, message: 'JSON: Value expected' } }], 3) });
        await panel.rendered(3);
        assert.equal(await panel.page.locator('.chart-card').first().locator('.chart-card__last-good svg').count(), 1, 'the last good render was lost on the second error');
        await panel.assertQuiet();
      }),
    'a note without charts says so, and offers Insert Chart…': () =>
      withPanel([], async (panel) => {
        await panel.rendered();
        const empty = panel.page.locator('.empty-panel');
        assert.equal(await empty.isVisible(), true);
        assert.match(await empty.innerText(), /No vega-lite blocks in this note/);
        await empty.locator('vscode-button').click();
        assert.ok((await panel.sent()).some((m) => m.type === 'insertChart'));
        await panel.post({ type: 'update', ...panelState([goodSpecs.calculate], 2) });
        await panel.rendered(2);
        assert.equal(await empty.isVisible(), false);
        await panel.assertQuiet();
      }),
    'clicking a chart asks the host to reveal its block': () =>
      withPanel([goodSpecs.calculate, goodSpecs.filter], async (panel) => {
        await panel.rendered();
        await panel.page.locator('.chart-card__body').nth(1).click();
        assert.ok((await panel.sent()).some((m) => m.type === 'reveal' && m.line === 20));
      }),
    'exports SVG and PNG on request': () =>
      withPanel([goodSpecs.csv], async (panel) => {
        await panel.rendered();
        await panel.post({ type: 'requestExport', line: 10, format: 'svg' });
        await panel.post({ type: 'requestExport', line: 10, format: 'png' });
        await panel.page.waitForTimeout(300);
        const exported = (await panel.sent()).filter((m) => m.type === 'exported');
        assert.ok(exported.find((m) => m.format === 'svg')?.data.startsWith('<svg'), 'no SVG export');
        assert.ok(exported.find((m) => m.format === 'png')?.data.startsWith('data:image/png;base64,'), 'no PNG export');
        await panel.assertQuiet();
      }),
    'exports are light on white at a publishing width whatever the theme, or as shown when asked': () =>
      withPanel([{ ...goodSpecs.calculate, width: 'container', autosize: { type: 'fit-x', contains: 'padding' } }], async (panel) => {
        await panel.page.evaluate(() => {
          document.documentElement.style.setProperty('--vscode-editor-background', '#123456');
          document.body.classList.add('vscode-dark');
        });
        await panel.rendered();
        await panel.post({ type: 'requestExport', line: 10, format: 'svg' });
        await panel.post({ type: 'update', ...panelState([{ ...goodSpecs.calculate, width: 'container', autosize: { type: 'fit-x', contains: 'padding' } }], 2), exportAppearance: 'asShown' });
        await panel.rendered(2);
        await panel.post({ type: 'requestExport', line: 10, format: 'svg' });
        let exported = [];
        for (let i = 0; i < 100 && exported.length < 2; i++) {
          await panel.page.waitForTimeout(50);
          exported = (await panel.sent()).filter((m) => m.type === 'exported');
        }
        const [light, shown] = exported.map((m) => m.data);
        assert.match(light, /^<svg[^>]* width="800"/);
        assert.match(light, /<rect width="800" height="\d+" fill="#ffffff"\/>/);
        assert.match(light, /font-family="Helvetica Neue/);
        assert.match(shown, /<rect width="\d+" height="\d+" fill="#123456"\/>/);
        await panel.assertQuiet();
      }),
    'charts follow a theme change from VS Code': () =>
      withPanel([goodSpecs.calculate], async (panel) => {
        await panel.rendered();
        await panel.page.evaluate(() => {
          document.documentElement.style.setProperty('--vscode-editor-background', '#123456');
          document.body.classList.add('vscode-dark');
        });
        const background = () => panel.page.evaluate(() => document.querySelector('svg.marks')?.style.backgroundColor);
        for (let i = 0; i < 100 && (await background()) !== 'rgb(18, 52, 86)'; i++) await panel.page.waitForTimeout(50);
        assert.equal(await background(), 'rgb(18, 52, 86)');
        await panel.assertQuiet();
      }),
    'the toolbar uses the toolkit and the page state is saved for restore': () =>
      withPanel([goodSpecs.calculate], async (panel) => {
        await panel.rendered();
        assert.ok(await panel.page.evaluate(() => Boolean(customElements.get('vscode-button') && customElements.get('vscode-dropdown'))));
        assert.equal(await panel.page.locator('.toolbar vscode-button').count(), 1);
        assert.deepEqual(await panel.page.evaluate(() => window.__state), { source: 'file:///work/notes/test.md', themeOverride: 'auto' });
        await panel.assertQuiet();
      }),
  };

  return { 'good charts': good, 'hostile charts': hostile, isolation, behaviour };
}
