import { describe, expect, it } from 'vitest';
import { blockedAddress, parseIPv6 } from './ip-rules.js';

describe('blockedAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback address'],
    ['127.255.0.9', 'loopback address'],
    ['10.0.0.1', 'private network (RFC 1918)'],
    ['172.16.5.4', 'private network (RFC 1918)'],
    ['172.31.255.255', 'private network (RFC 1918)'],
    ['192.168.1.1', 'private network (RFC 1918)'],
    ['100.64.0.1', 'carrier-grade NAT (RFC 6598)'],
    ['169.254.169.254', 'cloud metadata address'],
    ['169.254.1.1', 'link-local address'],
    ['0.0.0.0', 'unspecified address'],
    ['224.0.0.1', 'multicast or broadcast address'],
    ['255.255.255.255', 'multicast or broadcast address'],
    ['::1', 'loopback address'],
    ['[::1]', 'loopback address'],
    ['::', 'unspecified address'],
    ['::ffff:127.0.0.1', 'loopback address'],
    ['::ffff:7f00:1', 'loopback address'],
    ['::ffff:a9fe:a9fe', 'cloud metadata address'],
    ['::ffff:192.168.0.1', 'private network (RFC 1918)'],
    ['64:ff9b::10.0.0.1', 'private network (RFC 1918)'],
    ['2002:c0a8:0101::1', 'private network (RFC 1918)'],
    ['fc00::1', 'unique-local IPv6 address (fc00::/7)'],
    ['fd00:ec2::254', 'unique-local IPv6 address (fc00::/7)'],
    ['fe80::1%eth0', 'link-local IPv6 address (fe80::/10)'],
    ['ff02::1', 'multicast or broadcast address'],
    ['not-an-ip', 'reserved or special-purpose address'],
  ])('%s is blocked as %s', (ip, rule) => {
    expect(blockedAddress(ip)).toBe(rule);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    '%s is public',
    (ip) => {
      expect(blockedAddress(ip)).toBeNull();
    },
  );

  it('parses IPv6 forms', () => {
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6('1::2::3')).toBeNull();
    expect(parseIPv6('1:2:3')).toBeNull();
  });
});
