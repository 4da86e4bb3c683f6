/// The reference layout, written in the language itself: what a workflow reads when it declares no
/// `table` (or leaves a table out), and the options a declared column takes when it names none. It is
/// compiled by `LayoutCompiler` exactly as a workflow's own layout is.
enum BuiltinLayout {
  static let name = "the built-in layout"

  static let text = """
    values yes-no {
      "true" = true
      "1" = true
      "yes" = true
      "y" = true
      "是" = true
      "false" = false
      "0" = false
      "no" = false
      "n" = false
      "否" = false
      "" = false
    }

    grades percent {
      pass at 60
      range 0 .. 100
      "" = absent
    }

    table students "students.csv" {
      student-id "student_id"
      name "name"
      college "college"
      major "major"
      grade "grade"
      on-campus "on_campus" values yes-no
      veteran "veteran" values yes-no
    }

    table records "records.csv" {
      student-id "student_id"
      course-code "course_code"
      course-name "course_name"
      course-type "course_type"
      practical "practical" values yes-no
      credits "credits"
      term "term"
      kind "kind" values { "regular" = regular, "makeup" = makeup, "retake" = retake }
      score "score" grades percent
    }

    table registrations "registrations.csv" {
      student-id "student_id"
      course-code "course_code"
      registered-at "registered_at" time "yyyy-MM-ddTHH:mm:ss", "yyyy-M-dTH:m:s", "yyyy-M-d H:m:s", "yyyy-M-dTH:m", "yyyy-M-d H:m", "yyyy/M/d H:m:s", "yyyy/M/d H:m", "yyyy-M-d", "yyyy/M/d"
    }

    table payments "payments.csv" {
      time "time" time "yyyy-MM-ddTHH:mm:ss", "yyyy-M-dTH:m:s", "yyyy-M-d H:m:s", "yyyy-M-dTH:m", "yyyy-M-d H:m", "yyyy/M/d H:m:s", "yyyy/M/d H:m", "yyyy-M-d", "yyyy/M/d"
      student-id "student_id"
      order-id "order_id"
      event "event" values { "created" = created, "paid" = paid, "released" = released, "charged" = charged, "refunded" = refunded, "failed" = failed }
      course-codes "course_codes" split ";"
      amount "amount"
    }

    table bills "bills.csv" {
      time "time" time "yyyy-MM-ddTHH:mm:ss", "yyyy-M-dTH:m:s", "yyyy-M-d H:m:s", "yyyy-M-dTH:m", "yyyy-M-d H:m", "yyyy/M/d H:m:s", "yyyy/M/d H:m", "yyyy-M-d", "yyyy/M/d"
      student-id "student_id"
      bill-id "bill_id"
      item "item"
      status "status" values { "pending" = pending, "paying" = paying, "paid" = paid, "cancelled" = cancelled, "invoiced" = invoiced, "待缴费" = pending, "缴费中" = paying, "已完成" = paid, "已取消" = cancelled, "已开票" = invoiced }
      amount "amount"
    }

    """
}
