// A company's legal name before a parenthesis names a company, whatever the letters inside: a symbol that is also a
// usual abbreviation (HR, PAAS) is the company's after "Inc." or "Corp.", and a legal form written in lower case
// ("plc") does not make the name prose.
import { checkNamed, checkNoMentions } from './mentionSummary';

describe('a parenthesis after a company\'s legal name', () => {
  checkNamed([
    ['a usual abbreviation after "Inc."', 'Healthcare Realty Trust Inc. (HR) rose 2%.', ['HR/company']],
    ['a usual abbreviation after "Corp."', 'Pan American Silver Corp. (PAAS) slipped.', ['PAAS/company']],
    ['a usual abbreviation after "Ltd"', 'Northgate Retail Ltd (PR) fell.', ['PR/company']],
    ['a legal form in lower case', 'Shell plc (SHEL) gained 1%.', ['SHEL/company']],
    ['a legal form with dots', 'Koninklijke Foods N.V. (KFOOD) rose.', ['KFOOD/company']],
    ['a name without its legal form, as before', 'Shell (SHEL) gained 1%.', ['SHEL/company']],
  ]);

  checkNoMentions([
    ['a usual abbreviation after its own words', 'Our human resources (HR) team grew, and so did investor relations (IR).'],
    ['a usual abbreviation after a capitalised name that is no company', 'Platform as a Service (PAAS) revenue grew.'],
    ['a usual abbreviation after a legal form word in prose', 'The fund is an LLC (HR) for tax purposes.'],
    ['a legal form alone', 'It reports as a plc (CEO) now.'],
    ['a lower-case word that is no legal form', 'Chief executive pay (CEO) rose.'],
    ['a usual abbreviation that spells the name before it, legal form and all', 'The Federal Deposit Insurance Corporation (FDIC) stepped in.'],
  ]);
});
