import { isConnectionError } from './connection-errors';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionError', () => {
  it.each([
    ['nothing listens', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    [
      'every address refused (Node tries each one)',
      new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' }), Object.assign(new Error('b'), { code: 'ECONNREFUSED' })]),
    ],
    ['fast shutdown terminated the connection', pgError('57P01', 'terminating connection due to administrator command')],
    ['the server is starting up or shutting down', pgError('57P03', 'the database system is shutting down')],
    ['a connection exception (class 08)', pgError('08006', 'connection failure')],
    ['no connection slot free', pgError('53300', 'sorry, too many clients already')],
    ['the socket closed under a query', new Error('Connection terminated unexpectedly')],
    ['a client that already failed', new Error('Client has encountered a connection error and is not queryable')],
    ['TypeORM going on after its connection failed', new Error('Query runner was already released, cannot continue to use its querying methods anymore.')],
    ['wrapped by TypeORM as a QueryFailedError', Object.assign(new Error('query failed'), { driverError: pgError('57P01') })],
    ['given as a cause', new Error('lost', { cause: pgError('08003') })],
  ])('says yes when %s', (_, error) => expect(isConnectionError(error)).toBe(true));

  it.each([
    ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint')],
    ['a statement that is wrong', pgError('42P01', 'relation "nope" does not exist')],
    ['a refused revision', pgError('VG001')],
    ['a plain error', new Error('boom')],
    ['not an error at all', 'ECONNREFUSED'],
    ['an AggregateError with one other failure', new AggregateError([pgError('ECONNREFUSED'), new Error('boom')])],
    ['nothing', undefined],
  ])('says no for %s', (_, error) => expect(isConnectionError(error)).toBe(false));
});
