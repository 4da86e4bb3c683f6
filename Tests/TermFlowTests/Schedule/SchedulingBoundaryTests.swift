import Testing

@testable import TermFlow

/// Scheduling facts a deliberate bug got past before: the exact day `N days after` lands on, a step
/// with several `after`s waiting for the last of them, and a postponed due keeping its time of day.
struct SchedulingBoundaryTests {
  static func timeline(_ steps: String) -> Timeline? {
    Analysis(
      file: SourceFile(
        name: "s.flow",
        text: """
          term 2023-2024-1 {
            week 1 starts 2023-09-04
            holidays official
          }
          owner o

          """ + steps
      )
    ).timeline
  }

  static func due(_ t: Timeline?, _ id: String) -> String? { t?.steps.first { $0.id == id }?.due?.iso }
  static func start(_ t: Timeline?, _ id: String) -> String? { t?.steps.first { $0.id == id }?.start?.iso }

  @Test func daysAfterLandExactly() {
    let t = Self.timeline(
      """
      step a {
        owner o
        due 2023-09-11
      }
      step b {
        owner o
        due 3 days after a
        allow day off
      }
      step c {
        owner o
        due 3 working days after a
      }

      """
    )
    #expect(Self.due(t, "b") == "2023-09-14")
    #expect(Self.due(t, "c") == "2023-09-14")
  }

  /// 2023-09-29 (中秋) to 10-06 are days off and 10-07 (Saturday) a make-up workday: 2 working days
  /// after 09-28 is 10-07, then 10-08 (a Sunday that is a make-up workday too).
  @Test func workingDaysSkipTheHolidays() {
    let t = Self.timeline(
      """
      step a {
        owner o
        due 2023-09-28
      }
      step b {
        owner o
        due 2 working days after a
      }

      """
    )
    #expect(Self.due(t, "b") == "2023-10-08")
  }

  @Test func aStepWaitsForTheLastOfItsDependencies() {
    let t = Self.timeline(
      """
      step early {
        owner o
        due 2023-09-11
      }
      step late {
        owner o
        due 2023-09-20
      }
      step next {
        owner o
        after early, late
      }

      """
    )
    // Listed first or last, the later dependency decides.
    #expect(Self.start(t, "next") ?? Self.due(t, "next") == "2023-09-20")
    let reversed = Self.timeline(
      """
      step late {
        owner o
        due 2023-09-20
      }
      step early {
        owner o
        due 2023-09-11
      }
      step next {
        owner o
        after late, early
      }

      """
    )
    #expect(Self.start(reversed, "next") ?? Self.due(reversed, "next") == "2023-09-20")
  }

  @Test func aPostponedDueKeepsItsTime() {
    let t = Self.timeline(
      """
      step a {
        owner o
        due 2023-09-24 17:00
        postpone to next working day
      }

      """
    )
    #expect(Self.due(t, "a") == "2023-09-25T17:00")
  }
}
