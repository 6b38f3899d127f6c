import ArgumentParser

@main
struct Tre: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tre",
        abstract: "Build the site of cooperative development plans from Content/.",
        subcommands: []
    )
}
