// Energy and markets copy defines its terms by their initials, and the initials are listed shares' symbols too:
// "Permian Basin (PB)" is no quote of a bank. Companies whose names hold the same words stay read. Our own words.

import { checkNamed as check } from './mentionSummary';

describe('an industry’s terms spelled by their initials', () => {
  check([
    ['geology', 'Permian Basin (PB) output rose while Marcellus Shale (MS) gas fell and the Bakken Formation (BF) held.', []],
    ['technologies', 'Small Modular Reactors (SMR) are years away; Carbon Capture and Storage (CCS) projects stalled.', []],
    ['a way to list', 'The company chose a Direct Listing (DL) over an IPO.', []],
    ['technologies and their measures', 'Co-Packaged Optics (CPO) and Advanced Packaging (AP) ramp; Mean Time Between Failures (MTBF) improved.', []],
    ['a drug’s designation', 'The FDA granted Breakthrough Therapy (BT) status.', []],
    ['how a mine’s output is counted', 'Output hit 45,000 tonnes of Lithium Carbonate Equivalent (LCE) over a Life of Mine (LOM) of 14 years.', []],
  ]);
  check([
    ['companies whose names end in the same words, not spelled by their initials', 'Pure Storage (PSTG), Public Storage (PSA) and Global Self Storage (SELF) rose.', ['PSTG/company', 'PSA/company', 'SELF/company']],
    ['companies whose names end in words of their own', 'Graphic Packaging Holding (GPK) and Karat Packaging (KRT) rose.', ['GPK/company', 'KRT/company']],
    ['companies whose names start with them', 'Basin Energy (BE), Shale Holdings (SH) and Permian Basin Royalty Trust (PBT) rose.', ['BE/company', 'SH/company', 'PBT/company']],
  ]);
});
