import ArgumentParser
import Foundation

@main
struct Tre: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tre",
        abstract: "Tre: trang web và sổ tay kế hoạch phát triển hợp tác xã / cooperative plan sites and handbooks.",
        version: Tre.version,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, HandbookCommand.self, ReportCommand.self,
                      NewCommand.self, BenchCommand.self]
    )

    /// What `tre --version` prints: the release, and the content format it reads.
    static let version = "tre 0.15.0 (định dạng nội dung / content format 1.1)"

    /// Exit codes: 0 success, 1 content errors, 2 wrong usage (not ArgumentParser's 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
