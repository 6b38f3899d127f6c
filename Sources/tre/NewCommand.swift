import ArgumentParser

/// `tre new …`: starting points written into a content folder.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Tạo sẵn tệp để bắt đầu / Write starting files.",
        subcommands: [NewSiteCommand.self, NewUpdateCommand.self, NewPlanCommand.self, NewProvinceCommand.self,
                      NewStoryCommand.self, NewWorkbookCommand.self])
}
