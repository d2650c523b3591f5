import { ArgumentsHost } from '@nestjs/common';
import { DomainError, said } from '@vigil/event-sourcing';
import { ProblemFilter } from '@vigil/http-problems';
import { domainProblems } from './domain-problems';

type Code = 'prerequisites-open' | 'invalid-value';
class TestError extends DomainError<Code> {}
const mapper = domainProblems(TestError, { 'prerequisites-open': 409, 'invalid-value': 400 });

/** The body and headers the filter sends for `error` to a reader of `acceptLanguage`. */
function answer(error: unknown, acceptLanguage?: string): { headers: Record<string, string>; body: Record<string, unknown> } {
  const sent = { headers: {} as Record<string, string>, body: {} as Record<string, unknown> };
  const response = {
    setHeader: (name: string, value: string) => ((sent.headers[name.toLowerCase()] = value), response),
    status: () => response,
    type: () => response,
    json: (body: Record<string, unknown>) => ((sent.body = body), response),
  };
  const request = { originalUrl: '/x', headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
  new ProblemFilter([mapper]).catch(error, host);
  return sent;
}

describe('domain refusals as problems in the reader language', () => {
  it('lists the codes it answers for, for the missing-key test', () => {
    expect(mapper.codes).toEqual(['prerequisites-open', 'invalid-value']);
  });

  it('titles a refusal by its code and words its detail and field message; the code stays the type', () => {
    const refused = new TestError('prerequisites-open', 'x needs y', 'stepId', said('action-cards.prerequisites-open', { step: 'B', prerequisites: ['"A"'] }));
    const sent = answer(refused, 'da');
    expect(sent.headers['content-language']).toBe('da');
    expect(sent.body).toMatchObject({
      type: 'https://vigil.example/problems/prerequisites-open',
      status: 409,
      title: 'Tidligere trin skal afkrydses først',
      detail: '"B" kan først afkrydses, når "A" er afkrydset.',
      errors: [{ field: 'stepId', message: '"B" kan først afkrydses, når "A" er afkrydset.' }],
    });
    expect(answer(refused).body).toMatchObject({
      title: 'Earlier steps must be ticked off first',
      detail: '"B" can only be ticked off once "A" is ticked off.',
    });
  });

  it('names the field in words in a refusal said as a field rule', () => {
    const blank = new TestError('invalid-value', 'legalBasis must be a non-blank text', 'legalBasis', said('validation.blank'));
    expect(answer(blank, 'da').body).toMatchObject({ detail: 'Hjemmel: skal udfyldes', errors: [{ field: 'legalBasis', message: 'Hjemmel: skal udfyldes' }] });
    expect(answer(blank, 'nb').body).toMatchObject({ detail: 'Hjemmel: må fylles ut' });
    expect(answer(blank).body).toMatchObject({ title: 'A value is not valid', detail: 'Legal basis: required' });
  });

  it('gives a refusal without words its title in the language, and English readers the text the code wrote', () => {
    const plain = new TestError('invalid-value', 'templateId must be a slug such as violence-against-employee', 'templateId');
    expect(answer(plain, 'nb').body).toMatchObject({
      title: 'En verdi er ikke gyldig',
      errors: [{ field: 'templateId', message: 'Tiltakskort: en verdi er ikke gyldig' }],
    });
    expect(answer(plain).body).toMatchObject({ detail: 'templateId must be a slug such as violence-against-employee' });
  });
});
