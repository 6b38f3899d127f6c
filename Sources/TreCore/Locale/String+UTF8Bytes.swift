extension String {
    /// Calls `body` with the string's UTF-8 bytes: in place for a native string (every string
    /// Tre makes), through a copy otherwise.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
