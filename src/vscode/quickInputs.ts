// What the extension's own quick picks and input boxes share: the first answer wins (an accepted value, another
// listener's answer, or undefined when dismissed) and the widget is disposed after it; a keyed provider's
// "get a key" button.

import * as vscode from 'vscode';

/**
 * Shows `input` and resolves with `accepted()` on accept (an undefined answer keeps it open: nothing valid was
 * chosen), or undefined when it is hidden. `also` adds listeners that may answer through `finish` (a Back button).
 */
export function firstAnswer<T>(
  input: Pick<vscode.QuickInput, 'onDidHide' | 'show' | 'dispose'> & { readonly onDidAccept: vscode.Event<void> },
  accepted: () => T | undefined,
  also: (finish: (value: T | undefined) => void) => vscode.Disposable[] = () => [],
): Promise<T | undefined> {
  return new Promise((resolve) => {
    let answered = false;
    const finish = (value: T | undefined): void => {
      if (answered) return;
      answered = true;
      subscriptions.dispose();
      input.dispose();
      resolve(value);
    };
    const onAccept = (): void => {
      const answer = accepted();
      if (answer !== undefined) finish(answer);
    };
    const subscriptions = vscode.Disposable.from(input.onDidAccept(onAccept), input.onDidHide(() => finish(undefined)), ...also(finish));
    input.show();
  });
}

/** The button that opens the page where a provider's API key is had. */
export function keyPageButton(displayName: string): vscode.QuickInputButton {
  return { iconPath: new vscode.ThemeIcon('link-external'), tooltip: `Get an API key from ${displayName}` };
}

export function openKeyPage(keyPage: string | undefined): void {
  if (keyPage) void vscode.env.openExternal(vscode.Uri.parse(keyPage));
}
