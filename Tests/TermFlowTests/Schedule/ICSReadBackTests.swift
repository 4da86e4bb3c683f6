import Foundation
import Testing

@testable import TermFlow

/// Reads `timeline --format ics` back the way a calendar program does (RFC 5545: CRLF, unfolding,
/// properties with parameters) and checks it against the timeline it came from.
struct ICSReadBackTests {
  struct Event { var props: [String: String] = [:] }

  /// Unfolds and splits into VEVENTs; records any rule of the format the text breaks.
  static func parse(_ ics: String) -> (events: [Event], problems: [String]) {
    var problems: [String] = []
    let bytes = Array(ics.utf8)
    // Every line ends in CRLF, never a bare LF.
    for (i, b) in bytes.enumerated() where b == 10 && (i == 0 || bytes[i - 1] != 13) {
      problems.append("bare LF at byte \(i)")
    }
    let physical = ics.components(separatedBy: "\r\n")
    for l in physical where l.utf8.count > 75 { problems.append("line over 75 octets: \(l)") }
    var logical: [String] = []
    for l in physical where !l.isEmpty {
      if l.hasPrefix(" "), !logical.isEmpty {
        logical[logical.count - 1] += String(l.dropFirst())
      } else {
        logical.append(l)
      }
    }
    if logical.first != "BEGIN:VCALENDAR" || logical.last != "END:VCALENDAR" { problems.append("not one VCALENDAR") }
    var events: [Event] = []
    var current: Event?
    for l in logical {
      if l == "BEGIN:VEVENT" {
        if current != nil { problems.append("nested VEVENT") }
        current = Event()
      } else if l == "END:VEVENT" {
        if let c = current { events.append(c) } else { problems.append("END without BEGIN") }
        current = nil
      } else if current != nil, let colon = l.firstIndex(of: ":") {
        current?.props[String(l[..<colon])] = String(l[l.index(after: colon)...])
      }
    }
    return (events, problems)
  }

  static func date(_ s: String) -> CivilDate? {
    let d = Array(s.prefix(8))
    guard d.count == 8 else { return nil }
    return CivilDate(iso: String(d[0..<4]) + "-" + String(d[4..<6]) + "-" + String(d[6..<8]))
  }

  @Test(arguments: TimelineTests.dryRuns.map(\.0))
  func readsBack(_ name: String) throws {
    let file = Golden.workflow(name + ".flow")
    let ics = Driver.timeline(file: file, today: nil, owner: nil, done: nil, format: .ics).stdout
    let (events, problems) = Self.parse(ics)
    #expect(problems.isEmpty, "\(problems)")
    let steps = try #require(Analysis(file: file).timeline).steps.filter { ($0.due ?? $0.start) != nil }
    #expect(events.count == steps.count)
    #expect(Set(events.compactMap { $0.props["UID"] }).count == events.count, "UIDs must be unique")
    for (e, s) in zip(events, steps) {
      let summary = try #require(e.props["SUMMARY"])
      #expect(summary.hasPrefix(ICSWriter.escape(s.title)))
      #expect(e.props["DTSTAMP"] != nil)
      let last = try #require(s.due ?? s.start)
      if let start = e.props["DTSTART;VALUE=DATE"], let end = e.props["DTEND;VALUE=DATE"] {
        // All-day: DTEND is the day after the last day.
        #expect(Self.date(start) == (s.start?.date ?? last.date))
        #expect(Self.date(end) == last.date.adding(days: 1))
        #expect(last.minute == nil)
      } else {
        let end = try #require(e.props["DTEND"])
        let minute = try #require(last.minute)
        #expect(end.count == 15)
        #expect(Self.date(end) == (minute >= 24 * 60 ? last.date.adding(days: 1) : last.date))
        #expect(try #require(e.props["DTSTART"]) < end)
      }
    }
  }
}
