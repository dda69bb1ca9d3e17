/// Renders a ``Report`` as a document.
public protocol Reporter: Sendable {
    /// The report as text.
    func render(_ report: Report) -> String
}
