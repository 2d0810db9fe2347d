// Every toolkit control the panel uses, behind three small functions. @vscode/webview-ui-toolkit is archived
// upstream; swapping it for another component set (or plain elements) means rewriting this file only.

import { provideVSCodeDesignSystem, vsCodeButton, vsCodeDropdown, vsCodeOption } from '@vscode/webview-ui-toolkit';

let registered = false;

function register(): void {
  if (registered) return;
  provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeDropdown(), vsCodeOption());
  registered = true;
}

export interface ButtonOptions {
  readonly title?: string;
  readonly appearance?: 'primary' | 'secondary';
}

export function createButton(label: string, onClick: () => void, options: ButtonOptions = {}): HTMLElement {
  register();
  const button = document.createElement('vscode-button');
  button.textContent = label;
  button.setAttribute('appearance', options.appearance ?? 'secondary');
  if (options.title) {
    button.title = options.title;
    button.setAttribute('aria-label', options.title);
  }
  button.addEventListener('click', (event) => {
    // Inside a chart card a click also means "reveal the block": a button press is only the button's.
    event.stopPropagation();
    onClick();
  });
  return button;
}

export interface DropdownChoice<T extends string> {
  readonly value: T;
  readonly label: string;
}

export function createDropdown<T extends string>(
  choices: readonly DropdownChoice<T>[],
  value: T,
  onChange: (value: T) => void,
  ariaLabel: string,
): HTMLElement {
  register();
  const dropdown = document.createElement('vscode-dropdown') as HTMLElement & { value: string };
  dropdown.setAttribute('aria-label', ariaLabel);
  for (const choice of choices) {
    const option = document.createElement('vscode-option') as HTMLElement & { value: string };
    option.setAttribute('value', choice.value);
    option.textContent = choice.label;
    if (choice.value === value) option.setAttribute('selected', '');
    dropdown.append(option);
  }
  dropdown.addEventListener('change', () => {
    const chosen = choices.find((choice) => choice.value === dropdown.value);
    if (chosen) onChange(chosen.value);
  });
  return dropdown;
}
