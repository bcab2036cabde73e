import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { FetchError } from '../../errors/index.js';
import { blockedAddress } from './ip-rules.js';

/** Resolves a host name to its addresses. Tests inject a fake; the default asks the system. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Which blocked addresses may be fetched anyway. */
export interface AddressPolicy {
  /** Allow every loopback, private, link-local and metadata address. */
  allowPrivate: boolean;
  /** Allow these exact addresses only (e.g. one intranet server), whatever their class. */
  allowAddresses?: readonly string[];
}

/** Refuses an address that a rule blocks, naming the rule, unless the policy allows it. */
export function assertAllowedAddress(host: string, address: string, policy: AddressPolicy): void {
  if (policy.allowPrivate || policy.allowAddresses?.includes(address)) return;
  const rule = blockedAddress(address);
  if (rule) {
    const via = host === address ? '' : ` (${host} resolves to ${address})`;
    throw new FetchError(
      'private-address',
      `refused to fetch ${host}${via}: ${rule}; pass --allow-private to allow it`,
      { host, address, rule },
    );
  }
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for `http.request` that resolves through `resolver` and checks every address before
 * the socket connects, so a name cannot smuggle a request to a private address (and DNS
 * rebinding cannot swap the address after the check: the checked address is the one used).
 */
export function createSafeLookup(resolver: Resolver, policy: AddressPolicy) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
    resolver(hostname)
      .then((found) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const addresses = found.filter((a) => !wanted || a.family === wanted);
        if (!addresses.length) throw new FetchError('dns', `${hostname}: no address found`, { hostname });
        for (const a of addresses) assertAllowedAddress(hostname, a.address, policy);
        if (options.all) callback(null, addresses);
        else callback(null, (addresses[0] as LookupAddress).address, (addresses[0] as LookupAddress).family);
      })
      .catch((error: unknown) => {
        const err =
          error instanceof FetchError
            ? error
            : new FetchError('dns', `${hostname}: could not resolve (${(error as Error).message})`, {
                hostname,
              });
        callback(err as unknown as NodeJS.ErrnoException, '', 0);
      });
  };
}
