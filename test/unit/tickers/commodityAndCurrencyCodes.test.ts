// A commodity's futures code after its name ("Copper (HG)") and a currency's ISO code after its name ("Swedish
// Krona (SEK)") are not tickers, though many of those letters are listed shares too. Any other symbol after the
// same words is still read: the gold fund, a miner named after its metal. The exchange a commodity trades on ("Brent
// (ICE)") is no ticker either. A place's code after its name ("Germany
// (DE)", "Texas (TX)") is read the same way. Fixtures are our own words.

import { checkNamed as check } from './mentionSummary';

describe('commodity futures codes and currency codes in parentheses are not tickers', () => {
  check([
    ['energy futures by name', 'Crude Oil (CL) topped $80 while Natural Gas (NG) slid and Heating Oil (HO) was flat.', []],
    ['a benchmark and a market before the name', 'ICE Brent (BRN) and Nymex WTI (CL) both rose after the inventory report.', []],
    ['metals, one of them with its change', 'Gold (GC) set a record; Copper (HG -1.2%) fell and Platinum (PL) steadied.', []],
    ['grains and softs', 'Wheat (ZW) and Soybeans (ZS) gained, Cocoa (CC) fell and Coffee (KC) hit a high.', []],
    ['livestock, two-word names', 'Live Cattle (LE) firmed and Lean Hogs (HE) eased; Orange Juice (OJ) jumped.', []],
    ['coal’s grades', 'Hard Coking Coal (HCC) fell while Newcastle Thermal Coal (NEWC) rose.', []],
    ['the hubs and grades prices are set at', 'Henry Hub (HH) gas rose 4% and the Western Canadian Select (WCS) discount widened.', []],
    ['a catalyst table of futures', '| Contract | Move |\n|---|---|\n| Sugar (SB) | +2% |\n| Lumber (LBS) | -1% |', []],
    ['currencies by their names', 'The Swedish Krona (SEK) and Norwegian Krone (NOK) led, the Turkish Lira (TRY) lagged.', []],
    ['more currencies', 'The offshore Yuan (CNH), Saudi Riyal (SAR), Polish Zloty (PLN) and Indian Rupee (INR) were flat.', []],
    ['the exchange a commodity trades on', 'Brent (ICE) and WTI (NYMEX) both rose; Gold (COMEX) and Copper (LME) fell, Brent crude (ICE) too.', []],
    ['a price’s unit after the price', 'Harlow shares closed at 452p (GBX) in London and 98.40 (NOK) in Oslo.', []],
    ['a minor unit after a price in cents', 'The Johannesburg line ended at 3,120 (ZAC).', []],
  ]);
  check([
    ['commodity funds after the commodity', 'Gold (GLD) and Silver (SLV) rose while Oil (USO) fell.', ['GLD/company', 'SLV/company', 'USO/company']],
    ['miners named after their metal', 'Barrick Gold (GOLD), Southern Copper (SCCO) and Royal Gold (RGLD) rallied.', ['GOLD/company', 'SCCO/company', 'RGLD/company']],
    ['companies whose symbols are futures codes', 'Colgate-Palmolive (CL), Chemours (CC) and Zscaler (ZS) reported.', ['CL/company', 'CC/company', 'ZS/company']],
    ['companies whose symbols are currency codes', 'CNH Industrial (CNH), Nokia (NOK) and Saratoga Investment (SAR) rose.', ['CNH/company', 'NOK/company', 'SAR/company']],
    ['a company whose symbol is a minor unit’s code', 'Greenbrier (GBX) rose 3% while shares of Nokia Oyj (NOK) slipped.', ['GBX/company', 'NOK/company']],
    ['a utility named after a fuel', 'Northwest Natural Gas (NWN) and National Fuel Gas (NFG) held.', ['NWN/company', 'NFG/company']],
    ['a coal miner whose symbol is a grade’s code', 'Warrior Met Coal (HCC) rose as Newcastle Thermal Coal (NEWC) firmed.', ['HCC/company']],
    ['the futures exchanges as companies', 'Intercontinental Exchange (ICE) and CME Group (CME) rose.', ['ICE/company', 'CME/company']],
  ]);
});

describe('a place’s code after its name is not a ticker', () => {
  check([
    ['countries in a sales breakdown', 'Sales by country: Germany (DE) 21%, France (FR) 12%, South Korea (KR) 4% and the United States (US) 30%.', []],
    ['states and provinces', 'New plants in Texas (TX), Massachusetts (MA) and Ontario (ON); a depot in New South Wales (NSW).', []],
    ['a place at a sentence’s start', 'In Germany (DE) sales fell. Across Japan (JP) they rose.', []],
  ]);
  check([
    ['companies whose symbols are place codes', 'Deere & Company (DE), Kroger (KR), Mastercard (MA) and Gartner (IT) rose.', ['DE/company', 'KR/company', 'MA/company', 'IT/company']],
    ['a company named after a place', 'Washington Trust (WASH) and Texas Roadhouse (TXRH) gained.', ['WASH/company', 'TXRH/company']],
    ['a company whose name ends in a place’s', 'Telecom Portugal (PT) and Air Canada (CA) were quoted.', ['PT/company', 'CA/company']],
  ]);
});
