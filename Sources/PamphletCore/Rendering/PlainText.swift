/// Rendered lines as plain text: span texts joined, no styling and no escape
/// sequences, one line per `RenderedLine`, each ending in a newline.
/// This is what `pamphlet show` prints.
public enum PlainText {
    public static func render(_ lines: [RenderedLine]) -> String {
        var output = ""
        for line in lines {
            output += line.text
            output += "\n"
        }
        return output
    }
}
