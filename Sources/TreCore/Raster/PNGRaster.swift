import CRSVG
import Foundation

/// SVG text in, PNG bytes out, in this process: librsvg draws into a cairo image and
/// `PNGEncoder` writes the PNG. A pure function of its input on a given machine (no clock, no file, the
/// same bytes every time); text is set with the fonts fontconfig finds for the charts' font
/// stack (Noto Sans, DejaVu Sans: both have every Vietnamese letter).
///
/// In-process rather than a program started per picture: a 1200 × 630 chart costs about
/// 55 ms of CPU here against about 135 ms for `rsvg-convert`, most of which is starting the
/// program and loading its fonts (see the README): minutes over the thousands of share images
/// of a national site.
public enum PNGRaster {
    public enum Failure: Error, Equatable, Sendable {
        /// librsvg could not read the SVG (the message is librsvg's).
        case unreadable(String)
        /// Drawing or encoding failed (the message is cairo's or librsvg's).
        case drawing(String)
        /// The size is empty or too large (over 8192 × 8192).
        case size(Int, Int)
    }

    /// The largest side drawn, so a mistaken size cannot ask for gigabytes.
    public static let maximumSide = 8192

    /// The SVG's own size in user units: its `viewBox`, else its `width` and `height` in
    /// pixels; nil when it has neither.
    public static func size(of svg: String) -> (width: Double, height: Double)? {
        guard let handle = try? load(svg) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        var hasWidth: gboolean = 0, hasHeight: gboolean = 0, hasViewBox: gboolean = 0
        var width = RsvgLength(), height = RsvgLength(), viewBox = RsvgRectangle()
        rsvg_handle_get_intrinsic_dimensions(handle, &hasWidth, &width, &hasHeight, &height, &hasViewBox, &viewBox)
        if hasViewBox != 0, viewBox.width > 0, viewBox.height > 0 { return (viewBox.width, viewBox.height) }
        var pixelsWide = 0.0, pixelsHigh = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &pixelsWide, &pixelsHigh) != 0, pixelsWide > 0, pixelsHigh > 0 {
            return (pixelsWide, pixelsHigh)
        }
        return nil
    }

    /// Draws `svg` scaled to fit `width` × `height` pixels (aspect kept, centred) over
    /// `background` (opaque RGB, 0–255 each; nil keeps transparency), and encodes it as PNG.
    public static func png(svg: String, width: Int, height: Int,
                           background: (red: UInt8, green: UInt8, blue: UInt8)? = (255, 255, 255)) throws(Failure) -> Data {
        guard width > 0, height > 0, width <= maximumSide, height <= maximumSide else { throw .size(width, height) }
        let handle = try load(svg)
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw .drawing("cairo_image_surface_create")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cairo = cairo_create(surface) else { throw .drawing("cairo_create") }
        defer { cairo_destroy(cairo) }
        if let background {
            cairo_set_source_rgb(cairo, Double(background.red) / 255, Double(background.green) / 255,
                                 Double(background.blue) / 255)
            cairo_paint(cairo)
        }
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(width), height: Double(height))
        var error: UnsafeMutablePointer<GError>?
        guard rsvg_handle_render_document(handle, cairo, &viewport, &error) != 0 else {
            throw .drawing(message(error))
        }
        let status = cairo_status(cairo)
        guard status == CAIRO_STATUS_SUCCESS else { throw .drawing(String(cString: cairo_status_to_string(status))) }
        cairo_surface_flush(surface)
        guard let pixels = cairo_image_surface_get_data(surface),
              let png = PNGEncoder.encode(pixels: pixels, width: width, height: height,
                                          stride: Int(cairo_image_surface_get_stride(surface)), opaque: background != nil)
        else { throw .drawing("PNG encoding") }
        return png
    }

    /// A width in pixels and the height that keeps the SVG's proportions.
    public static func png(svg: String, width: Int) throws(Failure) -> Data {
        guard let size = size(of: svg) else { throw .unreadable("no viewBox, width or height") }
        let height = max(1, Int((Double(width) * size.height / size.width).rounded()))
        return try png(svg: svg, width: width, height: height)
    }

    static func load(_ svg: String) throws(Failure) -> UnsafeMutablePointer<RsvgHandle> {
        var error: UnsafeMutablePointer<GError>?
        let bytes = Array(svg.utf8)
        let handle = bytes.withUnsafeBufferPointer { buffer in
            rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
        }
        guard let handle else { throw .unreadable(message(error)) }
        return handle
    }

    static func message(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "unknown error" }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    }
}
