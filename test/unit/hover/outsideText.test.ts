// Text from notes and providers never becomes a link or a command: not in a hover card (rendered here by marked,
// the Markdown engine VS Code renders hovers with), not in a notification (VS Code's link pattern, copied below).

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { renderQuoteCard } from '../../../src/core/hover/quoteCard';
import { escapeMarkdown } from '../../../src/core/hover/escapeMarkdown';
import { plainMessage } from '../../../src/core/plainMessage';
import { QuoteError, type Quote } from '../../../src/core/quotes/quote';

// vs/base/common/linkedText.ts: what a notification message turns into a link.
const notificationLink = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;

const asOf = Date.parse('2026-11-20T21:00:00Z');
const quote: Quote = { symbol: 'EVIL', providerSymbol: 'EVIL', provider: 'yahoo', price: 10, previousClose: 9, currency: 'USD', asOf };

const hostile = [
  'https://evil.example/login',
  'HTTP://EVIL.EXAMPLE',
  'ftp://files.evil.example',
  'www.evil.example',
  'Visit WWW.Evil.Example today',
  'support@evil.example',
  'mailto:support@evil.example',
  '[Refresh](command:workbench.action.terminal.new)',
  '<https://evil.example>',
  '![x](https://evil.example/pixel.png)',
];

function links(markdown: string): string[] {
  return [...marked.parse(markdown, { async: false, gfm: true }).matchAll(/<(a|img)\b[^>]*>/g)].map((match) => match[0]);
}

describe('outside text in the hover card', () => {
  for (const text of hostile) {
    it(`shows ${JSON.stringify(text)} as text, not a link`, () => {
      assert.deepEqual(links(escapeMarkdown(text)), []);
      const html = marked.parse(escapeMarkdown(text), { async: false, gfm: true });
      // The words survive: only the Markdown is neutralised (marked writes & as &amp; and < as &lt;).
      assert.equal(html.replace(/<\/?p>|\n/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'), text);
    });
  }

  it('a provider name, exchange and error message full of links render without one', () => {
    const card = renderQuoteCard({
      mention: { symbol: 'EVIL' },
      now: asOf,
      providerLabel: 'Yahoo',
      quote: { ...quote, name: 'https://evil.example', exchange: 'www.evil.example' },
      error: new QuoteError('network', 'Could not reach support@evil.example: see [docs](command:workbench.action.reloadWindow)'),
    });
    assert.deepEqual(links(card), []);
    assert.match(card, /https\\:\/\/evil\.example/);
  });
});

describe('outside text in notifications', () => {
  const messages = [
    'Market Notes: cannot export the chart at line 3: Invalid specification {"mark":"[Run](command:workbench.action.terminal.new)"}',
    'Market Notes: the chart could not be saved: EACCES: /notes/[x](file:///etc/passwd).svg',
    'Market Notes: no price history for EVIL: [Open](https://evil.example "title")',
    'Market Notes: [a]((command:x)',
  ];
  for (const message of messages) {
    it(`breaks the link in ${JSON.stringify(message.slice(13, 60))}…`, () => {
      assert.ok(notificationLink.test(message) || message.includes('(('), 'the fixture does hold a link');
      notificationLink.lastIndex = 0;
      const shown = plainMessage(message);
      assert.equal(shown.match(notificationLink), null, shown);
      assert.equal(shown.replace(/\] \(/g, ']('), message, 'nothing else changes');
    });
  }

  it('is the only way src/vscode shows a notification', () => {
    const offenders: string[] = [];
    const walk = (folder: string): void => {
      for (const name of readdirSync(folder)) {
        const file = join(folder, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (file.endsWith('.ts') && !file.endsWith('notify.ts') && /window\s*\.\s*show(Error|Warning|Information)Message/.test(readFileSync(file, 'utf8'))) offenders.push(file);
      }
    };
    walk(join(__dirname, '..', '..', '..', 'src', 'vscode'));
    assert.deepEqual(offenders, []);
  });
});
