/// CareMapKit: the care-map model, the `.caremap` plain-text format, validation and exporters.
///
/// Pure Swift and Foundation only, so the command line, the editor and the tests share one model
/// and nothing here can touch a terminal.
public enum CareMapKitVersion {
    /// The `.caremap` format version this build reads and writes (`caremap 1` on line one).
    public static let formatVersion = 1
}
