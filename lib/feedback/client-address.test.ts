import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attachClientAddress, CLIENT_ADDRESS_HEADER, readTrustedProxies, resolveClientAddress } from './client-address.mjs';

describe('resolveClientAddress', () => {
  const cases: { name: string; forwardedFor: string | string[] | undefined; proxies: number; expected: string }[] = [
    { name: 'no proxy uses the socket', forwardedFor: undefined, proxies: 0, expected: '127.0.0.1' },
    { name: 'no proxy ignores a forged header', forwardedFor: '198.51.100.9', proxies: 0, expected: '127.0.0.1' },
    { name: 'one proxy takes the last entry', forwardedFor: '203.0.113.5', proxies: 1, expected: '203.0.113.5' },
    { name: 'one proxy skips forged entries on the left', forwardedFor: '198.51.100.9, 203.0.113.5', proxies: 1, expected: '203.0.113.5' },
    { name: 'two proxies count from the right', forwardedFor: '198.51.100.9, 203.0.113.5, 10.0.0.2', proxies: 2, expected: '203.0.113.5' },
    { name: 'repeated headers join in order', forwardedFor: ['198.51.100.9', '203.0.113.5'], proxies: 1, expected: '203.0.113.5' },
    { name: 'short header gives its leftmost entry', forwardedFor: '203.0.113.5', proxies: 3, expected: '203.0.113.5' },
    { name: 'empty header falls back to the socket', forwardedFor: ' , ', proxies: 1, expected: '127.0.0.1' },
    { name: 'proxy without a header uses the socket', forwardedFor: undefined, proxies: 1, expected: '127.0.0.1' },
  ];

  for (const { name, forwardedFor, proxies, expected } of cases) {
    test(name, () => {
      expect(resolveClientAddress('127.0.0.1', forwardedFor, proxies)).toBe(expected);
    });
  }
});

describe('readTrustedProxies', () => {
  test('unset is zero', () => {
    expect(readTrustedProxies({})).toBe(0);
  });

  test('whole number is read', () => {
    expect(readTrustedProxies({ FOLIO_TRUSTED_PROXIES: '2' })).toBe(2);
  });

  test('anything else is rejected', () => {
    expect(() => readTrustedProxies({ FOLIO_TRUSTED_PROXIES: 'yes' })).toThrow(
      'invalid FOLIO_TRUSTED_PROXIES: "yes"; expected a whole number of proxies from 0 to 10',
    );
  });
});

describe('attachClientAddress on a real server', () => {
  let server: http.Server;
  let port: number;
  let trustedProxies = 0;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      attachClientAddress(request, trustedProxies);
      const raw = request.rawHeaders.filter((_, index) => index % 2 === 0 && request.rawHeaders[index].toLowerCase() === CLIENT_ADDRESS_HEADER);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ header: request.headers[CLIENT_ADDRESS_HEADER], rawCopies: raw.length }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  async function seen(headers: Record<string, string>): Promise<{ header: string; rawCopies: number }> {
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return (await response.json()) as { header: string; rawCopies: number };
  }

  test('forged headers change nothing without a proxy', async () => {
    trustedProxies = 0;
    const forged = await seen({ 'x-forwarded-for': '198.51.100.9', [CLIENT_ADDRESS_HEADER]: '192.0.2.1', 'x-real-ip': '192.0.2.2' });

    expect(forged).toEqual({ header: '127.0.0.1', rawCopies: 1 });
    expect(await seen({})).toEqual(forged);
  });

  test('with one proxy the rightmost forwarded entry wins', async () => {
    trustedProxies = 1;
    const forged = await seen({ 'x-forwarded-for': '198.51.100.9, 203.0.113.5', [CLIENT_ADDRESS_HEADER]: '192.0.2.1' });

    expect(forged).toEqual({ header: '203.0.113.5', rawCopies: 1 });
  });
});
