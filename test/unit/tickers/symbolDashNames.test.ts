// A line that opens on a symbol, a dash or a colon and the company's name, as watchlists set their items. The symbol
// must be taken from the name as the parenthesis form asks ("BRNW (Brenwick Energy)"): abbreviations spelled out,
// headlines and places are named cases. Fixtures are our own words, with invented companies.

import { checkNamed as check, checkNoMentions } from './mentionSummary';

describe('a symbol, a dash or a colon, and its company’s name', () => {
  check([
    ['bold symbols in a list, a price after the name', '- **ORCD** — Orcadia Holdings — $12.30 (+4.1%)\n- **BRNW** — Brenwick Energy — $48.10 (-1.2%)', ['ORCD/company', 'BRNW/company']],
    ['a numbered item and an en dash', '1. HLVN – Halvorsen plc', ['HLVN/company']],
    ['a heading and a colon', '### KLMR: Kelmoor Resources', ['KLMR/company']],
    ['a quote’s line and a hyphen', '> NVDA - Nvidia', ['NVDA/company']],
    ['the venue of the note’s listing', 'Orcadia (NASDAQ: ORCD) is new.\n\n- ORCD — Orcadia Holdings', ['ORCD@NASDAQ/exchange', 'ORCD@NASDAQ/company']],
  ]);
  checkNoMentions([
    ['a headline after the colon', '## ORCD: Orcadia beats on revenue'],
    ['an abbreviation spelled out', '- GDP — Gross Domestic Product\n- SEPT: September'],
    ['a place and a coin', '- TX — Texas\n- BTC — Bitcoin'],
    ['the name cut short', '- CAT: Caterpillar Inc.'],
    ['not at the line’s start', 'We own ORCD — Orcadia Holdings — for now.'],
    ['in code', '```\nORCD — Orcadia Holdings\n```'],
  ]);
});
