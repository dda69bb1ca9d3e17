import Foundation
import PackagePlugin

/// Compiles the package's default data files into the `Verbatim` library.
///
/// Every `.txt` and `.tsv` file under the top-level `stopwords/` and `corpora/` folders becomes a
/// string constant in a generated `EmbeddedDefaults.swift`, keyed by its path relative to the
/// package root (`stopwords/english.txt`). Sample dumps (`.csv`) stay out of the binary.
@main
struct EmbedDefaultsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in ["stopwords", "corpora"] {
            inputs += dataFiles(under: root.appending(path: folder))
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDefaults.swift")
        var arguments = [output.path, root.path]
        arguments += inputs.map(\.path)
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) default data files",
                executable: try context.tool(named: "EmbedDefaults").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func dataFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var found: [URL] = []
        for case let url as URL in walker where ["txt", "tsv"].contains(url.pathExtension) {
            found.append(url)
        }
        return found
    }
}
