import Foundation
import Testing

@testable import TermFlow

/// The shipped workflows: each checks clean, is already formatted, and reproduces its notice.
struct WorkflowTests {
  static let files = ["fjut-2018-retake.flow", "czie-retake.flow", "bzmc-tuition.flow"]

  @Test(arguments: files)
  func checksClean(_ name: String) {
    let out = Driver.check([Golden.workflow(name)], format: .text)
    #expect(out.exitCode == 0)
    #expect(out.stdout == "checked 1 file: no problems\n", "\(out.stdout)")
  }

  @Test(arguments: files)
  func isFormatted(_ name: String) {
    let file = Golden.workflow(name)
    #expect(Driver.format(file).text == String(decoding: file.bytes, as: UTF8.self))
  }

  @Test func fjutReproducesTheNoticesDates() throws {
    let a = Analysis(file: Golden.workflow("fjut-2018-retake.flow"))
    let timeline = try #require(a.timeline)
    let dues = timeline.steps.filter { $0.kind == .step }.map { $0.due?.date.description ?? "-" }
    #expect(Set(dues) == ["2018-09-16", "2018-09-23", "2018-09-26", "2018-09-28", "2018-09-30"])
    #expect(dues == dues.sorted())
    let payment = try #require(timeline.steps.first { $0.kind == .payment })
    #expect(payment.start?.date.description == "2018-09-26")
    #expect(payment.due?.date.description == "2018-09-28")
  }

  @Test func czieAssignsAtLeastSevenWorkingDaysAfterClose() throws {
    let a = Analysis(file: Golden.workflow("czie-retake.flow"))
    let steps = try #require(a.timeline).steps
    let close = try #require(steps.first { $0.id == "报名截止" }?.due?.date)
    let assign = try #require(steps.first { $0.id == "落实重修任务" }?.due?.date)
    let cal = try #require(a.calendar)
    let working = (1...(assign.dayNumber - close.dayNumber)).filter { cal.isWorkingDay(close.adding(days: $0)) }.count
    #expect(working == 7)
    #expect(assign.description == "2023-10-09")
  }

  @Test(arguments: files)
  func checkIsDeterministic(_ name: String) {
    let a = Driver.check([Golden.workflow(name)], format: .json)
    let b = Driver.check([Golden.workflow(name)], format: .json)
    #expect(a == b)
  }
}
