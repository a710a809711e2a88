export const CLIENT_ADDRESS_HEADER: 'x-folio-client-address';
export const TRUSTED_PROXIES_VARIABLE: 'FOLIO_TRUSTED_PROXIES';
export function readTrustedProxies(env?: Readonly<Record<string, string | undefined>>): number;
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string;
export function attachClientAddress(request: import('node:http').IncomingMessage, trustedProxies: number): void;
