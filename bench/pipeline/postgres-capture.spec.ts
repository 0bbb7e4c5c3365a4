import { describe, expect, it } from '@jest/globals';
import { backendReader, frontendReader, isIdlePoll, unitsOf, type CapturedStatement } from './postgres-capture.js';

const typed = (type: string, body: Buffer): Buffer => {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
};
const cstring = (text: string): Buffer => Buffer.from(`${text}\0`, 'utf8');
const int16 = (value: number): Buffer => {
  const buffer = Buffer.alloc(2);
  buffer.writeInt16BE(value);
  return buffer;
};
const int32 = (value: number): Buffer => {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
};

const startup = (database: string): Buffer => {
  const body = Buffer.concat([
    int32(196608),
    cstring('user'),
    cstring('postgres'),
    cstring('database'),
    cstring(database),
    Buffer.from([0]),
  ]);
  return Buffer.concat([int32(body.length + 4), body]);
};

const parse = (sql: string): Buffer => typed('P', Buffer.concat([cstring(''), cstring(sql), int16(0)]));
const bind = (params: (string | null)[]): Buffer =>
  typed(
    'B',
    Buffer.concat([
      cstring(''),
      cstring(''),
      int16(0),
      int16(params.length),
      ...params.map((param) => (param === null ? int32(-1) : Buffer.concat([int32(Buffer.byteLength(param)), Buffer.from(param)]))),
      int16(0),
    ]),
  );

describe('frontendReader', () => {
  it('records simple queries and bound statements with their parameters, across chunk boundaries', () => {
    const statements: CapturedStatement[] = [];
    let database = '';
    const read = frontendReader(
      (statement) => statements.push(statement),
      (name) => (database = name),
    );
    const stream = Buffer.concat([
      startup('samenleven_reporting'),
      typed('Q', cstring('START TRANSACTION')),
      parse('INSERT INTO report (id, version) VALUES ($1, $2)'),
      bind(['7c9e6679-7425-40de-944b-e07fc1f90ae7', null]),
      typed('E', Buffer.concat([cstring(''), int32(0)])),
      typed('S', Buffer.alloc(0)),
    ]);
    // Three bytes at a time: messages split anywhere.
    for (let at = 0; at < stream.length; at += 3) read(stream.subarray(at, at + 3));
    expect(database).toBe('samenleven_reporting');
    expect(statements).toEqual([
      { sql: 'START TRANSACTION', params: null },
      { sql: 'INSERT INTO report (id, version) VALUES ($1, $2)', params: ['7c9e6679-7425-40de-944b-e07fc1f90ae7', null] },
    ]);
  });
});

describe('backendReader', () => {
  it('reports command tags, errors and the transaction status', () => {
    const answers: string[] = [];
    const statuses: string[] = [];
    const read = backendReader(
      (tag) => answers.push(tag),
      (status) => statuses.push(status),
    );
    read(
      Buffer.concat([
        typed('R', int32(0)),
        typed('Z', Buffer.from('I')),
        typed('C', cstring('SELECT 0')),
        typed('Z', Buffer.from('T')),
        typed('E', cstring('SERROR')),
      ]),
    );
    expect(answers).toEqual(['SELECT 0', '!']);
    expect(statuses).toEqual(['I', 'T']);
  });
});

describe('isIdlePoll', () => {
  it('is a statement outside a transaction that touched no row', () => {
    expect(isIdlePoll({ sql: 'SELECT', params: null, inTransaction: false, tag: 'SELECT 0' })).toBe(true);
    expect(isIdlePoll({ sql: 'UPDATE', params: null, inTransaction: false, tag: 'UPDATE 0' })).toBe(true);
    expect(isIdlePoll({ sql: 'SELECT', params: null, inTransaction: true, tag: 'SELECT 0' })).toBe(false);
    expect(isIdlePoll({ sql: 'SELECT', params: null, inTransaction: false, tag: 'SELECT 3' })).toBe(false);
    expect(isIdlePoll({ sql: 'SELECT', params: null })).toBe(false);
  });
});

describe('unitsOf', () => {
  it('cuts a session into transactions and single statements, a stretch begun inside a transaction included', () => {
    const statement = (sql: string, inTransaction: boolean): CapturedStatement => ({ sql, params: null, inTransaction });
    const units = unitsOf([
      statement('INSERT (cut off)', true),
      statement('COMMIT', true),
      statement('SELECT 1', false),
      statement('START TRANSACTION', false),
      statement('UPDATE', true),
      statement('COMMIT', true),
    ]);
    expect(units.map((unit) => unit.map((entry) => entry.sql))).toEqual([
      ['INSERT (cut off)', 'COMMIT'],
      ['SELECT 1'],
      ['START TRANSACTION', 'UPDATE', 'COMMIT'],
    ]);
  });
});
