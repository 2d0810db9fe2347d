// The panel never navigates. A chart's `href` channel is already refused by the safe loader (vega asks its
// `sanitize` before following a link); this catches whatever else could: a link element in the DOM, a form,
// window.open. CSP cannot do it — navigation is not a fetch it governs.

export function blockNavigation(win: Window): void {
  const stop = (event: Event) => {
    const linked = event.composedPath().some((node) => node instanceof Element && node.closest('a[href], area[href]') !== null);
    if (linked || event.type === 'submit') event.preventDefault();
  };
  for (const type of ['click', 'auxclick', 'submit']) win.document.addEventListener(type, stop, true);
  win.open = () => null;
}
