/// Every name a rule may use, written once: its type, the subjects that have it (none: a constant,
/// usable anywhere) and what it means there. `check`, the evaluator's field lookup and the editor's
/// hover all read this table; a name that means something else on some subjects has a row of its own.
extension RuleVocabulary {
  struct Row {
    let name: String
    let type: ValueType
    let subjects: [String]
    let meaning: String
    init(_ name: String, _ type: ValueType, _ subjects: [String], _ meaning: String) {
      (self.name, self.type, self.subjects, self.meaning) = (name, type, subjects, meaning)
    }
  }

  static let table: [Row] = [
    Row(
      "student-id",
      .text,
      ["student", "student-course", "registration", "record", "bill", "order"],
      "the student's id (学号)"
    ),
    Row("name", .text, ["student", "student-course", "registration", "bill"], "the student's name"),
    Row("college", .text, ["student", "student-course", "registration", "bill"], "the student's college"),
    Row("major", .text, ["student", "student-course", "registration", "bill"], "the student's major"),
    Row("grade", .text, ["student", "student-course", "registration", "bill"], "the student's grade (year of entry)"),
    Row("on-campus", .bool, ["student", "student-course", "registration", "bill"], "the student is on campus (在校)"),
    Row(
      "veteran",
      .bool,
      ["student", "student-course", "registration", "bill", "order"],
      "the student is a veteran (退伍军人)"
    ),
    Row(
      "records",
      .collection("record"),
      ["student", "student-course", "registration"],
      "the student's grade records (of the course, for a course subject)"
    ),
    Row("registrations", .collection("registration"), ["student", "course"], "the retake registrations"),
    Row("orders", .collection("order"), ["student"], "the student's payment orders"),
    Row("registered-courses", .number, ["student", "registration"], "how many courses the student registered for"),
    Row("course-code", .text, ["course", "student-course", "registration", "record"], "the course's code"),
    Row("course-name", .text, ["course", "student-course", "registration", "record"], "the course's name"),
    Row("course-type", .text, ["course", "student-course", "registration", "record"], "the course's type (课程性质)"),
    Row(
      "practical",
      .bool,
      ["course", "student-course", "registration", "record"],
      "a practical course (no make-up exam)"
    ),
    Row("credits", .number, ["course", "student-course", "registration", "record"], "the course's credits"),
    Row("paid-registrations", .number, ["course"], "registrations of the course that are paid"),
    Row("registered", .number, ["course"], "registrations of the course"),
    Row("registered", .bool, ["student-course"], "the student registered for the course"),
    Row("taken", .bool, ["student-course", "registration"], "a regular record of the course exists"),
    Row(
      "passed",
      .bool,
      ["student-course", "registration", "record"],
      "some record of the course passes on its grade scale (by default a score >= 60)"
    ),
    Row(
      "failed-retakes",
      .number,
      ["student-course"],
      "retake records that fail (an absence fails; a deferred exam, 缓考, is no attempt)"
    ),
    Row("makeup-taken", .bool, ["student-course", "registration"], "a make-up (补考) record exists"),
    Row("makeup-failed", .bool, ["student-course", "registration"], "a make-up record failed"),
    Row(
      "paid",
      .bool,
      ["registration"],
      "an order of the student naming the course was paid by the payment window's close"
    ),
    Row("paid", .bool, ["bill"], "the bill's first 已完成 came by the window's close"),
    Row("paid", .bool, ["order"], "the order was paid by the payment window's close"),
    Row("exempt", .bool, ["registration"], "the student is in an audience the payment exempts"),
    Row("registered-at", .text, ["registration"], "when the student registered"),
    Row("paid-times", .number, ["registration"], "how many paid orders name the course (on time or late)"),
    Row("paid-times", .number, ["bill"], "how many 已完成 events the bill has (two: paid twice)"),
    Row("paid-late", .bool, ["registration", "bill", "order"], "paid, but only after the window's close"),
    Row("paid-at", .text, ["registration", "bill", "order"], "when first paid (2023-09-22T16:00), or empty"),
    Row(
      "charged",
      .bool,
      ["registration", "order"],
      "the bank took the money and the academic system does not show it paid yet"
    ),
    Row("term", .text, ["record"], "the record's term"),
    Row("kind", .text, ["record"], "the record's kind: regular, makeup or retake"),
    Row("score", .number, ["record"], "the record's score"),
    Row("absent", .bool, ["record"], "the record is an absence (缺考)"),
    Row("failed", .bool, ["record"], "the record fails on its grade scale"),
    Row("bill-id", .text, ["bill"], "the bill's id"),
    Row("item", .text, ["bill"], "the bill's item (学费)"),
    Row("amount", .number, ["bill"], "the bill's amount"),
    Row("amount", .number, ["order"], "the order's paid (else created) amount"),
    Row("status", .text, ["bill"], "the state of the bill's latest event"),
    Row("paying", .bool, ["bill"], "the bill's latest event is 缴费中"),
    Row("stuck", .bool, ["bill", "order"], "unfinished for longer than the payment's release after"),
    Row("cancelled-times", .number, ["bill"], "the bill's 已取消 events"),
    Row("invoiced", .bool, ["bill"], "an 已开票 event exists"),
    Row("order-id", .text, ["order"], "the order's id"),
    Row("course-count", .number, ["order"], "courses in the order"),
    Row("expected-amount", .number, ["order"], "the fee table's amount for the order (its lower end for a range)"),
    Row("released", .bool, ["order"], "the order was released"),
    Row("early-release", .bool, ["order"], "released sooner than release after, after creation"),
    Row(
      "early-repay",
      .bool,
      ["order"],
      "created sooner than repay after, after the student released an order sharing a course"
    ),
    Row(
      "pending-sync",
      .bool,
      ["order"],
      "charged and still within the sync lag (its first wait, for a lag with 'then')"
    ),
    Row("sync-delayed", .bool, ["order"], "charged, past the sync lag's first wait and within its 'then' wait"),
    Row("sync-overdue", .bool, ["order"], "charged and past the sync lag"),
    Row("synced-by", .text, ["order"], "the latest moment a charged order should show as paid"),
    Row("expected-max", .number, ["order"], "the fee table's upper end for the order"),
    Row("amount-mismatch", .bool, ["order"], "the amount lies outside expected-amount .. expected-max"),
    // Constants, usable anywhere.
    Row("regular", .text, [], "the record kind of a first attempt"),
    Row("makeup", .text, [], "the record kind of a make-up exam (补考)"),
    Row("retake", .text, [], "the record kind of a retake (重修)"),
    Row("true", .bool, [], "yes"),
    Row("false", .bool, [], "no"),
    Row("batch-limit", .number, [], "the payment's batch limit (batch at most N courses)"),
    Row("course-limit", .number, [], "the payment's limit N courses per student"),
    Row("window-closed", .bool, [], "--today is past the payment window's close"),
  ]
}
