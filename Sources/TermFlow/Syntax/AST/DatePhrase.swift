/// A date as written in a workflow: ISO, Chinese (`9月16日`, `2018年9月16日`), or a teaching-week
/// phrase (`week 2 sun`, `第2周星期日`), optionally both (`9月16日（第2周星期日）`).
struct DatePhrase: Sendable {
  enum Kind: Sendable, Equatable {
    /// A calendar date; `year` is nil when the phrase leaves it to the term.
    case calendar(year: Int?, month: Int, day: Int, stated: WeekRef?)
    /// A teaching week and weekday only.
    case week(WeekRef)
  }
  var kind: Kind
  /// The literal as written, printed back by `fmt` and in messages.
  var literal: String
  var range: SourceRange
}

/// Teaching week N (1-based) and ISO weekday (1 = Monday … 7 = Sunday).
struct WeekRef: Hashable, Sendable {
  var week: Int
  var weekday: Int
}

/// A time of day; 24:00 means the end of the day.
struct TimeOfDay: Hashable, Sendable, Comparable {
  var hour: Int
  var minute: Int
  var range: SourceRange

  var minutes: Int { hour * 60 + minute }
  var text: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }
  static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }
}

/// A date expression in a step or payment: a phrase, or an offset from another step's due.
struct DateExpr: Sendable {
  enum Kind: Sendable {
    case phrase(DatePhrase)
    /// `N working days after STEP`, `N days after STEP`.
    case relative(amount: Int, workingDays: Bool, anchor: Name)
  }
  var kind: Kind
  var time: TimeOfDay?
  var range: SourceRange
}

/// A length of time: `20 minutes`, `2 working days`.
struct Duration: Hashable, Sendable {
  enum Unit: String, Sendable {
    case minutes, hours, days
    case workingDays = "working days"
  }
  var amount: Int
  var unit: Unit
  var range: SourceRange

  /// As a notice says it: `20分钟`, `2个工作日`.
  var chinese: String {
    switch unit {
    case .minutes: return "\(amount)分钟"
    case .hours: return "\(amount)小时"
    case .days: return "\(amount)天"
    case .workingDays: return "\(amount)个工作日"
    }
  }

  /// Canonical text (`20 minutes`, `1 working day`).
  var text: String {
    let singular = amount == 1
    switch unit {
    case .minutes: return "\(amount) \(singular ? "minute" : "minutes")"
    case .hours: return "\(amount) \(singular ? "hour" : "hours")"
    case .days: return "\(amount) \(singular ? "day" : "days")"
    case .workingDays: return "\(amount) \(singular ? "working day" : "working days")"
    }
  }
}
