/// RFC 5545 output: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 sequence),
/// text escaped, and no wall-clock time anywhere so that reruns are byte-identical.
struct ICSWriter {
  struct Event {
    var uid: String
    var summary: String
    var description: String?
    /// All-day events: DTSTART;VALUE=DATE and an exclusive DTEND.
    var firstDay: CivilDate
    var lastDay: CivilDate
    /// When set, a timed event ending at this minute of `lastDay` (floating local time).
    var endMinute: Int?
  }

  /// `stamp` is a date taken from the input (the term's week 1), used as DTSTAMP.
  static func render(calendarName: String, stamp: CivilDate, events: [Event]) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//termflow//termflow//ZH", "CALSCALE:GREGORIAN",
      "X-WR-CALNAME:" + escape(calendarName),
    ]
    let dtstamp = compact(stamp) + "T000000Z"
    for e in events {
      lines.append("BEGIN:VEVENT")
      lines.append("UID:" + e.uid)
      lines.append("DTSTAMP:" + dtstamp)
      if let m = e.endMinute {
        let end =
          m >= 24 * 60 ? compact(e.lastDay.adding(days: 1)) + "T000000" : compact(e.lastDay) + "T" + hhmm(m) + "00"
        let startDay =
          e.firstDay == e.lastDay && m < 24 * 60
          ? compact(e.firstDay) + "T" + hhmm(max(0, m - 60)) + "00"
          : compact(e.firstDay) + "T000000"
        lines.append("DTSTART:" + startDay)
        lines.append("DTEND:" + end)
      } else {
        lines.append("DTSTART;VALUE=DATE:" + compact(e.firstDay))
        lines.append("DTEND;VALUE=DATE:" + compact(e.lastDay.adding(days: 1)))
      }
      lines.append("SUMMARY:" + escape(e.summary))
      if let d = e.description { lines.append("DESCRIPTION:" + escape(d)) }
      lines.append("END:VEVENT")
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  static func compact(_ d: CivilDate) -> String { String(d.description.filter { $0 != "-" }) }

  private static func hhmm(_ m: Int) -> String {
    let h = m / 60, mm = m % 60
    return (h < 10 ? "0" : "") + "\(h)" + (mm < 10 ? "0" : "") + "\(mm)"
  }

  /// RFC 5545 TEXT escapes, by scalar: a backslash with a combining mark after it, or a CR LF, is one
  /// Character but still two scalars to escape (the bug `Markup` had).
  static func escape(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var lastCR = false
    for c in s.unicodeScalars {
      defer { lastCR = c == "\r" }
      switch c {
      case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
      case ";": out.append(contentsOf: "\\;".unicodeScalars)
      case ",": out.append(contentsOf: "\\,".unicodeScalars)
      case "\r": out.append(contentsOf: "\\n".unicodeScalars)
      case "\n": if !lastCR { out.append(contentsOf: "\\n".unicodeScalars) }
      default: out.append(c)
      }
    }
    return String(out)
  }

  /// Folds a content line into 75-octet pieces; continuation lines start with a space.
  static func fold(_ line: String) -> String {
    var pieces: [String] = []
    var current = ""
    var octets = 0
    for scalar in line.unicodeScalars {
      let n = String(scalar).utf8.count
      let limit = pieces.isEmpty ? 75 : 74
      if octets + n > limit {
        pieces.append(current)
        current = ""
        octets = 0
      }
      current.unicodeScalars.append(scalar)
      octets += n
    }
    pieces.append(current)
    return pieces.joined(separator: "\r\n ")
  }
}
