// Manila, Warsaw, Bangkok, Jakarta and Kuala Lumpur as venues, the way the 2026 venues abroad were added: by prefix,
// by Yahoo's suffix, by Bloomberg's code, after a "-listed" adjective, typed, and with each provider's spelling,
// session and symbol-search code. Our own sentences; look-alikes that must stay prose are named.

import { strict as assert } from 'node:assert';
import { parseWrittenTicker } from '../../../src/core/tickers/parseWrittenTicker';
import { venueOf } from '../../../src/core/lint/rules/exchangeMismatch';
import { twelveDataSymbol, yahooSymbol } from '../../../src/core/quotes/providers/providerSymbols';
import { exchangeTimeZone, isMarketOpen } from '../../../src/core/quotes/marketHours';
import { exchangeFromMic, exchangeFromYahooCode, splitVenueSuffix } from '../../../src/core/quotes/search/providerExchanges';
import { checkNamed, checkNoMentions, summary } from './mentionSummary';

describe('Manila, Warsaw, Bangkok, Jakarta and Kuala Lumpur by prefix', () => {
  checkNamed([
    ['Manila, glued in the parenthesis, no longer a Bloomberg code after a colon', 'Luzon Malls Inc (PSE:SM) and Visayas Power (PSE: VPC) rose.', ['SM@PSE/exchange', 'VPC@PSE/exchange']],
    ['Warsaw by both its names, three characters', 'Vistula Fuel (WSE: PKN), Mazovia Games (GPW: CDR) and Odra Studios (WSE: 11B) rose.', ['PKN@WSE/exchange', 'CDR@WSE/exchange', '11B@WSE/exchange']],
    ['Bangkok and Jakarta', 'Chao Phraya Energy (SET: PTT) and Java Bank (IDX: BBCA) rose.', ['PTT@SET/exchange', 'BBCA@IDX/exchange']],
    ['Bursa Malaysia by its names, four digits', 'Malaya Bank (KLSE: 1155), Penang Gloves (Bursa: 5347) and Selangor Power (Bursa Malaysia: 5347) rose.', ['1155@MYX/exchange', '5347@MYX/exchange', '5347@MYX/exchange']],
    ['the MICs and the full names', 'Luzon Malls (XPHS:SM), Vistula Fuel (XWAR:PKN), Java Bank (Indonesia Stock Exchange: BBCA) and Chao Phraya Energy (XBKK: PTT).', ['SM@PSE/exchange', 'PKN@WSE/exchange', 'BBCA@IDX/exchange', 'PTT@SET/exchange']],
    ['a dual listing with a venue we already read', 'Vistula Fuel (WSE: PKN; OTCQX: VSTFF) rose.', ['PKN@WSE/exchange', 'VSTFF@OTC/exchange']],
  ]);

  checkNoMentions([
    ['each venue’s symbols only: letters after Bursa, a year after Warsaw, Jakarta’s four letters', 'Malaya Bank (KLSE: MAYBANK) and (WSE: 2025) and (IDX: BCA) and (IDX: BBCAX) and (PSE: 2025).'],
    ['the codes as words in prose', 'SET: the stage. PSE and ASX rose. The IDX Composite and the SET index fell; KLSE: see below.'],
    ['a spaced prefix outside a parenthesis', 'Luzon listed as PSE: SM and WSE: PKN in its filing.'],
  ]);

  it('alone in a parenthesis, the venues’ codes name no company; IDX stays VanEck’s Indonesia fund', () => {
    assert.deepEqual(summary('Luzon Exchange Corp (PSE), Vistula Exchange (WSE), Chao Phraya Bourse (SET) and Malaya Exchange (KLSE) rose.'), []);
    assert.deepEqual(summary('The VanEck Indonesia ETF (IDX) rose.'), ['IDX/company']);
  });
});

