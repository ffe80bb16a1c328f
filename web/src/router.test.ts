/** The router's path patterns. */
import { describe, expect, it } from 'vitest';
import { matchPath } from './router.tsx';

describe('matchPath', () => {
  it('matches fixed segments and captures parameters (decoded)', () => {
    expect(matchPath('/facilities/:id', '/facilities/abc')).toEqual({ id: 'abc' });
    expect(matchPath('/facilities/:id', '/facilities/%E6%BD%9E')).toEqual({ id: '潞' });
    expect(matchPath('/facilities/:id', '/facilities/abc/')).toEqual({ id: 'abc' });
    expect(matchPath('/network', '/network')).toEqual({});
  });

  it('refuses other shapes', () => {
    expect(matchPath('/facilities/:id', '/facilities')).toBeNull();
    expect(matchPath('/facilities/:id', '/facilities/a/b')).toBeNull();
    expect(matchPath('/facilities/:id', '/planner/a')).toBeNull();
  });
});
