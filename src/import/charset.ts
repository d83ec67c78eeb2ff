/**
 * Bytes of a page → text, in the charset the page declares: a byte-order mark first, then the
 * Content-Type header's `charset`, then a `<meta charset>` or `<meta http-equiv="Content-Type">` in the
 * first 1,024 bytes (the HTML standard's prescan window), else UTF-8. Labels are resolved by the
 * platform's TextDecoder (the WHATWG Encoding standard, where `iso-8859-1` and `latin1` mean
 * windows-1252); a label it does not know falls back to UTF-8.
 */

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i

/** The charset label named in a Content-Type header, or null. */
export function headerCharset(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)
  return match?.[1]?.toLowerCase() ?? null
}

/** The charset label a page's first 1,024 bytes declare in a meta element, or null. */
export function metaCharset(bytes: Uint8Array): string | null {
  // Every charset label and the markup around it is ASCII, which every ASCII-compatible charset shares.
  let head = ''
  for (const byte of bytes.subarray(0, 1024)) head += String.fromCharCode(byte)
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return null
}

function decoderFor(label: string | null): TextDecoder | null {
  if (label === null) return null
  try {
    return new TextDecoder(label)
  } catch {
    return null
  }
}

/** Decodes a page's bytes in its declared charset; returns the text and the charset used. */
export function decodePage(bytes: Uint8Array, contentType = ''): { text: string; charset: string } {
  const decoder =
    decoderFor(bomCharset(bytes)) ??
    decoderFor(headerCharset(contentType)) ??
    decoderFor(metaCharset(bytes)) ??
    new TextDecoder('utf-8')
  return { text: decoder.decode(bytes), charset: decoder.encoding }
}
