// The London Stock Exchange pads a two-letter code with a dot, and its own pages and RNS headlines write the company's
// code so after its name: `Brindle Oil (BP.)`, `Rolls-Royce Holdings (RR.)`. The dot marks a London listing even when
// the letters spell an abbreviation. Our own words; companies invented where the letters allow.

import { checkNamed as check } from './mentionSummary';

describe("London's dotted two-letter codes", () => {
  check([
    ['after a company’s name', 'Brindle Oil (BP.) rose 2% in London on Tuesday.', ['BP@LSE/ric']],
    ['in an RNS headline', 'Brindle Oil PLC (BP.) - Director/PDMR Shareholding', ['BP@LSE/ric']],
    ['letters that are the name’s initials', 'Rolls-Royce Holdings (RR.) and BAE Systems (BA.) led the FTSE 100.', ['RR@LSE/ric', 'BA@LSE/ric']],
    ['letters that are a place’s code elsewhere', 'Taylor Wimpey (TW.) fell.', ['TW@LSE/ric']],
  ]);
  check([
    ['a country’s code after its name', 'Exports to the UK (UK.) and the United States (US.) fell.', []],
    ['a time zone after a clock time', 'The auction opens at 8am (ET.) and closes at 10 a.m. (CT.)', []],
    ['after lower-case words', 'a cut of 25 basis points (BP.) was priced in', []],
    ['a degree', 'Jane Roe (Ph.D.) leads the team.', []],
  ]);
});
