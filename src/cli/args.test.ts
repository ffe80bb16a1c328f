import { describe, expect, it } from 'vitest';
import { flagNumber, parseArgs } from './args.ts';

const KNOWN = { port: true, minutes: true, reset: false };

describe('parseArgs (node:util, strict)', () => {
  it('reads values, booleans, positionals and -- ', () => {
    const a = parseArgs(['serve', '--port', '80', '--reset', '--minutes=15', '--', '--not-a-flag'], KNOWN);
    expect([...a.flags]).toEqual([['port', '80'], ['reset', true], ['minutes', '15']]);
    expect(a.positional).toEqual(['serve', '--not-a-flag']);
  });

  it('takes a negative number as the value, so the range check can name it', () => {
    const a = parseArgs(['--minutes', '-5'], KNOWN);
    expect(() => flagNumber(a, 'minutes', 15, { exclusiveMin: 0 })).toThrow('option --minutes must be greater than 0, got -5');
  });

  it('names the flag in every refusal', () => {
    expect(() => parseArgs(['--nope'], KNOWN)).toThrow('unknown option --nope');
    expect(() => parseArgs(['--port'], KNOWN)).toThrow('option --port needs a value');
    expect(() => parseArgs(['--port', '--reset'], KNOWN)).toThrow('option --port needs a value');
    expect(() => parseArgs(['--reset=yes'], KNOWN)).toThrow('option --reset takes no value');
  });
});
