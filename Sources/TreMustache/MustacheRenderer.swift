/// Where rendering is: the values in scope (innermost last), the position in the list being
/// walked (for `first()`, `last()`), the indentation of the partial and the overrides of the
/// parents being expanded.
struct MustacheFrame {
    var stack: [MustacheValue]
    var position: MustachePosition?
    var indentation: String?
    var overrides: [String: MustacheTemplate]?
    var escapes = true

    func with(_ value: MustacheValue, at position: MustachePosition? = nil) -> MustacheFrame {
        var frame = self
        frame.stack.append(value)
        frame.position = position
        return frame
    }

    /// Entering a partial: its indentation adds to ours, our overrides win over its parent's
    /// own, and values are HTML-escaped again.
    func enteringPartial(indented: String?, overrides added: [String: MustacheTemplate]?) -> MustacheFrame {
        var frame = self
        frame.position = nil
        if let indented { frame.indentation = (indentation ?? "") + indented }
        if let added {
            frame.overrides = overrides.map { $0.merging(added) { outer, _ in outer } } ?? added
        }
        frame.escapes = true
        return frame
    }

    func enteringBlock(indented: String?) -> MustacheFrame {
        var frame = self
        frame.position = nil
        if let indented { frame.indentation = (indentation ?? "") + indented }
        return frame
    }
}

/// The place of an item in the list a section walks: what `first()`, `last()`, `index()`,
/// `even()` and `odd()` read.
struct MustachePosition {
    var first: Bool
    var last: Bool
    var index: Int

    func transform(_ name: String) -> MustacheValue? {
        switch name {
        case "first": .bool(first)
        case "last": .bool(last)
        case "index": .int(index)
        case "even": .bool(index & 1 == 0)
        case "odd": .bool(index & 1 == 1)
        default: nil
        }
    }
}

/// Walks a template's steps over a value.
struct MustacheRenderer {
    let library: MustacheLibrary
    let recorder: MustacheRecorder?

    func render(_ template: MustacheTemplate, _ frame: MustacheFrame, into out: inout String) {
        var frame = frame
        guard let indentation = frame.indentation, !indentation.isEmpty else {
            for step in template.steps { render(step, &frame, into: &out) }
            return
        }
        // Inside an indented partial every piece that starts a line gets the indentation.
        var local = ""
        for step in template.steps {
            var piece = ""
            render(step, &frame, into: &piece)
            if !piece.isEmpty, local.last == "\n" { local += indentation }
            local += piece
        }
        out += local
    }

    func render(_ step: MustacheStep, _ frame: inout MustacheFrame, into out: inout String) {
        switch step {
        case .text(let text):
            out += text
        case .value(let name, let escaped):
            guard let text = resolve(name, frame)?.text else { return }
            out += escaped && frame.escapes ? library.escape(text) : text
        case .section(let name, let inner):
            switch resolve(name, frame) {
            case .list(let items)?:
                for (index, item) in items.enumerated() {
                    let position = MustachePosition(first: index == 0, last: index == items.count - 1, index: index)
                    render(inner, frame.with(item, at: position), into: &out)
                }
            case .bool(let bool)?:
                if bool { render(inner, frame, into: &out) }
            case let value?:
                render(inner, frame.with(value), into: &out)
            case nil:
                break
            }
        case .inverted(let name, let inner):
            switch resolve(name, frame) {
            case .list(let items)?:
                if items.isEmpty { render(inner, frame.with(.list(items)), into: &out) }
            case .bool(let bool)?:
                if !bool { render(inner, frame, into: &out) }
            case .some:
                break
            case nil:
                render(inner, frame, into: &out)
            }
        case .block(let name, let fallback, let indentation):
            render(frame.overrides?[name] ?? fallback, frame.enteringBlock(indented: indentation), into: &out)
        case .blockDefinition:
            break
        case .partial(let name, let indentation, let overrides):
            guard let template = library.template(named: name) else { return }
            render(template, frame.enteringPartial(indented: indentation, overrides: overrides), into: &out)
        case .dynamicPartial(let name, let indentation, let overrides):
            guard case .string(let named)? = resolve(name, frame), let template = library.template(named: named) else { return }
            render(template, frame.enteringPartial(indented: indentation, overrides: overrides), into: &out)
        case .escaping(let escapes):
            frame.escapes = escapes
        }
    }

    /// The value a name stands for: its first part is looked up from the innermost value
    /// outwards, the rest only inside what that found. `null` counts as found (it stops the
    /// climb) but shows and tests as missing.
    func resolve(_ name: MustacheName, _ frame: MustacheFrame) -> MustacheValue? {
        var transforms = name.transforms[...]
        var value: MustacheValue?
        if name.readsPosition {
            guard let position = frame.position, let transform = transforms.popLast() else { return record(name, nil) }
            value = position.transform(transform)
        } else if name.path.isEmpty {
            value = frame.stack.last
        } else if name.anchored {
            value = frame.stack.last.flatMap { descend(name.path[...], from: $0) }
        } else {
            let head = name.path[0]
            for scope in frame.stack.reversed() {
                if let found = scope.child(named: head) {
                    value = descend(name.path.dropFirst(), from: found)
                    break
                }
            }
        }
        record(name, value)
        guard var current = value else { return nil }
        if case .null = current { return nil }
        while let transform = transforms.popLast() {
            guard let next = current.transform(transform) else { return nil }
            current = next
        }
        return current
    }

    @discardableResult
    private func record(_ name: MustacheName, _ value: MustacheValue?) -> MustacheValue? {
        if let recorder, value != nil { recorder.found(name.spelled) }
        return value
    }

    private func descend(_ path: ArraySlice<String>, from value: MustacheValue) -> MustacheValue? {
        var current = value
        for part in path {
            guard let next = current.child(named: part) else { return nil }
            current = next
        }
        return current
    }
}
