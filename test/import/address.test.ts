import { describe, expect, it } from 'vitest'
import { checkHost, isLoopback, parseIPv4, parseIPv6 } from '../../src/import/address'
import { checkImportUrl } from '../../src/import/url-rule'

// Pure functions: nothing here sends a packet anywhere.

describe('parseIPv4', () => {
  it.each([
    ['127.0.0.1', 0x7f000001],
    ['2130706433', 0x7f000001],
    ['0x7f000001', 0x7f000001],
    ['0x7f.0.0.1', 0x7f000001],
    ['0177.0.0.1', 0x7f000001],
    ['0177.0000.0000.0001', 0x7f000001],
    ['127.1', 0x7f000001],
    ['127.0.1', 0x7f000001],
    ['10.0.0.1.', 0x0a000001],
    ['017700000001', 0x7f000001],
  ])('reads %s', (text, value) => {
    expect(parseIPv4(text)).toBe(value)
  })

  it.each(['256.0.0.1', '1.2.3.4.5', '08.1.1.1', '0xg.1.1.1', 'example.com', '', '4294967296'])(
    'is not an IPv4 literal: %s',
    (text) => {
      expect(parseIPv4(text)).toBeNull()
    },
  )
})

describe('parseIPv6', () => {
  it('reads compressed, full, bracketed, zoned and dotted-tail forms', () => {
    expect(parseIPv6('::1')).toBe(1n)
    expect(parseIPv6('[::1]')).toBe(1n)
    expect(parseIPv6('0:0:0:0:0:0:0:1')).toBe(1n)
    expect(parseIPv6('fe80::1%eth0')).toBe((0xfe80n << 112n) | 1n)
    expect(parseIPv6('::ffff:127.0.0.1')).toBe((0xffffn << 32n) | 0x7f000001n)
    expect(parseIPv6('::ffff:7f00:1')).toBe((0xffffn << 32n) | 0x7f000001n)
  })

  it.each(['1::2::3', '12345::', '::g', '1:2:3:4:5:6:7:8:9', 'example.com'])('is not IPv6: %s', (text) => {
    expect(parseIPv6(text)).toBeNull()
  })
})

describe('checkHost', () => {
  it.each([
    // loopback, in every notation
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['127.1', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['[0:0:0:0:0:0:0:1]', 'loopback'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['[::127.0.0.1]', 'loopback'],
    ['[64:ff9b::7f00:1]', 'loopback'],
    ['[2002:7f00:1::]', 'loopback'],
    // private and shared
    ['10.0.0.1', 'private'],
    ['167772161', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['0xc0a80101', 'private'],
    ['100.64.0.1', 'private'],
    ['169.254.169.254', 'private'],
    ['0xa9fea9fe', 'private'],
    ['[::ffff:169.254.169.254]', 'private'],
    ['[::ffff:a9fe:a9fe]', 'private'],
    ['[fc00::1]', 'private'],
    ['[fd12:3456::1]', 'private'],
    ['[fe80::1]', 'private'],
    ['[fe80::1%25eth0]', 'private'],
    ['[fec0::1]', 'private'],
    // reserved: this network, documentation, benchmarking, multicast, future use, broadcast
    ['0.0.0.0', 'reserved'],
    ['0', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.9', 'reserved'],
    ['224.0.0.1', 'reserved'],
    ['239.255.255.250', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['[::]', 'reserved'],
    ['[ff02::1]', 'reserved'],
    ['[2001:db8::1]', 'reserved'],
    // names that only resolve locally, and malformed numeric hosts
    ['localhost', 'local-name'],
    ['LOCALHOST.', 'local-name'],
    ['api.localhost', 'local-name'],
    ['printer.local', 'local-name'],
    ['metadata.google.internal', 'local-name'],
    ['router.home.arpa', 'local-name'],
    ['intranet', 'local-name'],
    ['1.2.3.256', 'reserved'],
    ['example.0x10', 'reserved'],
  ])('refuses %s (%s)', (host, kind) => {
    expect(checkHost(host)?.kind).toBe(kind)
  })

  it.each([
    'example.com',
    'www.bbc.co.uk',
    'news.example.org.',
    '93.184.216.34',
    '1.1.1.1',
    '8.8.8.8',
    '172.15.255.255',
    '172.32.0.1',
    '100.128.0.1',
    '192.169.0.1',
    '[2606:4700:4700::1111]',
    '[2a00:1450:4009:81f::200e]',
    '[::ffff:8.8.8.8]',
    'xn--bcher-kva.example',
  ])('lets a public host through: %s', (host) => {
    expect(checkHost(host)).toBeNull()
  })

  it('tells loopback (which IMPORT_ALLOW_LOOPBACK opens) from other refusals', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '[::1]', '2130706433'])
      expect(isLoopback(host)).toBe(true)
    for (const host of ['10.0.0.1', '169.254.169.254', 'printer.local', 'example.com'])
      expect(isLoopback(host)).toBe(false)
  })
})

describe('checkImportUrl', () => {
  it('accepts http and https links to public hosts and drops the fragment', () => {
    expect(checkImportUrl('https://news.example.com/a?b=1#c').href).toBe('https://news.example.com/a?b=1')
    expect(checkImportUrl('http://93.184.216.34/').hostname).toBe('93.184.216.34')
  })

  it.each([
    ['file:///etc/passwd', /only http and https/i],
    ['ftp://example.com/a', /only http and https/i],
    ['javascript:alert(1)', /only http and https/i],
    ['gopher://example.com', /only http and https/i],
    ['https://user:secret@example.com/', /user name or password/],
    ['https://user@example.com/', /user name or password/],
    ['not a link', /not a web address/],
  ])('refuses %s', (link, message) => {
    expect(() => checkImportUrl(link)).toThrow(
      expect.objectContaining({ reason: 'bad-url', message: expect.stringMatching(message) }),
    )
  })

  it.each([
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f.0.0.1/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://10.1.2.3:8080/',
    'http://localhost:8787/',
    'http://metadata.google.internal/',
    'https://0/',
  ])('refuses the non-public %s in whatever notation the URL parser leaves', (link) => {
    expect(() => checkImportUrl(link)).toThrow(expect.objectContaining({ reason: 'forbidden-address' }))
  })

  it('opens loopback only, and only with allowLoopback', () => {
    expect(checkImportUrl('http://127.0.0.1:9999/a', { allowLoopback: true }).port).toBe('9999')
    expect(checkImportUrl('http://localhost:9999/a', { allowLoopback: true }).hostname).toBe('localhost')
    expect(() => checkImportUrl('http://10.0.0.1/', { allowLoopback: true })).toThrow(/not a public web site/)
    expect(() => checkImportUrl('http://169.254.169.254/', { allowLoopback: true })).toThrow(
      /not a public web site/,
    )
  })
})
