// The webview's only line to the extension: typed messages out, persisted state. Outside VS Code (the headless
// browser tests, the bench) a page may define `acquireVsCodeApi` itself to watch the messages; without one
// the bridge drops them, so the page still renders.

import type { ChartWebviewState, FromWebviewMessage } from '../../src/core/charts/messages';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

export interface HostBridge {
  post(message: FromWebviewMessage): void;
  savedState(): ChartWebviewState | undefined;
  saveState(state: ChartWebviewState): void;
}

export function connectToHost(): HostBridge {
  // acquireVsCodeApi may be called once per page: keep the one handle here.
  const api: VsCodeApi =
    typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : { postMessage: () => undefined, getState: () => undefined, setState: () => undefined };
  return {
    post: (message) => api.postMessage(message),
    savedState: () => {
      const state = api.getState() as ChartWebviewState | undefined;
      return state && typeof state.source === 'string' ? state : undefined;
    },
    saveState: (state) => api.setState(state),
  };
}
