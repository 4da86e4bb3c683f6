import Testing

@testable import TermFlow

/// Fixtures/layout: bad exports (NAME.flow over the folder NAME/), what a noisy export's report says it
/// left out, and the registrar and 强智 examples' run, explain and inspect.
enum LayoutGoldens {
  static var goldens: [String] {
    Golden.cases("layout") + ["non-data-report", "qiangzhi-inspect", "qiangzhi-run"]
      + RegistrarExampleTests.explained.map { "registrar-explain-\($0)" }
      + ["registrar-inspect", "registrar-run", "title-rows-inspect"]
  }

  static func golden(_ name: String) -> String {
    switch name {
    case "non-data-report": return NonDataRowsTests.report()
    case "qiangzhi-inspect": return QiangzhiExampleTests.inspect().stdout
    case "qiangzhi-run": return QiangzhiExampleTests.exampleRun().stdout
    case "registrar-inspect": return RegistrarExampleTests.inspectOutput().stdout
    case "registrar-run": return RegistrarExampleTests.runOutput().stdout
    case "title-rows-inspect": return RegistrarExampleTests.titleRowsInspectOutput().stdout
    case _ where name.hasPrefix("registrar-explain-"):
      return RegistrarExampleTests.explainOutput(String(name.dropFirst("registrar-explain-".count))).stdout
    default: return LayoutTests.badExport(name)
    }
  }
}