describe('Manila, Warsaw, Bangkok, Jakarta and Kuala Lumpur by suffix, code and adjective', () => {
  checkNamed([
    ['Yahoo’s and Reuters’ suffixes', 'Luzon Malls (SM.PS), Vistula Fuel (PKN.WA), Chao Phraya Energy (PTT.BK) and Java Bank (BBCA.JK); in prose PKN.WA.', ['SM@PSE/ric', 'PKN@WSE/ric', 'PTT@SET/ric', 'BBCA@IDX/ric', 'PKN@WSE/ric']],
    ['Bursa’s numbered code before `.KL`', 'Malaya Bank (1155.KL) and, in prose, 5347.KL rose.', ['1155@MYX/ric', '5347@MYX/ric']],
    ['Bloomberg’s codes after a company’s name', 'Luzon Malls (SM PM), Vistula Fuel (PKN PW), Chao Phraya Energy (PTT TB) and Java Bank (BBCA IJ).', ['SM@PSE/bloomberg', 'PKN@WSE/bloomberg', 'PTT@SET/bloomberg', 'BBCA@IDX/bloomberg']],
    ['a venue adjective', 'Manila-listed Luzon Malls (SM), Warsaw-listed Vistula Fuel (PKN), Bangkok-listed Chao Phraya (PTT) and Jakarta-listed Java Bank (BBCA) rose.', ['SM@PSE/company', 'PKN@WSE/company', 'PTT@SET/company', 'BBCA@IDX/company']],
    ['Bursa’s number after a Kuala Lumpur adjective', 'Kuala Lumpur-listed Malaya Bank (1155) rose.', ['1155@MYX/company']],
  ]);

  checkNoMentions([
    ['Reuters’ own letters before Bursa’s suffix, and Bloomberg’s own root with its code', 'Malaya Bank (MBBM.KL) and Malaya Bank (MAY MK) rose.'],
    ['a time of day in capitals', 'The call is at (ET PM) and (GMT PM).'],
  ]);
});

describe('typed tickers and providers for Manila, Warsaw, Bangkok, Jakarta and Kuala Lumpur', () => {
  it('parseWrittenTicker reads their prefixes and suffixes, each venue’s symbols only', () => {
    assert.deepEqual(
      ['PSE:SM', 'WSE:PKN', 'GPW:11B', 'SET:PTT', 'IDX:BBCA', 'KLSE:1155', 'PKN.WA', 'KLSE:MAYBANK', 'WSE:2025'].map((written) => parseWrittenTicker(written) ?? null),
      [
        { symbol: 'SM', exchange: 'PSE' },
        { symbol: 'PKN', exchange: 'WSE' },
        { symbol: '11B', exchange: 'WSE' },
        { symbol: 'PTT', exchange: 'SET' },
        { symbol: 'BBCA', exchange: 'IDX' },
        { symbol: '1155', exchange: 'MYX' },
        { symbol: 'PKN', exchange: 'WSE' },
        null,
        null,
      ],
    );
  });

  it('providers get the listings in their own spelling, zone and search codes', () => {
    const listings = [
      { symbol: 'SM', exchange: 'PSE' },
      { symbol: 'PKN', exchange: 'WSE' },
      { symbol: 'PTT', exchange: 'SET' },
      { symbol: 'BBCA', exchange: 'IDX' },
      { symbol: '1155', exchange: 'MYX' },
    ] as const;
    assert.deepEqual(listings.map(yahooSymbol), ['SM.PS', 'PKN.WA', 'PTT.BK', 'BBCA.JK', '1155.KL']);
    assert.deepEqual(listings.map(twelveDataSymbol), ['SM:PSE', 'PKN:GPW', 'PTT:SET', 'BBCA:IDX', '1155:MYX']);
    assert.deepEqual(listings.map((listing) => exchangeTimeZone(listing.exchange)), ['Asia/Manila', 'Europe/Warsaw', 'Asia/Bangkok', 'Asia/Jakarta', 'Asia/Kuala_Lumpur']);
    assert.deepEqual(['SM.PS', 'PKN.WA', 'PTT.BK', 'BBCA.JK', '1155.KL'].map(splitVenueSuffix), listings);
    assert.deepEqual(['PHS', 'WSE', 'SET', 'JKT', 'KLS'].map(exchangeFromYahooCode), ['PSE', 'WSE', 'SET', 'IDX', 'MYX']);
    assert.deepEqual(['XPHS', 'XWAR', 'XBKK', 'XIDX', 'XKLS'].map(exchangeFromMic), ['PSE', 'WSE', 'SET', 'IDX', 'MYX']);
    assert.deepEqual(['Philippine Stock Exchange', 'GPW', 'Bursa Malaysia'].map((name) => venueOf(name) ?? null), ['PSE', 'WSE', 'MYX']);
  });

  it('Warsaw opens at nine; Bangkok at ten', () => {
    // Wednesday 2 December 2026: 08:30 and 09:30 in Warsaw (UTC+1), 09:30 and 10:30 in Bangkok (UTC+7).
    assert.deepEqual([Date.UTC(2026, 11, 2, 7, 30), Date.UTC(2026, 11, 2, 8, 30)].map((at) => isMarketOpen('WSE', at)), [false, true]);
    assert.deepEqual([Date.UTC(2026, 11, 2, 2, 30), Date.UTC(2026, 11, 2, 3, 30)].map((at) => isMarketOpen('SET', at)), [false, true]);
  });
});
