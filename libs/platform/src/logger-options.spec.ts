import { loggerOptions } from './logger-options';

type Props = (req: { headers: Record<string, string> }) => { actor?: string };

describe('request logs', () => {
  const props = (loggerOptions('info').pinoHttp as unknown as { customProps: Props }).customProps;

  it('name an actor only by a reference that passed validation', () => {
    expect(props({ headers: { 'x-vigil-actor': 'ST-7K3Q9P' } }).actor).toBe('ST-7K3Q9P');
    expect(props({ headers: { 'x-vigil-actor': 'Jensen, Mette' } }).actor).toBeUndefined();
  });
});
