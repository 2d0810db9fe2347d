// A crypto asset written as a company is ("Chainlink (LINK)") is not a ticker: several coins' symbols are listed
// shares or funds too, whose quotes would be taken for the coin's. Fixtures are our own words.

import { checkNamed as check } from './mentionSummary';

describe('crypto assets in parentheses are not tickers', () => {
  check([
    ['coins of the -coin family', 'Bitcoin (BTC) held its gains while Litecoin (LTC) and Dogecoin (DOGE) slipped.', []],
    ['large assets by name', 'Chainlink (LINK), Cosmos (ATOM) and Aptos (APT) led the altcoins; Ethereum (ETH) lagged.', []],
    ['a two-word name', 'Shiba Inu (SHIB) doubled in a week.', []],
    ['after an article', 'Traders sold the Solana (SOL) they had bought in March.', []],
    ['a name that ends in the word Coin or Token', 'Exchange Coin (XCQ) and Dollar Coin (DLRC) steadied while the Basic Attention Token (BAT) rose.', []],
  ]);
  check([
    ['a company whose name goes on past an asset’s', 'Cosmos Health (COSM) and Stellar Bancorp (STEL) reported on Tuesday.', ['COSM/company', 'STEL/company']],
    ['a company whose name ends in an asset’s, a capitalised word before it', 'Bit Origin Stellar (BTOG) rose 4%.', ['BTOG/company']],
    ['a listed share with the same letters, named as a company', 'Lincoln Educational (LINC) and Aptiv (APTV) rose.', ['LINC/company', 'APTV/company']],
    ['a company named after coins', 'Coinbase Global (COIN) and Coin Harbor Holdings (CHH) rose.', ['COIN/company', 'CHH/company']],
  ]);
});
