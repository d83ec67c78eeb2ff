/** KV did not answer, or failed: the caller should retry later (HTTP 503). */
export class StorageUnavailable extends Error {
  constructor(operation: string, cause: unknown) {
    super(`storage ${operation} failed`, { cause })
    this.name = 'StorageUnavailable'
  }
}

/** KV holds a value that does not match its schema (never shown to clients). */
export class StoredDataInvalid extends Error {
  constructor(key: string, cause: unknown) {
    super(`stored value at ${key} does not match its schema`, { cause })
    this.name = 'StoredDataInvalid'
  }
}

/** Runs a KV call, turning its failures into StorageUnavailable. */
export async function kvCall<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw new StorageUnavailable(operation, error)
  }
}
