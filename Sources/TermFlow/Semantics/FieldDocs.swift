/// What each rule field and constant means, in a line, for the editor's hover and completion (the
/// same words as docs/language.md's field table). A field that means something else for one subject
/// has an entry under `subject/field`.
enum FieldDocs {
  static func meaning(_ field: String, subject: String?) -> String? {
    if let s = subject, let m = bySubject["\(s)/\(field)"] { return m }
    return general[field]
  }

  private static let bySubject: [String: String] = [
    "registration/paid": "an order of the student naming the course was paid by the payment window's close",
    "registration/paid-times": "how many paid orders name the course (on time or late)",
    "bill/paid": "the bill's first 已完成 came by the window's close",
    "bill/paid-times": "how many 已完成 events the bill has (two: paid twice)",
    "bill/amount": "the bill's amount",
    "order/amount": "the order's paid (else created) amount",
    "course/registered": "registrations of the course",
    "student-course/registered": "the student registered for the course",
    "order/paid": "the order was paid by the payment window's close",
  ]

  private static let general: [String: String] = [
    "student-id": "the student's id (学号)", "name": "the student's name", "college": "the student's college",
    "major": "the student's major", "grade": "the student's grade (year of entry)",
    "on-campus": "the student is on campus (在校)", "veteran": "the student is a veteran (退伍军人)",
    "course-code": "the course's code", "course-name": "the course's name", "course-type": "the course's type (课程性质)",
    "practical": "a practical course (no make-up exam)", "credits": "the course's credits",
    "records": "the student's grade records (of the course, for a course subject)",
    "registrations": "the retake registrations", "orders": "the student's payment orders",
    "registered-courses": "how many courses the student registered for",
    "paid-registrations": "registrations of the course that are paid",
    "taken": "a regular record of the course exists",
    "passed": "some record of the course passes on its grade scale (by default a score >= 60)",
    "failed-retakes": "retake records that fail (an absence fails; a deferred exam, 缓考, is no attempt)",
    "makeup-taken": "a make-up (补考) record exists", "makeup-failed": "a make-up record failed",
    "paid": "paid by the payment window's close", "paid-late": "paid, but only after the window's close",
    "paid-at": "when first paid (2023-09-22T16:00), or empty", "paid-times": "how many times paid",
    "charged": "the bank took the money and the academic system does not show it paid yet",
    "pending-sync": "charged and still within the sync lag (its first wait, for a lag with 'then')",
    "sync-delayed": "charged, past the sync lag's first wait and within its 'then' wait",
    "sync-overdue": "charged and past the sync lag",
    "synced-by": "the latest moment a charged order should show as paid",
    "exempt": "the student is in an audience the payment exempts",
    "registered-at": "when the student registered",
    "term": "the record's term", "kind": "the record's kind: regular, makeup or retake", "score": "the record's score",
    "absent": "the record is an absence (缺考)", "failed": "the record fails on its grade scale",
    "order-id": "the order's id", "course-count": "courses in the order",
    "expected-amount": "the fee table's amount for the order (its lower end for a range)",
    "expected-max": "the fee table's upper end for the order",
    "amount-mismatch":
      "the amount lies outside expected-amount .. expected-max",
    "released": "the order was released", "stuck": "unfinished for longer than the payment's release after",
    "early-release": "released sooner than release after, after creation",
    "early-repay": "created sooner than repay after, after the student released an order sharing a course",
    "bill-id": "the bill's id", "item": "the bill's item (学费)", "status": "the state of the bill's latest event",
    "paying": "the bill's latest event is 缴费中", "cancelled-times": "the bill's 已取消 events",
    "invoiced": "an 已开票 event exists",
    "regular": "the record kind of a first attempt", "makeup": "the record kind of a make-up exam (补考)",
    "retake": "the record kind of a retake (重修)", "true": "yes", "false": "no",
    "batch-limit": "the payment's batch limit (batch at most N courses)",
    "course-limit": "the payment's limit N courses per student",
    "window-closed": "--today is past the payment window's close",
  ]
}
