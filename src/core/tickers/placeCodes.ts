// A place's code after its name: a country's ISO code in a sales breakdown ("Germany (DE) 21%"), a US state's or a
// Canadian province's postal code ("Texas (TX)", "Ontario (ON)"), an Australian state's ("New South Wales (NSW)").
// Many are listed shares' symbols too (DE Deere, ON onsemi, MA Mastercard, KR Kroger, IT Gartner, MO Altria), so the
// pair decides, as for commodities: the place's own name followed by its own code. A city's state ("Austin (TX)") is
// left alone: cities are too many to know, and "Deere & Company (DE)" must stay Deere.

import type { PrecedingWord } from './abbreviations';

const codesByPlace: ReadonlyMap<string, string> = new Map(
  [
    // Countries
    'united states US, usa US, united kingdom GB, britain GB, great britain GB, germany DE, france FR, italy IT, spain ES, ' +
      'netherlands NL, belgium BE, switzerland CH, austria AT, sweden SE, norway NO, denmark DK, finland FI, ireland IE, ' +
      'portugal PT, poland PL, greece GR, turkey TR, türkiye TR, russia RU, china CN, japan JP, korea KR, south korea KR, ' +
      'taiwan TW, hong kong HK, singapore SG, india IN, indonesia ID, malaysia MY, thailand TH, philippines PH, ' +
      'vietnam VN, australia AU, new zealand NZ, canada CA, brazil BR, mexico MX, argentina AR, chile CL, colombia CO, ' +
      'peru PE, south africa ZA, israel IL, united arab emirates AE, saudi arabia SA',
    // US states
    'alabama AL, alaska AK, arizona AZ, arkansas AR, california CA, colorado CO, connecticut CT, delaware DE, ' +
      'florida FL, georgia GA, hawaii HI, idaho ID, illinois IL, indiana IN, iowa IA, kansas KS, kentucky KY, ' +
      'louisiana LA, maine ME, maryland MD, massachusetts MA, michigan MI, minnesota MN, mississippi MS, missouri MO, ' +
      'montana MT, nebraska NE, nevada NV, new hampshire NH, new jersey NJ, new mexico NM, new york NY, ' +
      'north carolina NC, north dakota ND, ohio OH, oklahoma OK, oregon OR, pennsylvania PA, rhode island RI, ' +
      'south carolina SC, south dakota SD, tennessee TN, texas TX, utah UT, vermont VT, virginia VA, washington WA, ' +
      'west virginia WV, wisconsin WI, wyoming WY',
    // Canadian provinces, Australian states
    'ontario ON, quebec QC, québec QC, british columbia BC, alberta AB, manitoba MB, saskatchewan SK, nova scotia NS, ' +
      'new brunswick NB, newfoundland NL, prince edward island PE, new south wales NSW, victoria VIC, queensland QLD, ' +
      'south australia SA, western australia WA, tasmania TAS',
  ]
    .join(', ')
    .split(', ')
    .map((entry) => {
      const at = entry.lastIndexOf(' ');
      return [entry.slice(0, at), entry.slice(at + 1)] as const;
    }),
);

/**
 * Whether `symbol` after `words` (nearest last) is the code of the place they name rather than a company's symbol. A
 * capitalised word before the place's name makes it a company's ("Telecom Portugal (PT)", "Air Canada (AC)").
 */
export function namesPlaceCode(symbol: string, words: readonly PrecedingWord[]): boolean {
  let name = '';
  let matched = 0;
  for (let count = 1; count <= 3 && count <= words.length; count++) {
    name = count === 1 ? bare(words.at(-1)!) : `${words.at(-count)!.text.toLowerCase()} ${name}`;
    if (codesByPlace.get(name) === symbol) matched = count;
  }
  if (matched === 0) return false;
  const before = words.at(-matched - 1);
  return before === undefined || !before.capitalised || linkWords.test(before.text);
}

const placeCodes: ReadonlySet<string> = new Set(codesByPlace.values());

/** Whether `symbol` is some place's code, whatever names it: a list of them all ("DE +0.3%, FR -0.1%") is of places. */
export function isPlaceCode(symbol: string): boolean {
  return placeCodes.has(symbol);
}

/** Words that may stand capitalised before a place's name without being part of a company's ("In Germany (DE)"). */
const linkWords = /^(?:the|a|an|and|or|in|of|from|to|across|by|for|at|with|while|but|like)$/i;

/** The word lower-cased, without a possessive ("Germany's" → "germany"). */
function bare(word: PrecedingWord): string {
  return word.text.toLowerCase().replace(/['’]s?$/, '');
}
