/// 2000 -> "2,000", as the consult form writes limits and counts; Spanish passes ".".
public func groupedDigits(_ number: Int, separator: Character = ",") -> String {
    let digits = String(number)
    var out = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, digit != "-", (digits.count - index) % 3 == 0, digits.first != "-" || index > 1 { out.append(separator) }
        out.append(digit)
    }
    return out
}
