import Testing

@testable import TermFlow

/// Two-stage payment sync, as seed 004 writes it ("wait 30 minutes; some still show 未缴费 after that,
/// especially at night and on weekends: wait 2 days"): a charged order is pending until the first
/// wait, then delayed with a task dated at the second wait's end, then overdue.
struct SyncLagTests {
  static let workflow = """
    workflow s "s"
    term 2023-2024-1 {
      week 1 starts 2023-09-04
      holidays official
    }
    owner 财务处
    owner student "学生"
    payment 重修费 {
      owner 财务处
      window 2023-09-11 .. 2023-09-22 17:00
      sync lag 30 minutes, then 2 days
    }
    rule sync {
      for order
      warn "等待同步" when pending-sync
      task 财务处 "超过30分钟仍未同步：次日核对" when sync-delayed
      task 财务处 "超过2天仍未同步：对账" when sync-overdue
    }

    """

  static func run(today: String, explain: Bool = false, lang: Language = .en) -> String {
    let files = StateFiles.memory([
      "students.csv": Array("student_id,name,college,major,grade,on_campus,veteran\n1,甲,机械,机械,2021,true,false\n".utf8),
      "records.csv": Array("student_id,course_code,course_name,course_type,practical,credits,term,kind,score\n".utf8),
      "registrations.csv": Array("student_id,course_code,registered_at\n".utf8),
      "payments.csv": Array(
        ("time,student_id,order_id,event,course_codes,amount\n2023-09-15T10:00:00,1,A1,created,C1,80\n"
          + "2023-09-15T10:01:00,1,A1,charged,C1,80\n").utf8
      ),
    ])
    if explain {
      let out = Driver.explainStudent(
        file: SourceFile(name: "s.flow", text: workflow),
        state: files,
        stateFolder: "st",
        student: "1",
        course: nil,
        today: today,
        encoding: .auto
      )
      return out.stdout + out.stderr
    }
    let out = Driver.run(
      file: SourceFile(name: "s.flow", text: workflow),
      state: files,
      stateFolder: "st",
      today: today,
      encoding: .auto,
      format: .csv,
      failOn: .never,
      lang: lang
    )
    return out.stdout + out.stderr
  }

  @Test func pendingThenDelayedThenOverdue() {
    let pending = Self.run(today: "2023-09-15T10:20")
    #expect(pending.contains("等待同步") && !pending.contains("次日核对") && !pending.contains("对账"), "\(pending)")
    let delayed = Self.run(today: "2023-09-15T12:00")
    #expect(!delayed.contains("等待同步") && delayed.contains("超过30分钟仍未同步"), "\(delayed)")
    // The task is dated when the second wait ends, and says both moments.
    #expect(delayed.contains("2023-09-17T10:01"), "\(delayed)")
    #expect(!delayed.contains("通常"), "\(delayed)")
    #expect(
      delayed.contains(
        " (charged 2023-09-15T10:01, usually shows as paid by 2023-09-15T10:31, at the latest by 2023-09-17T10:01)"
      ),
      "\(delayed)"
    )
    // What the run adds to the office's words is in the run's language.
    let zh = Self.run(today: "2023-09-15T12:00", lang: .zh)
    #expect(zh.contains("（2023-09-15T10:01 扣款，通常 2023-09-15T10:31 前显示为已缴费，最迟 2023-09-17T10:01）"), "\(zh)")
    let explained = Self.run(today: "2023-09-15T12:00", explain: true)
    #expect(
      explained.contains(
        "usually shows as paid by Fri 2023-09-15T10:31, at the latest by Sun 2023-09-17T10:01 (weekend): delayed"
      ),
      "\(explained)"
    )
    let overdue = Self.run(today: "2023-09-18T09:00")
    #expect(overdue.contains("超过2天仍未同步：对账") && !overdue.contains("次日核对"), "\(overdue)")
  }

  @Test func theSecondWaitIsWrittenBack() {
    let formatted = Driver.format(SourceFile(name: "s.flow", text: Self.workflow)).text ?? ""
    #expect(formatted.contains("  sync lag 30 minutes, then 2 days\n"), "\(formatted)")
  }
}
