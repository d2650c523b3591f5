import { RequestValidationException } from '@vigil/http-problems';
import { MIN_REVISION_HEADER, minRevisionOf } from './min-revision';

describe('Vigil-Min-Revision', () => {
  it('reads a whole number >= 0, and nothing without the header', () => {
    expect(minRevisionOf(undefined)).toBeUndefined();
    expect(minRevisionOf('0')).toBe(0);
    expect(minRevisionOf(' 17 ')).toBe(17);
  });

  it.each(['', '-1', '1.5', '1e3', 'abc', '"3"', '3, 4', '99999999999999999999'])('refuses %j naming the header', (value) => {
    expect.assertions(2);
    try {
      minRevisionOf(value);
    } catch (error) {
      expect(error).toBeInstanceOf(RequestValidationException);
      expect((error as RequestValidationException).fields.map((f) => f.field)).toEqual([MIN_REVISION_HEADER]);
    }
  });
});
