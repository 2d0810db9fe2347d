// Traders tag indexes as they tag shares: `$SPX`, `$VIX`, `$NDX`. Those codes belong to no listed share, so the
// cashtag is the index and is quoted as one; letters a share uses (`$DJT`, `$COMP`) stay that share. Our own words.

import { checkNamed as check } from './mentionSummary';

describe('index cashtags are the index', () => {
  check([
    ['the S&P 500, the VIX and the Nasdaq-100 as traders tag them', 'Into the close $SPX held 6,800 while $VIX fell and $NDX led.', ['SPX@INDEX/cashtag', 'VIX@INDEX/cashtag', 'NDX@INDEX/cashtag']],
    ['letters a listed share uses stay the share', 'Retail piled into $DJT and $COMP after the open.', ['DJT/cashtag', 'COMP/cashtag']],
  ]);
});
