import { Address4 } from 'ip-address';

test('toolchain: ESM + ts-jest + ip-address', () => {
  expect(new Address4('10.0.0.0/16').endAddress().address).toBe('10.0.255.255');
});
