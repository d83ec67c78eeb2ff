/**
 * Bench section: the size of the browser code the worker serves, as a browser downloads it
 * (gzip level 9, like Cloudflare's edge at its best; brotli is smaller still). Builds first.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { BenchSection } from './types.ts'

const ROOT = new URL('../../../', import.meta.url).pathname
export const WIDGET_BUDGET_BYTES = 8 * 1024

/** The built scripts by name, read from src/generated/client-assets.ts (after building it, by default). */
export function builtAssets(build = true): Record<string, string> {
  if (build) execFileSync(process.execPath, [`${ROOT}scripts/build-client.mjs`], { stdio: 'ignore' })
  const source = readFileSync(`${ROOT}src/generated/client-assets.ts`, 'utf8')
  return JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as Record<string, string>
}

export function gzipBytes(text: string): number {
  return gzipSync(Buffer.from(text), { level: 9 }).length
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`

export async function run(): Promise<BenchSection> {
  const assets = builtAssets()
  const widget = assets['widget.js'] ?? ''
  const embed = assets['embed.js'] ?? ''
  const gz = gzipBytes(widget)
  return {
    title: 'Widget size',
    rows: [
      {
        metric: 'widget.js, gzipped',
        value: `${kb(gz)} (${gz} B; ${kb(widget.length)} minified)`,
        target: '≤ 8 KB',
        ok: widget.length > 0 && gz <= WIDGET_BUDGET_BYTES,
      },
      { metric: 'embed.js (iframe resize), gzipped', value: kb(gzipBytes(embed)), target: '', ok: null },
    ],
    notes: ['Built by scripts/build-client.mjs (esbuild, minified IIFE, es2020) and gzipped at level 9.'],
  }
}
