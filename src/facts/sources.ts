import type { SourceCitation } from '../schema'
export function extractSources(_ctx: unknown): SourceCitation[] {
  return []
}
