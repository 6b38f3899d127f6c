/// The register and the pages beside it, in the build cache (see `CacheCoding+Model.swift`).

extension Cooperative: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(id)
        writer.write(name)
        writer.write(raw: kind)
        writer.write(province)
        writer.write(locality)
        writer.write(sector)
        writer.write(founded)
        writer.write(members)
        writer.write(revenue)
        writer.write(raw: rating)
        writer.write(ocopStars)
        writer.write(certifications)
        writer.write(products)
        writer.write(valueChain)
        writer.write(highTech)
        writer.write(digital)
        writer.write(isModel)
        writer.write(website)
        writer.write(story)
        writer.write(location)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(id: try reader.string(), name: try reader.string(), kind: try reader.raw(),
                  province: try reader.string(), location: SourceLocation(file: ""))
        locality = try reader.optionalString()
        sector = try reader.optionalString()
        founded = try reader.optionalInt()
        members = try reader.optionalInt()
        revenue = try reader.optionalDouble()
        rating = try reader.optionalRaw()
        ocopStars = try reader.optionalInt()
        certifications = try reader.strings()
        products = try reader.strings()
        valueChain = try reader.bool()
        highTech = try reader.bool()
        digital = try reader.bool()
        isModel = try reader.bool()
        website = try reader.optionalString()
        story = try reader.optional()
        location = try reader.value()
    }
}

extension Story: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(id)
        writer.write(photos)
        writer.write(photoAlts)
        writer.write(quote)
        writer.write(quoteBy)
        writer.write(body)
        writer.write(location)
        writer.write(fieldLocations)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        let id = try reader.string(), photos = try reader.strings(), alts = try reader.stringDictionary()
        let quote = try reader.optionalString(), quoteBy = try reader.optionalString()
        self.init(id: id, body: try reader.value(), location: try reader.value())
        self.photos = photos
        photoAlts = alts
        self.quote = quote
        self.quoteBy = quoteBy
        fieldLocations = try reader.dictionary()
    }
}

extension Update: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(slug)
        writer.write(title)
        writer.write(date)
        writer.write(province)
        writer.write(plan)
        writer.write(author)
        writer.write(summary)
        writer.write(image)
        writer.write(imageAlt)
        writer.write(body)
        writer.write(location)
        writer.write(fieldLocations)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        let slug = try reader.string(), title = try reader.string(), date: Day = try reader.value()
        let province = try reader.optionalString(), plan = try reader.optionalString()
        let author = try reader.optionalString(), summary = try reader.optionalString()
        let image = try reader.optionalString(), imageAlt = try reader.optionalString()
        self.init(slug: slug, title: title, date: date, body: try reader.value(), location: try reader.value())
        self.province = province
        self.plan = plan
        self.author = author
        self.summary = summary
        self.image = image
        self.imageAlt = imageAlt
        fieldLocations = try reader.dictionary()
    }
}

extension Report.Signer: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(authority)
        writer.write(title)
        writer.write(name)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(authority: try reader.optionalString(), title: try reader.optionalString(),
                  name: try reader.optionalString())
    }
}

extension Report: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(slug)
        writer.write(title)
        writer.write(date)
        writer.write(plans)
        writer.write(planLocations)
        writer.write(periodFrom)
        writer.write(periodTo)
        writer.write(number)
        writer.write(issuer)
        writer.write(place)
        writer.write(kind)
        writer.write(signer)
        writer.write(recipients)
        writer.write(province)
        writer.write(body)
        writer.write(location)
        writer.write(fieldLocations)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        let slug = try reader.string(), title = try reader.string(), date: Day = try reader.value()
        let plans = try reader.strings(), planLocations: [SourceLocation] = try reader.array()
        let periodFrom: Day? = try reader.optional(), periodTo: Day? = try reader.optional()
        let number = try reader.optionalString(), issuer = try reader.strings()
        let place = try reader.optionalString(), kind = try reader.optionalString()
        let signer: Signer? = try reader.optional(), recipients = try reader.strings()
        let province = try reader.optionalString()
        self.init(slug: slug, title: title, date: date, plans: plans, body: try reader.value(), location: try reader.value())
        self.planLocations = planLocations
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.number = number
        self.issuer = issuer
        self.place = place
        self.kind = kind
        self.signer = signer
        self.recipients = recipients
        self.province = province
        fieldLocations = try reader.dictionary()
    }
}
