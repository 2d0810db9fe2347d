// Where each HTTP provider lives, and how a user or a test points it elsewhere. The editor reads the base URL from a
// machine-scope setting (never the workspace, so a cloned repository cannot redirect a key); the CLI and tests use
// the environment, which wins so a test run can redirect an editor whose setting is already set.

export const httpProviderIds = ['yahoo', 'twelvedata', 'finnhub', 'alphavantage'] as const;
export type HttpProviderId = (typeof httpProviderIds)[number];

export const defaultBaseUrls: Readonly<Record<HttpProviderId, string>> = {
  yahoo: 'https://query1.finance.yahoo.com',
  twelvedata: 'https://api.twelvedata.com',
  finnhub: 'https://finnhub.io',
  alphavantage: 'https://www.alphavantage.co',
};

export type Environment = Readonly<Record<string, string | undefined>>;

export function isHttpProviderId(id: string): id is HttpProviderId {
  return (httpProviderIds as readonly string[]).includes(id);
}

/** `MARKET_NOTES_YAHOO_BASE_URL`, … */
export function baseUrlEnvVar(id: HttpProviderId): string {
  return `MARKET_NOTES_${id.toUpperCase()}_BASE_URL`;
}

/** `MARKET_NOTES_TWELVEDATA_KEY`, … — read by the CLI only; the editor keeps keys in SecretStorage. */
export function apiKeyEnvVar(id: HttpProviderId): string {
  return `MARKET_NOTES_${id.toUpperCase()}_KEY`;
}

/** The base URL to use: the environment variable, else the setting, else the provider's public endpoint. No trailing slash. */
export function resolveBaseUrl(id: HttpProviderId, env: Environment, setting?: string): string {
  const chosen = nonBlank(env[baseUrlEnvVar(id)]) ?? nonBlank(setting) ?? defaultBaseUrls[id];
  return chosen.replace(/\/+$/, '');
}

/** The CLI's key for a provider from the environment, or undefined. */
export function resolveApiKeyFromEnv(id: HttpProviderId, env: Environment): string | undefined {
  return nonBlank(env[apiKeyEnvVar(id)]);
}

function nonBlank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
