import { isIP } from 'node:net';

/** Why an address may not be fetched without `allowPrivate`: a short rule name for messages. */
export type BlockedRule =
  | 'unspecified address'
  | 'loopback address'
  | 'private network (RFC 1918)'
  | 'carrier-grade NAT (RFC 6598)'
  | 'cloud metadata address'
  | 'link-local address'
  | 'reserved or special-purpose address'
  | 'multicast or broadcast address'
  | 'unique-local IPv6 address (fc00::/7)'
  | 'link-local IPv6 address (fe80::/10)';

function v4Octets(ip: string): number[] | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  const nums = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : Number.NaN));
  return nums.every((n) => n >= 0 && n <= 255) ? nums : null;
}

/** The rule that blocks an IPv4 address, or null when it is a public address. */
export function blockedIPv4(ip: string): BlockedRule | null {
  const o = v4Octets(ip);
  if (!o) return 'reserved or special-purpose address';
  const [a, b, c, d] = o as [number, number, number, number];
  if (a === 169 && b === 254 && c === 169 && d === 254) return 'cloud metadata address';
  if (a === 0) return 'unspecified address';
  if (a === 127) return 'loopback address';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168))
    return 'private network (RFC 1918)';
  if (a === 100 && b >= 64 && b <= 127) return 'carrier-grade NAT (RFC 6598)';
  if (a === 169 && b === 254) return 'link-local address';
  if (a >= 224) return 'multicast or broadcast address';
  if ((a === 192 && b === 0 && (c === 0 || c === 2)) || (a === 198 && (b === 18 || b === 19)))
    return 'reserved or special-purpose address';
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113))
    return 'reserved or special-purpose address';
  return null;
}

/** Eight 16-bit groups of an IPv6 address (zone id dropped), or null when it does not parse. */
export function parseIPv6(ip: string): number[] | null {
  let s = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const tail: number[] = [];
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (dotted?.[1]) {
    const o = v4Octets(dotted[1]);
    if (!o) return null;
    tail.push(((o[0] as number) << 8) | (o[1] as number), ((o[2] as number) << 8) | (o[3] as number));
    s = s.slice(0, -dotted[1].length);
    if (s.endsWith(':') && !s.endsWith('::')) s = s.slice(0, -1);
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const group = (part: string) => (part ? part.split(':') : []);
  const head = group(halves[0] ?? '');
  const rest = halves.length === 2 ? group(halves[1] ?? '') : [];
  const parse = (g: string) => (/^[0-9a-f]{1,4}$/i.test(g) ? Number.parseInt(g, 16) : Number.NaN);
  const h = head.map(parse);
  const r = [...rest.map(parse), ...tail];
  const missing = 8 - h.length - r.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...h, ...new Array(halves.length === 2 ? missing : 0).fill(0), ...r];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g)) ? groups : null;
}

function embeddedV4(g: number[]): string {
  const hi = g[6] as number;
  const lo = g[7] as number;
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** The rule that blocks an IPv6 address (checking any embedded IPv4), or null when public. */
export function blockedIPv6(ip: string): BlockedRule | null {
  const g = parseIPv6(ip);
  if (!g) return 'reserved or special-purpose address';
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeros(8)) return 'unspecified address';
  if (zeros(7) && g[7] === 1) return 'loopback address';
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64)
  if (zeros(5) && (g[5] === 0xffff || g[5] === 0)) return blockedIPv4(embeddedV4(g));
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0)
    return blockedIPv4(embeddedV4(g));
  const first = g[0] as number;
  if (first === 0x2002) {
    const hi = g[1] as number;
    const lo = g[2] as number;
    return blockedIPv4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  if ((first & 0xfe00) === 0xfc00) return 'unique-local IPv6 address (fc00::/7)';
  if ((first & 0xffc0) === 0xfe80) return 'link-local IPv6 address (fe80::/10)';
  if ((first & 0xff00) === 0xff00) return 'multicast or broadcast address';
  if (first === 0x2001 && g[1] === 0x0db8) return 'reserved or special-purpose address';
  return null;
}

/** The rule that blocks an IP address of either family, or null. Non-addresses are blocked. */
export function blockedAddress(ip: string): BlockedRule | null {
  const bare = ip.replace(/^\[|\]$/g, '');
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) return blockedIPv4(bare);
  if (family === 6) return blockedIPv6(bare);
  return 'reserved or special-purpose address';
}
