import Testing

@testable import TermFlow

/// Owners the importer reads from around a sentence that names none, and notices a site served in
/// traditional characters.
struct NoticeOwnerTests {
  func draft(_ text: String) -> String {
    NoticeImporter.read(text, source: "n.txt", term: "2024-2025-2", weekOne: CivilDate(year: 2025, month: 2, day: 24))
      .text(.en)
  }

  func step(_ draft: String, _ name: String) -> String {
    guard let r = draft.range(of: "step \(name) {") else { return "" }
    return String(draft[r.lowerBound...].prefix { $0 != "}" })
  }

  @Test func anOwnerFromTheSectionIsMarkedGuessed() {
    let d = draft(
      """
      关于重修报名的通知
      三、报名安排
      1、报名时间
      2025年3月3日08:00-3月7日17:00。
      2、报名方式
      学生登录教务系统进行报名。
      """
    )
    #expect(step(d, "报名").contains("owner 学生  # TODO: guessed from its section (the sentence names no office)"))
  }

  @Test func theDeclaredAudienceOwnsAStudentsWork() {
    let d = draft(
      """
      关于选课的通知
      一、选课时间
      2025年3月3日至3月5日。
      二、选课对象
      全日制在校生。
      """
    )
    #expect(step(d, "选课").contains("owner 在校生  # TODO: the audience the notice declares"))
  }

  @Test func noGuessWithoutAnythingAround() {
    let d = draft("关于考试的通知\n一、考试安排\n考试于2025年3月8日进行。\n")
    #expect(d.contains("owner 待定  # TODO: the sentence names no office"))
  }

  @Test func aVerbBeforeAnOfficeIsNoPartOfItsName() {
    // 至教务处 is where the forms go: the acting office is the subject before the date.
    let d = draft("关于补考的通知\n三、学生院系部请于2025年3月9日下午6:00前至教务处集体报名。\n")
    #expect(!d.contains("owner 至教务处"))
    #expect(d.contains("owner 学生"))
  }

  @Test func traditionalCharactersReadAsSimplifiedAndAreQuotedAsWritten() {
    let d = draft("關於重修的通知\n一、學生可於2025年4月6日至4月10日申請重修。\n")
    #expect(d.contains("# 原文: 一、學生可於2025年4月6日至4月10日申請重修。"))
    #expect(d.contains("owner 学生\n"))
    #expect(d.contains("start 2025年4月6日"))
  }

  @Test func aSignatureDateIsWrittenSoTheLanguageReadsIt() {
    let d = draft("关于的通知\n一、3月5日报名。\n附件：名单\n教务处\n201@年9月20日\n")
    #expect(d.contains("signed \"教务处\" 9月20日"))
  }
}
