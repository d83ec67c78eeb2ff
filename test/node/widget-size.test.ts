import { describe, expect, it } from 'vitest'
import { builtAssets, gzipBytes, WIDGET_BUDGET_BYTES } from '../../src/cli/bench/widget'

describe('widget.js', () => {
  it('stays within its budget of 8 KB gzipped', () => {
    // npm test builds before running the tests; read that build.
    const widget = builtAssets(false)['widget.js'] ?? ''
    expect(widget.length).toBeGreaterThan(1000)
    expect(gzipBytes(widget)).toBeLessThanOrEqual(WIDGET_BUDGET_BYTES)
  })
})
