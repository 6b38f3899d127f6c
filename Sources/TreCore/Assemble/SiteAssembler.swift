/// Joins the content into a `Site`, checking every reference between files: provinces that
/// merge into provinces, plans of provinces, stories of cooperatives, updates, data blocks and
/// links in Markdown bodies, and reports.
public enum SiteAssembler {
    public static func assemble(_ content: SiteContent, cache: BuildCache? = nil) -> (site: Site, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let checker = ReferenceChecker(content: content)
        checker.checkMergers(&diagnostics)
        checker.checkPlans(&diagnostics)
        checker.checkStories(&diagnostics)
        checker.checkUpdates(&diagnostics)
        checker.checkProgressRows(&diagnostics)
        var site = Site(content: content, asOf: reportingDate(content), cache: cache)
        ReportChecker(site: site).check(&diagnostics)
        site.dataBlockRequests = BodyChecker(site: site, cache: cache).check(&diagnostics)
        return (site, diagnostics)
    }

    /// `as_of` from site.yml, else the latest progress date, else the latest date the
    /// content mentions, so that a build never depends on the clock.
    static func reportingDate(_ content: SiteContent) -> Day {
        if let asOf = content.config.asOf { return asOf }
        if let latest = content.observations.map(\.date).max() { return latest }
        let dates = content.updates.map(\.date) + content.plans.compactMap(\.issued)
        if let latest = dates.max() { return latest }
        let year = content.plans.map(\.from).max() ?? 2025
        return Day.endOf(year: year) ?? Day(year: 2025, month: 12, day: 31)!
    }
}
