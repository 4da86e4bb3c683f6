/// A date as written in a workflow: ISO, Chinese (`9月16日`, `2018年9月16日`), or a teaching-week
/// phrase (`week 2 sun`, `第2周星期日`), optionally both (`9月16日（第2周星期日）`).
struct DatePhrase: Sendable {
  /// Every day the phrase names, the first one first.
  var kinds: [Kind] { [kind] + more }

  enum Kind: Sendable, Equatable {
    /// A calendar date; `year` is nil when the phrase leaves it to the term.
    case calendar(year: Int?, month: Int, day: Int, stated: WeekRef?)
    /// A teaching week and weekday only.
    case week(WeekRef)
  }
  var kind: Kind
  /// The other days of a list (`3月29日、30日`, `第6周周三、周四（3月29日、3月30日）`), in order; `kind`
  /// is the first. Empty for a single date.
  var more: [Kind] = []
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
  /// As written when a notice writes it in words (`下午5点`, `上午8:30`), for `fmt`; nil for `17:00`.
  var literal: String? = nil

  var minutes: Int { hour * 60 + minute }
  var clock: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }
  var text: String { literal ?? clock }
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
  /// Written with `前` after it (`9月16日前`, `17:00前`): "by then", the same moment, kept for `fmt`.
  var before = false
  /// The end of a range written as notices write it (`9月26日到9月28日`, `9月26日至28日`): the word
  /// that joined it to the start, kept for `fmt`; nil after `..`.
  var joinedBy: String? = nil
}

/// A length of time: `20 minutes`, `4 working hours`, `2 working days`, `1 .. 2 working days` (a
/// range: done at the earliest after the first, at the latest after the second), `next working day`
/// (by the end of the working hours of the first working day after).
struct Duration: Hashable, Sendable {
  enum Unit: String, Sendable {
    case minutes, hours, days
    case workingHours = "working hours"
    case workingDays = "working days"
    case nextWorkingDay = "next working day"
  }
  var amount: Int
  var unit: Unit
  var range: SourceRange
  /// The upper end of a range (`1 .. 2 working days`), or nil.
  var upTo: Int? = nil

  /// The longest the wait may take: the range's upper end.
  var latest: Duration {
    var d = self
    d.amount = upTo ?? amount
    d.upTo = nil
    return d
  }

  /// As a notice says it: `20分钟`, `2个工作日`, `1至2个工作日`.
  var chinese: String {
    let n = upTo.map { "\(amount)至\($0)" } ?? "\(amount)"
    switch unit {
    case .minutes: return "\(n)分钟"
    case .hours: return "\(n)小时"
    case .days: return "\(n)天"
    case .workingHours: return "\(n)个工作小时"
    case .workingDays: return "\(n)个工作日"
    case .nextWorkingDay: return "下一个工作日"
    }
  }

  /// As a person reads it in `lang`.
  func said(_ lang: Language) -> String { lang == .zh ? chinese : text }

  /// Canonical text (`20 minutes`, `1 working day`, `1 .. 2 working days`).
  var text: String {
    let n = upTo.map { "\(amount) .. \($0)" } ?? "\(amount)"
    let singular = upTo == nil && amount == 1
    switch unit {
    case .minutes: return "\(n) \(singular ? "minute" : "minutes")"
    case .hours: return "\(n) \(singular ? "hour" : "hours")"
    case .days: return "\(n) \(singular ? "day" : "days")"
    case .workingHours: return "\(n) \(singular ? "working hour" : "working hours")"
    case .workingDays: return "\(n) \(singular ? "working day" : "working days")"
    case .nextWorkingDay: return "next working day"
    }
  }
}
