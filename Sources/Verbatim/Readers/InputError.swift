/// An input problem that stops reading: each case names the file, and the line where known.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is missing, a directory, or cannot be read.
    case unreadable(path: String, reason: String)
    /// The options do not fit the file (a column that is not in the header).
    case badColumns(SourceLocation, reason: String)
    /// A malformed record under `--strict`.
    case malformed(MalformedRecord)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .badColumns(let location, let reason): "\(location): \(reason)"
        case .malformed(let record): record.description
        }
    }
}
