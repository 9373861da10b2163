import { AppError } from '@convene/errors';
import { checkIdentifier, checkPhone } from './identifiers';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error: unknown) {
    return error instanceof AppError ? { code: error.code, field: error.details?.field } : error;
  }
  return null;
};

describe('UK identifiers', () => {
  it('tidies what people type into the registers’ own format', () => {
    expect(checkIdentifier('charityNumber', ' 1 089 464 ')).toBe('1089464');
    expect(checkIdentifier('charityNumber', 'sc012345')).toBe('SC012345');
    expect(checkIdentifier('companyNumber', '4325234')).toBe('04325234');
    expect(checkIdentifier('companyNumber', 'sc 123456')).toBe('SC123456');
    expect(checkIdentifier('odsCode', 'rj1')).toBe('RJ1');
    expect(checkIdentifier('gssCode', 'e09000022')).toBe('E09000022');
    expect(checkIdentifier('postcode', 'sw98qb')).toBe('SW9 8QB');
    expect(checkIdentifier('postcode', 'EC1A  1BB')).toBe('EC1A 1BB');
    expect(checkIdentifier('postcode', '  ')).toBeNull();
  });

  it('refuses malformed values naming the field', () => {
    expect(refusal(() => checkIdentifier('charityNumber', '12345'))).toEqual({ code: 'BAD_USER_INPUT', field: 'charityNumber' });
    expect(refusal(() => checkIdentifier('companyNumber', 'ABC'))).toEqual({ code: 'BAD_USER_INPUT', field: 'companyNumber' });
    expect(refusal(() => checkIdentifier('gssCode', 'X09000022'))).toEqual({ code: 'BAD_USER_INPUT', field: 'gssCode' });
    expect(refusal(() => checkIdentifier('odsCode', 'RJ-1'))).toEqual({ code: 'BAD_USER_INPUT', field: 'odsCode' });
    expect(refusal(() => checkIdentifier('postcode', 'SW9'))).toEqual({ code: 'BAD_USER_INPUT', field: 'postcode' });
    expect(refusal(() => checkIdentifier('postcode', '12345'))).toEqual({ code: 'BAD_USER_INPUT', field: 'postcode' });
    expect(refusal(() => checkPhone('phone', 'call me'))).toEqual({ code: 'BAD_USER_INPUT', field: 'phone' });
    expect(checkPhone('phone', '020  7946 0000')).toBe('020 7946 0000');
  });
});
