import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { addressAllowed, checkTarget, classifyAddress, OutboundRefused, outboundFetch, parseIPv4Loose, parseOutboundAllow } from './outbound.ts';

describe('address classification', () => {
  it('classifies IPv4 ranges', () => {
    expect(classifyAddress('127.0.0.1')).toBe('loopback');
    expect(classifyAddress('127.255.1.2')).toBe('loopback');
    expect(classifyAddress('10.1.2.3')).toBe('private');
    expect(classifyAddress('172.16.0.1')).toBe('private');
    expect(classifyAddress('172.31.255.255')).toBe('private');
    expect(classifyAddress('172.32.0.1')).toBe('public');
    expect(classifyAddress('192.168.1.1')).toBe('private');
    expect(classifyAddress('169.254.1.1')).toBe('link-local');
    expect(classifyAddress('169.254.169.254')).toBe('metadata');
    expect(classifyAddress('0.0.0.0')).toBe('unspecified');
    expect(classifyAddress('224.0.0.1')).toBe('multicast');
    expect(classifyAddress('8.8.8.8')).toBe('public');
    expect(classifyAddress('not-an-ip')).toBeUndefined();
  });

  it('reads decimal, octal and hex IPv4 forms as resolvers do', () => {
    expect(parseIPv4Loose('2130706433')).toBe(0x7f000001);
    expect(classifyAddress('2130706433')).toBe('loopback');
    expect(classifyAddress('0x7f.1')).toBe('loopback');
    expect(classifyAddress('0177.0.0.1')).toBe('loopback');
    expect(classifyAddress('0x7f000001')).toBe('loopback');
    expect(classifyAddress('127.1')).toBe('loopback');
    expect(classifyAddress('0xa9.0xfe.0xa9.0xfe')).toBe('metadata');
    expect(classifyAddress('3232235777')).toBe('private'); // 192.168.1.1
    expect(parseIPv4Loose('256.1.1.1')).toBeUndefined();
    expect(parseIPv4Loose('1.2.3.4.5')).toBeUndefined();
    expect(parseIPv4Loose('08.1.1.1')).toBeUndefined();
  });

  it('classifies IPv6 and IPv4-mapped IPv6', () => {
    expect(classifyAddress('::1')).toBe('loopback');
    expect(classifyAddress('::')).toBe('unspecified');
    expect(classifyAddress('fc00::1')).toBe('private');
    expect(classifyAddress('fd12:3456::1')).toBe('private');
    expect(classifyAddress('fe80::1')).toBe('link-local');
    expect(classifyAddress('fd00:ec2::254')).toBe('metadata');
    expect(classifyAddress('::ffff:127.0.0.1')).toBe('loopback');
    expect(classifyAddress('::ffff:7f00:1')).toBe('loopback');
    expect(classifyAddress('::ffff:169.254.169.254')).toBe('metadata');
    expect(classifyAddress('::ffff:10.0.0.1')).toBe('private');
    expect(classifyAddress('[::ffff:8.8.8.8]')).toBe('public');
    expect(classifyAddress('64:ff9b::127.0.0.1')).toBe('loopback');
    expect(classifyAddress('2002:7f00:1::')).toBe('loopback');
    expect(classifyAddress('2a00:1450:4001::1')).toBe('public');
  });
});

describe('allow-list', () => {
  it('parses hosts, addresses and CIDRs and refuses anything else', () => {
    const a = parseOutboundAllow('127.0.0.1, 10.0.0.0/8,Partner.Example,fd00::/8');
    expect(a.hosts.has('partner.example')).toBe(true);
    expect(addressAllowed(a, '127.0.0.1')).toBe(true);
    expect(addressAllowed(a, '127.0.0.2')).toBe(false);
    expect(addressAllowed(a, '10.200.3.4')).toBe(true);
    expect(addressAllowed(a, '::ffff:10.1.1.1')).toBe(true);
    expect(addressAllowed(a, 'fd12::1')).toBe(true);
    expect(addressAllowed(a, '192.168.1.1')).toBe(false);
    expect(() => parseOutboundAllow('10.0.0.0/40')).toThrow(/prefix/);
    expect(() => parseOutboundAllow('http://x/')).toThrow(/VIGIL_OUTBOUND_ALLOW/);
  });
});

