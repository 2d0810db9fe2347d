// Provider API keys live in SecretStorage (the OS keychain where there is one), never in settings or logs.

import * as vscode from 'vscode';
import { httpProviderInfo, type HttpProviderId } from '../../core/quotes/providers';
import { showInformation } from '../notify';
import { firstAnswer, keyPageButton, openKeyPage } from '../quickInputs';

const secretKey = (id: HttpProviderId) => `marketNotes.apiKey.${id}`;

export class ApiKeys implements vscode.Disposable {
  private readonly cached = new Map<HttpProviderId, string | undefined>();
  readonly onDidChange: vscode.Event<HttpProviderId>;
  private readonly changed = new vscode.EventEmitter<HttpProviderId>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.onDidChange = this.changed.event;
    this.subscription = secrets.onDidChange((event) => {
      for (const id of Object.keys(httpProviderInfo) as HttpProviderId[]) {
        if (event.key === secretKey(id)) {
          this.cached.delete(id);
          this.changed.fire(id);
        }
      }
    });
  }

  async get(id: HttpProviderId): Promise<string | undefined> {
    if (!this.cached.has(id)) this.cached.set(id, (await this.secrets.get(secretKey(id))) || undefined);
    return this.cached.get(id);
  }

  async set(id: HttpProviderId, key: string): Promise<void> {
    await this.secrets.store(secretKey(id), key);
  }

  async delete(id: HttpProviderId): Promise<void> {
    await this.secrets.delete(secretKey(id));
  }

  /**
   * "Market Notes: Set API Key…": pick a provider, type the key (hidden) — the box has a button to the provider's key
   * page — and a notification confirms it was saved; an empty key removes it.
   */
  async promptAndStore(preselected?: HttpProviderId): Promise<HttpProviderId | undefined> {
    const id = preselected ?? (await this.pickProvider());
    if (!id) return undefined;
    const { displayName, keyPage } = httpProviderInfo[id];
    const key = await askForKey(displayName, keyPage);
    if (key === undefined) return undefined;
    if (key.trim() === '') {
      await this.delete(id);
      void showInformation(`Market Notes: the ${displayName} API key was removed from secret storage.`);
    } else {
      await this.set(id, key.trim());
      void showInformation(`Market Notes: ${displayName} API key saved in secret storage.`);
    }
    return id;
  }

  private async pickProvider(): Promise<HttpProviderId | undefined> {
    const keyed = Object.values(httpProviderInfo).filter((info) => info.needsKey);
    const items = await Promise.all(
      keyed.map(async (info) => ({ label: info.displayName, description: (await this.get(info.id)) ? 'key set' : 'no key', detail: info.keyPage ? `Get a key: ${info.keyPage}` : undefined, id: info.id })),
    );
    const picked = await vscode.window.showQuickPick(items, { title: 'Market Notes: Set API Key', placeHolder: 'Which provider is the key for?' });
    return picked?.id;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** The key as typed (password box), undefined when dismissed; the title-bar button opens the provider's key page. */
function askForKey(displayName: string, keyPage: string | undefined): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = `Market Notes: ${displayName} API Key`;
  box.prompt = `Your ${displayName} API key, kept in VS Code's secret storage. Leave empty to remove the stored key.${keyPage ? ` No key yet? ${keyPage}` : ''}`;
  box.password = true;
  box.ignoreFocusOut = true;
  const getKey = keyPageButton(displayName);
  if (keyPage) box.buttons = [getKey];
  return firstAnswer(box, () => box.value, () => [box.onDidTriggerButton((button) => button === getKey && openKeyPage(keyPage))]);
}
