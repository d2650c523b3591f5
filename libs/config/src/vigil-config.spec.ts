import { validateConfig } from './vigil-config';

describe('configuration', () => {
  it('reads numbers and booleans from environment strings, with defaults', () => {
    const config = validateConfig({ PORT: '3100', VIGIL_DEMO_DATA: 'true' });
    expect(config).toMatchObject({ PORT: 3100, VIGIL_DEMO_DATA: true, VIGIL_EMBEDDED_PG_PORT: 54320, VIGIL_BODY_LIMIT: '64kb', LOG_LEVEL: 'info' });
  });

  it('names every bad setting', () => {
    const call = () => validateConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(call).toThrow(/PORT: PORT must be an integer number/);
    expect(call).toThrow(/DATABASE_URL: DATABASE_URL must be a postgres:\/\/ URL/);
    expect(call).toThrow(/LOG_LEVEL: LOG_LEVEL must be one of/);
  });

  it("bounds the heap's growth to 50 % unless told otherwise (0: V8's own), and names a bad bound", () => {
    expect(validateConfig({}).VIGIL_HEAP_GROWING_PERCENT).toBe(50);
    expect(validateConfig({ VIGIL_HEAP_GROWING_PERCENT: '0' }).VIGIL_HEAP_GROWING_PERCENT).toBe(0);
    expect(() => validateConfig({ VIGIL_HEAP_GROWING_PERCENT: '400' })).toThrow(
      /VIGIL_HEAP_GROWING_PERCENT: VIGIL_HEAP_GROWING_PERCENT must not be greater than 300/,
    );
  });

  it('serves both countries unless told otherwise, and names a bad jurisdiction', () => {
    expect(validateConfig({}).VIGIL_JURISDICTIONS).toBe('dk,no');
    expect(validateConfig({ VIGIL_JURISDICTIONS: 'NO' }).VIGIL_JURISDICTIONS).toBe('no');
    expect(() => validateConfig({ VIGIL_JURISDICTIONS: 'dk,se' })).toThrow(/VIGIL_JURISDICTIONS: VIGIL_JURISDICTIONS must name dk, no or both/);
  });
});
