/// How each model value is kept in the build cache. Every stored property is written, in
/// declaration order; `CacheCodingTests` counts them, so a property added to a type and
/// forgotten here fails the suite instead of being lost between builds.

extension SourceLocation: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(file)
        writer.write(line)
        writer.write(column)
        writer.write(sheet)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(file: try reader.string(), line: try reader.optionalInt(), column: try reader.optionalInt())
        sheet = try reader.optionalString()
    }
}

extension LocalizedText: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(vi)
        writer.write(en)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(vi: try reader.string(), en: try reader.string())
    }
}

extension Diagnostic: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(raw: severity)
        writer.write(location)
        writer.write(message)
        writer.write(hint)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(try reader.raw(Severity.self), at: try reader.value(), try reader.value(), hint: try reader.optional())
    }
}

extension Day: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        guard let day = Day(year: try reader.int(), month: try reader.int(), day: try reader.int()) else {
            throw CacheReader.Damaged()
        }
        self = day
    }
}

extension MarkdownSource: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(text)
        writer.write(start)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(text: try reader.string(), start: try reader.value())
    }
}

extension Province: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(slug)
        writer.write(name)
        writer.write(code)
        writer.write(region)
        writer.write(mergedInto)
        writer.write(mergedOn)
        writer.write(body)
        writer.write(location)
        writer.write(fieldLocations)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(slug: try reader.string(), name: try reader.string(), code: try reader.optionalString(),
                  region: try reader.optionalString(), mergedInto: try reader.optionalString(),
                  mergedOn: try reader.optional(), body: try reader.value(), location: try reader.value())
        fieldLocations = try reader.dictionary()
    }
}

extension Plan: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(slug)
        writer.write(title)
        writer.write(number)
        writer.write(issued)
        writer.write(issuer)
        writer.write(province)
        writer.write(scope)
        writer.write(from)
        writer.write(to)
        writer.write(source)
        writer.write(body)
        writer.write(location)
        writer.write(fieldLocations)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(slug: try reader.string(), title: try reader.string(), number: try reader.optionalString(),
                  issued: try reader.optional(), issuer: try reader.optionalString(),
                  province: try reader.optionalString(), scope: try reader.optionalString(), from: try reader.int(),
                  to: try reader.int(), source: try reader.optionalString(), body: try reader.value(),
                  location: try reader.value())
        fieldLocations = try reader.dictionary()
    }
}

extension Indicator: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(id)
        writer.write(name)
        writer.write(nameEn)
        writer.write(unit)
        writer.write(raw: direction)
        writer.write(raw: measure)
        writer.write(description)
        writer.write(decimals)
        writer.write(location)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(id: try reader.string(), name: try reader.string(), nameEn: try reader.optionalString(),
                  unit: try reader.string(), direction: try reader.raw(), measure: try reader.raw(),
                  description: try reader.optionalString(), decimals: try reader.optionalInt(),
                  location: try reader.value())
    }
}

extension Target: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(plan)
        writer.write(indicator)
        writer.write(target)
        writer.write(targetMax)
        writer.write(targetYear)
        writer.write(baseline)
        writer.write(baselineYear)
        writer.write(raw: comparator)
        writer.write(label)
        writer.write(location)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(plan: try reader.string(), indicator: try reader.string(), target: try reader.double(),
                  targetMax: try reader.optionalDouble(), targetYear: try reader.int(),
                  baseline: try reader.optionalDouble(), baselineYear: try reader.optionalInt(),
                  comparator: try reader.raw(), label: try reader.optionalString(), location: try reader.value())
    }
}

extension Observation: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(plan)
        writer.write(indicator)
        writer.write(date)
        writer.write(value)
        writer.write(source)
        writer.write(note)
        writer.write(location)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(plan: try reader.string(), indicator: try reader.string(), date: try reader.value(),
                  value: try reader.double(), source: try reader.optionalString(), note: try reader.optionalString(),
                  location: try reader.value())
    }
}
