// swift-tools-version:6.0
import PackageDescription

// Verbatim: customer comments in, sentiment, recurring issues and ranked action points out.
//
// - `Verbatim` (library): every stage of the pipeline, embeddable in a Swift service.
// - `verbatim` (executable, target `VerbatimCLI`): argument parsing, stage wiring, exit codes.
// - `EmbedDefaults` + `EmbedDefaultsPlugin`: a build-tool plugin that compiles the files under
//   `stopwords/` and `corpora/` (lexicons, concept lists; not the sample dumps) into the library,
//   so a copied binary keeps its defaults.
let package = Package(
    name: "Verbatim",
    products: [
        .library(name: "Verbatim", targets: ["Verbatim"]),
        .executable(name: "verbatim", targets: ["VerbatimCLI"]),
    ],
    targets: [
        .executableTarget(
            name: "EmbedDefaults",
            path: "Sources/EmbedDefaults"
        ),
        .plugin(
            name: "EmbedDefaultsPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedDefaults"],
            path: "Sources/EmbedDefaultsPlugin"
        ),
        .target(
            name: "Verbatim",
            path: "Sources/Verbatim",
            plugins: ["EmbedDefaultsPlugin"]
        ),
        .executableTarget(
            name: "VerbatimCLI",
            dependencies: ["Verbatim"],
            path: "Sources/VerbatimCLI"
        ),
        .testTarget(
            name: "VerbatimTests",
            dependencies: ["Verbatim", "VerbatimCLI"],
            path: "Tests/VerbatimTests",
            exclude: ["Snapshots"]
        ),
    ]
)
