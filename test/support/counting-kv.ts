/** Counts the calls made on a KV binding: a counter around the real binding (workerd's KV), not a fake. */
export function countingKv(
  kv: KVNamespace,
  calls: Record<string, number> = {},
): { kv: KVNamespace; calls: Record<string, number> } {
  const proxy = new Proxy(kv, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        calls[String(prop)] = (calls[String(prop)] ?? 0) + 1
        return value.apply(target, args)
      }
    },
  })
  return { kv: proxy, calls }
}
