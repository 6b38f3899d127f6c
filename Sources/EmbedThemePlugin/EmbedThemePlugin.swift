import Foundation
import PackagePlugin

/// Embeds the default theme (`Templates/`) into TreCore, so `tre` carries its theme
/// wherever the binary is copied.
@main
struct EmbedThemePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTheme.swift")
        var inputs: [URL] = []
        if let files = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: nil) {
            for case let url as URL in files where !url.hasDirectoryPath {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding theme from Templates/",
                executable: try context.tool(named: "tre-embed-theme").url,
                arguments: [theme.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            )
        ]
    }
}
