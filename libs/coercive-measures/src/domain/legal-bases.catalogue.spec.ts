import { findLegalBasis } from '@vigil/organisation';
import { LEGAL_BASES, LEGAL_BASIS_CODES } from './placement.vocabulary';

describe("the placements' legal bases", () => {
  it('are the organisation catalogue’s, cited the same way', () => {
    for (const code of LEGAL_BASIS_CODES) {
      const basis = findLegalBasis(code);
      expect(basis).toBeDefined();
      expect(basis!.provision).toBe(LEGAL_BASES[code].paragraph);
    }
  });
});
