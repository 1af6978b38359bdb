import { ReadBudgetExceeded, RequestGate } from '../../src/azure/live/limit.js';

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('RequestGate', () => {
  test('never runs more than the limit at once, and runs everything', async () => {
    const gate = new RequestGate(3);
    let active = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gate.run(`k${i}`, async () => {
          active++;
          peak = Math.max(peak, active);
          await tick();
          await tick();
          active--;
          return i;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(peak).toBe(3);
    expect(gate.started).toBe(20);
  });

  test('the same key runs once and shares the result', async () => {
    const gate = new RequestGate(2);
    let calls = 0;
    const fn = async (): Promise<string> => {
      calls++;
      await tick();
      return 'v';
    };
    const [a, b] = await Promise.all([gate.run('same', fn), gate.run('same', fn)]);
    expect([a, b, calls, gate.started]).toEqual(['v', 'v', 1, 1]);
  });

  test('a failure releases the slot', async () => {
    const gate = new RequestGate(1);
    await expect(gate.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run('b', async () => 'ok')).resolves.toBe('ok');
  });

  test.each([0, -1, 1.5])('rejects a limit of %p', (n) => {
    expect(() => new RequestGate(n)).toThrow(/>= 1/);
  });

  test('past the total bound, further distinct reads fail with the reason and run nothing; repeats still share', async () => {
    const gate = new RequestGate(4, 3);
    let calls = 0;
    const read = (k: string): Promise<string> => gate.run(k, async () => (calls++, k));
    expect(await Promise.all([read('a'), read('b'), read('c'), read('a')])).toEqual(['a', 'b', 'c', 'a']);
    await expect(read('d')).rejects.toThrow(ReadBudgetExceeded);
    await expect(read('d')).rejects.toThrow(/more than 3 Azure reads/);
    expect(calls).toBe(3);
  });
});
