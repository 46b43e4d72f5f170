import ArgumentParser
import CareMapKit

/// The formats `caremap export` and the editor's `:export` write.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case dot, json

    func export(_ map: CareMap) -> String {
        switch self {
        case .dot: DOTExporter.export(map)
        case .json: JSONExporter.export(map)
        }
    }
}
