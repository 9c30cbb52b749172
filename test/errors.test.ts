// withinStringLimit (src/errors.ts): an output longer than V8's longest string is a clear error.

import { NewsgraphError, withinStringLimit } from '../src/errors';

describe('withinStringLimit', () => {
  // The real thing: joining pieces past V8's limit (~512 M characters) without allocating them all.
  const tooLong = () => ['x'.repeat(1 << 28), 'x'.repeat(1 << 28), 'x'.repeat(1 << 28)].join('');

  it('turns the RangeError of a too long text into E_TOO_LARGE naming the file and what to do', () => {
    let caught: unknown;
    try {
      withinStringLimit('graph.json', tooLong);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(NewsgraphError);
    expect((caught as NewsgraphError).code).toBe('E_TOO_LARGE');
    expect((caught as NewsgraphError).message).toMatch(/graph\.json.*writeTo/);
  });

  it('does the same for a renderer that returns a promise', async () => {
    await expect(withinStringLimit('the RDF', async () => tooLong())).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  });

  it('passes results and other errors through unchanged', async () => {
    expect(withinStringLimit('a', () => 'text')).toBe('text');
    await expect(withinStringLimit('a', async () => 42)).resolves.toBe(42);
    expect(() => withinStringLimit('a', () => JSON.parse('{'))).toThrow(SyntaxError);
  });
});
