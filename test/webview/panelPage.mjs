/* global window, document -- installProbes and the page.evaluate callbacks run in the browser */
// One chart panel in a browser tab, the way a test sees it: the page served under the exact CSP, a stand-in for
// VS Code's `acquireVsCodeApi` that records what the page sends the host, a record of CSP violations (events and
// console), navigations and popups, and helpers to wait for a render and post host messages.

/** Installed before any page script: the host stand-in and the violation listener. */
export function installProbes() {
  window.__sent = [];
  window.__violations = [];
  window.acquireVsCodeApi = () => ({
    postMessage: (message) => window.__sent.push(message),
    getState: () => window.__state,
    setState: (state) => (window.__state = state),
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
}

/** A panel state with one chart per entry: a spec object, or `{ problem }`. Lines are 10, 20, 30, … */
export function panelState(charts, version = 1) {
  return {
    source: 'file:///work/notes/test.md',
    title: 'test.md',
    version,
    charts: charts.map((chart, i) =>
      chart.problem ? { line: (i + 1) * 10, problem: chart.problem } : { line: (i + 1) * 10, spec: JSON.stringify(chart) },
    ),
  };
}

export async function openPanel(browser, server, id, state) {
  const page = await browser.context.newPage();
  const csp = [];
  const navigations = [];
  const popups = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) csp.push(message.text());
  });
  page.on('popup', (popup) => popups.push(popup.url()));
  const url = server.page(id, state);
  await page.goto(url);
  page.on('framenavigated', (frame) => navigations.push(frame.url()));
  const panel = {
    page,
    url,
    csp,
    navigations,
    popups,
    sent: () => page.evaluate(() => window.__sent),
    violations: () => page.evaluate(() => window.__violations),
    /** Waits for the page's `rendered` message for `version`; returns it. Polls from Node: no eval in the page. */
    async rendered(version = state.version, timeoutMs = 60000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = (await panel.sent()).find((m) => m.type === 'rendered' && m.version === version);
        if (found) return found;
        await page.waitForTimeout(20);
      }
      throw new Error(`no 'rendered' message for version ${version} within ${timeoutMs} ms`);
    },
    /** A host → webview message, delivered as VS Code delivers it (a window message event). */
    post: (message) => page.evaluate((m) => window.postMessage(m, '*'), message),
    /** Nothing was blocked, loaded from elsewhere or navigated to. */
    async assertQuiet() {
      const violations = await panel.violations();
      if (violations.length > 0) throw new Error(`CSP violations: ${violations.join(', ')}`);
      if (csp.length > 0) throw new Error(`CSP console errors: ${csp.join(' | ')}`);
      if (navigations.length > 0) throw new Error(`navigated to ${navigations.join(', ')}`);
      if (popups.length > 0) throw new Error(`opened ${popups.join(', ')}`);
      if (page.url() !== url) throw new Error(`page is now at ${page.url()}`);
    },
    close: () => page.close(),
  };
  return panel;
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
