import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import TreCore
import XCTest

final class BackgroundWorkTests: XCTestCase {
    /// Every index is worked on exactly once, on threads below ordinary priority.
    func testEachIndexOnceAtALowerPriority() {
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var counts = [Int](repeating: 0, count: 1000)
            var priorities = Set<Int32>()
        }
        let seen = Seen()
        BackgroundWork.perform(iterations: 1000) { index in
            #if os(Linux)
            let priority = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(testThreadID()))
            #else
            let priority = BackgroundWork.niceness
            #endif
            seen.lock.withLock {
                seen.counts[index] += 1
                seen.priorities.insert(priority)
            }
        }
        XCTAssertEqual(Set(seen.counts), [1])
        XCTAssertEqual(seen.priorities, [BackgroundWork.niceness])
        BackgroundWork.perform(iterations: 0) { _ in XCTFail("nothing to do") }
    }
}

#if os(Linux)
@_silgen_name("gettid")
private func testThreadID() -> Int32
#endif
