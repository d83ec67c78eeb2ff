/** Which Chromium the tests, the bench and Lighthouse launch: CHROMIUM_PATH, then the system's, then npm's. */
import { describe, expect, it } from 'vitest'
import { chooseChromium, isExecutableFile, SYSTEM_CHROMIUM_PATHS } from '../../src/cli/browser'

const files =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path)

describe('chooseChromium', () => {
  it('takes CHROMIUM_PATH first, even when a system browser is installed', () => {
    const choice = chooseChromium({
      env: { CHROMIUM_PATH: '/opt/my/chrome' },
      platform: 'linux',
      exists: files('/opt/my/chrome', '/usr/bin/chromium'),
    })
    expect(choice).toEqual({ source: 'CHROMIUM_PATH', path: '/opt/my/chrome' })
  })

  it('refuses a CHROMIUM_PATH with nothing there instead of quietly using another browser', () => {
    expect(() =>
      chooseChromium({
        env: { CHROMIUM_PATH: '/nope/chrome' },
        platform: 'linux',
        exists: files('/usr/bin/chromium'),
      }),
    ).toThrow('CHROMIUM_PATH is set to /nope/chrome, but there is no executable file there')
  })

  it('ignores an empty CHROMIUM_PATH', () => {
    const choice = chooseChromium({
      env: { CHROMIUM_PATH: ' ' },
      platform: 'linux',
      exists: files('/usr/bin/chromium'),
    })
    expect(choice).toEqual({ source: 'system', path: '/usr/bin/chromium' })
  })

  it("takes Debian's Chromium before Google Chrome on Linux", () => {
    const choice = chooseChromium({
      env: {},
      platform: 'linux',
      exists: files('/usr/bin/google-chrome', '/usr/bin/chromium'),
    })
    expect(choice).toEqual({ source: 'system', path: '/usr/bin/chromium' })
  })

  it.each([
    ['linux', '/usr/bin/chromium-browser'],
    ['linux', '/usr/bin/google-chrome-stable'],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['darwin', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
    ['win32', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
  ])('finds a system browser on %s at %s', (platform, path) => {
    expect(chooseChromium({ env: {}, platform, exists: files(path) })).toEqual({ source: 'system', path })
  })

  it('looks only at the paths of the platform it runs on', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(chooseChromium({ env: {}, platform: 'linux', exists: files(mac) })).toEqual({
      source: '@sparticuz/chromium',
    })
  })

  it('falls back to the Chromium inside @sparticuz/chromium when there is no other browser', () => {
    for (const platform of [...Object.keys(SYSTEM_CHROMIUM_PATHS), 'freebsd'])
      expect(chooseChromium({ env: {}, platform, exists: () => false })).toEqual({
        source: '@sparticuz/chromium',
      })
  })
})

describe('isExecutableFile', () => {
  it('counts an executable regular file, but not a device, a folder, a plain file or nothing', () => {
    expect(isExecutableFile(process.execPath)).toBe(true)
    expect(isExecutableFile('/dev/null')).toBe(false) // how the tests hide /usr/bin/chromium (bind mount)
    expect(isExecutableFile('/usr')).toBe(false)
    expect(isExecutableFile(new URL(import.meta.url).pathname)).toBe(false)
    expect(isExecutableFile('/no/such/browser')).toBe(false)
  })
})
