// The quote settings as the extension reads them. Base URLs are machine-scoped and read only from the user's own
// settings (never a workspace's), so a cloned repository cannot point your API key at its own server; the
// MARKET_NOTES_<ID>_BASE_URL environment variable wins over both, for tests and locked-down machines.

import * as vscode from 'vscode';
import { editorQuoteRequestLimit, largestEditorQuoteRequestLimit } from '../../core/lint/quoteRequestLimit';
import { httpProviderIds, isHttpProviderId, resolveBaseUrl, type HttpProviderId } from '../../core/quotes/providers';

export type ProviderId = HttpProviderId | 'snapshot';
export const providerIds: readonly ProviderId[] = [...httpProviderIds, 'snapshot'];

export function isProviderId(value: unknown): value is ProviderId {
  return value === 'snapshot' || (typeof value === 'string' && isHttpProviderId(value));
}

export interface QuoteSettings {
  readonly provider: ProviderId;
  readonly freshForMs: number;
  readonly timeoutMs: number;
}

export function readQuoteSettings(scope?: vscode.Uri): QuoteSettings {
  // The provider may differ per workspace folder; freshness and timeout are window-scoped (one cache per provider),
  // and asking for them with a resource makes the host log a warning on every read.
  const provider = vscode.workspace.getConfiguration('marketNotes', scope).get<string>('quoteProvider', 'yahoo');
  const window = vscode.workspace.getConfiguration('marketNotes');
  return {
    provider: isProviderId(provider) ? provider : 'yahoo',
    freshForMs: Math.max(5, window.get<number>('quotes.freshSeconds', 60)) * 1000,
    timeoutMs: Math.max(1, window.get<number>('quotes.timeoutSeconds', 8)) * 1000,
  };
}

/** The base URL for an HTTP provider: environment, else the user's (machine or global) setting, else the default. */
export function providerBaseUrl(id: HttpProviderId): string {
  const inspected = vscode.workspace.getConfiguration('marketNotes').inspect<string>(`providers.${id}.baseUrl`);
  // globalValue only: a workspace or folder value is ignored even if VS Code were to offer one.
  const userValue = inspected?.globalValue?.trim() || undefined;
  return resolveBaseUrl(id, process.env, userValue);
}

/**
 * How many distinct symbols of one note lint and the background refresh may ask a live provider for. Machine-scoped
 * and read from the user's settings only: a cloned workspace cannot raise it to spend your quota.
 */
export function noteQuoteRequestLimit(): number {
  const userValue = vscode.workspace.getConfiguration('marketNotes').inspect<number>('quotes.maxSymbolsPerNote')?.globalValue;
  if (typeof userValue !== 'number' || !Number.isFinite(userValue)) return editorQuoteRequestLimit;
  return Math.min(largestEditorQuoteRequestLimit, Math.max(1, Math.floor(userValue)));
}

/** Which settings scope decides the provider: the most specific that sets it (folder, workspace), else the user's. */
export function writeTargetFor(inspected: { readonly workspaceFolderValue?: unknown; readonly workspaceValue?: unknown } | undefined): 'folder' | 'workspace' | 'user' {
  if (inspected?.workspaceFolderValue !== undefined) return 'folder';
  if (inspected?.workspaceValue !== undefined) return 'workspace';
  return 'user';
}

export function affectsQuoteSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('marketNotes.quoteProvider') || event.affectsConfiguration('marketNotes.quotes') || event.affectsConfiguration('marketNotes.providers');
}