describe('checkTarget', () => {
  const none = parseOutboundAllow('');
  const fakeDns = (addrs: string[]) => (async () => addrs.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))) as never;

  it('refuses loopback, private, metadata and odd-form addresses unless allowed', async () => {
    for (const u of ['http://127.0.0.1/', 'http://2130706433/', 'http://0x7f.1/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'https://169.254.169.254/latest', 'https://10.0.0.5/', 'http://0.0.0.0/']) {
      await expect(checkTarget(u, none), u).rejects.toThrow(OutboundRefused);
    }
    await expect(checkTarget('http://127.0.0.1:8080/', parseOutboundAllow('127.0.0.1'))).resolves.toMatchObject({ address: '127.0.0.1' });
  });

  it('checks every resolved address (a name that also resolves to a private one is refused)', async () => {
    await expect(checkTarget('https://partner.example/', none, { resolve: fakeDns(['93.184.216.34', '10.0.0.1']) })).rejects.toThrow(/resolves to 10\.0\.0\.1, which is a private address/);
    await expect(checkTarget('https://partner.example/', none, { resolve: fakeDns(['93.184.216.34']) })).resolves.toMatchObject({ address: '93.184.216.34' });
    await expect(checkTarget('https://partner.example/', parseOutboundAllow('partner.example'), { resolve: fakeDns(['10.0.0.1']) })).resolves.toMatchObject({ address: '10.0.0.1' });
  });

  it('sends a secret only over https, except to an allow-listed loopback address', async () => {
    await expect(checkTarget('http://partner.example/', none, { secret: true, resolve: fakeDns(['93.184.216.34']) })).rejects.toThrow(/only over https/);
    await expect(checkTarget('http://10.0.0.1/', parseOutboundAllow('10.0.0.0/8'), { secret: true })).rejects.toThrow(/only over https/);
    await expect(checkTarget('http://127.0.0.1/', parseOutboundAllow('127.0.0.1'), { secret: true })).resolves.toBeTruthy();
    await expect(checkTarget('ftp://x.example/', none)).rejects.toThrow(/ftp/);
    await expect(checkTarget('https://u:p@x.example/', none)).rejects.toThrow(/credentials/);
  });
});

describe('outboundFetch', () => {
  it('limits the answer size, checks redirect hops and keeps secrets on their origin', async () => {
    const srv = createServer((req, res) => {
      if (req.url === '/big') return res.end('x'.repeat(5000));
      if (req.url === '/away') return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
      if (req.url === '/other') return res.writeHead(302, { location: 'http://localhost:1/' }).end();
      if (req.url === '/hop') return res.writeHead(302, { location: '/small' }).end();
      res.end('ok');
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
    const allow = parseOutboundAllow('127.0.0.1');
    try {
      await expect(outboundFetch(allow, `${base}/big`, { maxBytes: 1000, timeoutMs: 5000 })).rejects.toThrow(/larger than 1000 bytes/);
      expect((await outboundFetch(allow, `${base}/small`, { maxBytes: 1000, timeoutMs: 5000 })).text()).toBe('ok');
      expect((await outboundFetch(allow, `${base}/hop`, { maxBytes: 1000, timeoutMs: 5000, maxRedirects: 2, secret: true })).text()).toBe('ok');
      await expect(outboundFetch(allow, `${base}/away`, { maxBytes: 1000, timeoutMs: 5000, maxRedirects: 2 })).rejects.toThrow(/metadata address/);
      await expect(outboundFetch(allow, `${base}/other`, { maxBytes: 1000, timeoutMs: 5000, maxRedirects: 2, secret: true })).rejects.toThrow(/another origin/);
      expect((await outboundFetch(allow, `${base}/hop`, { maxBytes: 1000, timeoutMs: 5000 })).status).toBe(302);
      // The connection goes to the address that was checked (resolved once): a name only the checked resolver knows.
      let lookups = 0;
      const once = (async () => {
        lookups++;
        return [{ address: '127.0.0.1', family: 4 }];
      }) as never;
      const port = new URL(base).port;
      const pinned = await outboundFetch(parseOutboundAllow('127.0.0.1'), `http://pinned.invalid:${port}/small`, { maxBytes: 1000, timeoutMs: 5000, resolve: once });
      expect(pinned.text()).toBe('ok');
      expect(lookups).toBe(1);
      await expect(outboundFetch(parseOutboundAllow(''), `http://pinned.invalid:${port}/small`, { maxBytes: 1000, timeoutMs: 5000, resolve: once })).rejects.toThrow(/resolves to 127\.0\.0\.1/);
    } finally {
      srv.close();
    }
  });
});
