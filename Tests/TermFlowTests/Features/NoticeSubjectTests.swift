import Testing

@testable import TermFlow

/// Who a dated sentence's subject is, past the offices it sends to and the means it uses.
struct NoticeSubjectTests {
  func draft(_ text: String) -> String {
    NoticeImporter.read(text, source: "n.txt", term: "2018-2019-2", weekOne: CivilDate(year: 2019, month: 2, day: 25))
      .text(.en)
  }

  @Test func anOfficeSentToDoesNotAct() {
    let d = draft("关于重修的通知\n各开课单位:\n请认真核查重修名单,并于3月7日12:00前将核查结果发教务处。\n")
    #expect(d.contains("owner 各开课单位"))
    #expect(!d.contains("owner 教务处"))
  }

  @Test func theSchoolActsBeforeWhatItDoesAndWhatItDoesItThrough() {
    let d = draft("关于校园卡退费的通知\n三、4月22日学校冻结全部毕业生校园卡。\n四、5月10日前,学校通过建设银行将校园卡余额转至学生的建行卡中。\n")
    #expect(d.contains("owner 学校\n  on 4月22日"))
    #expect(d.contains("owner 学校\n  due 5月10日"))
  }
}
