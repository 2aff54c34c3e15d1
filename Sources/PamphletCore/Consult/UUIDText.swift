#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A UUID's canonical text form (8-4-4-4-12 hex digits), read in either case and
/// written in lower case, as Pamphlet stores ids. Foundation's `UUID(uuidString:)`
/// goes through `sscanf` and `uuidString` through `snprintf`: together a seventh
/// of `requests list` at 50,000 requests.
enum UUIDText {
    /// The first `count` characters of the lower-case text form (36 for all of it).
    static func lowercase(_ uuid: UUID, count: Int = 36) -> String {
        let digits: StaticString = "0123456789abcdef"
        return withUnsafeBytes(of: uuid.uuid) { raw in
            String(unsafeUninitializedCapacity: 36) { output in
                var written = 0
                for (index, byte) in raw.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        output[written] = UInt8(ascii: "-")
                        written += 1
                    }
                    output[written] = digits.utf8Start[Int(byte >> 4)]
                    output[written + 1] = digits.utf8Start[Int(byte & 0x0F)]
                    written += 2
                }
                return min(count, written)
            }
        }
    }

    static func parse(_ text: String) -> UUID? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(parse) ?? nil
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard bytes.count == 36 else { return nil }
        var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let valid = withUnsafeMutableBytes(of: &uuid) { raw -> Bool in
            var byteIndex = 0
            var position = 0
            while position < 36 {
                if position == 8 || position == 13 || position == 18 || position == 23 {
                    guard bytes[position] == UInt8(ascii: "-") else { return false }
                    position += 1
                    continue
                }
                guard let high = hexValue(bytes[position]), let low = hexValue(bytes[position + 1]) else { return false }
                raw[byteIndex] = high << 4 | low
                byteIndex += 1
                position += 2
            }
            return true
        }
        return valid ? UUID(uuid: uuid) : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
