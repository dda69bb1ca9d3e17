/// The data files compiled into the library by the `EmbedDefaultsPlugin` build tool.
///
/// Paths are relative to the package root, e.g. `stopwords/english.txt`.
public enum DefaultData {
    /// The paths of all embedded files, sorted.
    public static var paths: [String] { EmbeddedDefaults.files.keys.sorted() }

    /// The text of the embedded file at `path`, or nil.
    public static func text(at path: String) -> String? { EmbeddedDefaults.files[path] }

    /// The texts of the embedded files under `folder`, sorted by path.
    public static func texts(under folder: String) -> [(path: String, text: String)] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return paths.filter { $0.hasPrefix(prefix) }.map { ($0, EmbeddedDefaults.files[$0]!) }
    }
}
