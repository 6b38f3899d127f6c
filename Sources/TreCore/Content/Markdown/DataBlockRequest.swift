/// What a data block asks the site to generate. References (does the plan exist?) are not
/// checked here: the caller checks them and reports at `DataBlock.location`.
public enum DataBlockRequest: Sendable, Equatable {
    /// A plan's progress chart for one indicator; without a plan, the indicator compared
    /// across every plan that targets it.
    case chart(plan: String?, indicator: String)
    /// The table of a plan's targets.
    case targets(plan: String)
    /// A list of the cooperatives that match every given filter.
    case cooperatives(CooperativeFilter)
}

/// The filters of a `cooperatives` block; nil means "any".
public struct CooperativeFilter: Sendable, Equatable {
    /// A province slug or name, as written (NFC).
    public var province: String?
    /// `HTX`, `THT` or `LHHTX` (upper case, whatever case was written).
    public var kind: String?
    /// Only showcase cooperatives (`true`) or only the others (`false`).
    public var model: Bool?
    /// A sector, as written (NFC).
    public var sector: String?
    /// At most this many cooperatives; always positive.
    public var limit: Int?

    public init(province: String? = nil, kind: String? = nil, model: Bool? = nil,
                sector: String? = nil, limit: Int? = nil) {
        self.province = province
        self.kind = kind
        self.model = model
        self.sector = sector
        self.limit = limit
    }
}
