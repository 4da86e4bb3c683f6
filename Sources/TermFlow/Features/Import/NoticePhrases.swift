/// The Chinese of the comments `termflow import` writes into a draft (`--lang zh`). `TODO:` stays as it
/// is in both languages: it is what an editor and `grep` find.
extension Language {
  static let importing: [String: String] = [
    "# Drafted by `termflow import` from %1. Check it (`termflow check`), rename the steps,\n# and add what prose cannot say (after, allow day off, channels, rules).\n":
      "# 由 `termflow import` 从 %1 起草。请检查（`termflow check`），给步骤改名，\n# 并补上通知正文说不出的内容（after 依赖、allow day off、缴费渠道、规则）。\n",
    "TODO: the notice's title": "TODO: 通知标题",
    "TODO: week 1 starts YYYY-MM-DD": "TODO: 第1周星期一：week 1 starts YYYY-MM-DD",
    "TODO: the sentence names no office": "TODO: 此句未写明负责部门",
    "TODO: guessed from the item's other sentences": "TODO: 由本条其他句子推测",
    "TODO: the item names no office": "TODO: 本条未写明负责部门",
    "TODO: guessed from its section (the sentence names no office)": "TODO: 由所在部分推测（此句未写明负责部门）",
    "TODO: who the notice says does this work elsewhere (the sentence names no office)": "TODO: 通知别处写明的做此事者（此句未写明负责部门）",
    "TODO: the audience the notice declares (the sentence names no office)": "TODO: 通知写明的对象（此句未写明负责部门）",
    "TODO: the office the notice is addressed to (the sentence names no office)": "TODO: 通知的主送单位（此句未写明负责部门）",
    "week 1 as given: %1": "第1周（按 --week1）：%1",
    "week 1 inferred from the notice's one date/week pair: %2": "第1周由通知中的一处日期与周次推得：%2",
    "week 1 inferred from the notice's %1 date/week pairs, which agree: %2": "第1周由通知中 %1 处日期与周次推得，彼此一致：%2",
    "TODO: the notice's date/week pairs disagree on week 1, so none is guessed (give --week1):":
      "TODO: 通知中的日期与周次推出的第1周不一致，因此不作猜测（请给出 --week1）：",
    "  %1 puts week 1 on %2": "  %1 推出第1周为 %2",
    "TODO: the notice prints %1 with its week but no year to place it in: give --term (or --week1)":
      "TODO: 通知写明 %1 及其周次，但未写年份：请给出 --term（或 --week1）",
    "TODO: the notice counts its years from 民国 (Taiwan): list its days off; holidays official is the mainland's":
      "TODO: 通知按民国纪年（台湾）：请列出其放假日；holidays official 是大陆的法定节假日",
    "TODO: the notice prints no date with its week; give --week1 (and --term)":
      "TODO: 通知中没有带周次的日期；请给出 --week1（及 --term）",
    "TODO: the notice prints %1, but %2 is a %3: its date and weekday disagree":
      "TODO: 通知写明 %1，但 %2 是%3：其日期与星期不一致",
    "week 1 inferred from %1 of the notice's %2 date/week pairs: %3": "第1周由通知中 %2 处日期与周次中的 %1 处推得：%3",
    "TODO: %1 puts week 1 on %2: the notice's date and week disagree": "TODO: %1 推出第1周为 %2：通知的日期与周次不一致",
    "TODO: term %1 guessed from the notice's dates; the notice does not print it": "TODO: 学期 %1 由通知中的日期推测，通知未写明",
    "the notice prints term %1, the one it plans for; its dated weeks are in %2": "通知写明的学期 %1 是其筹备的学期；其带周次的日期在 %2",
    "the notice prints term %1, which it plans or finishes; its dates are all in %2": "通知写明的学期 %1 是其筹备或收尾的学期；其日期都在 %2",
    "the notice's first date, before week 1": "通知中最早的日期，在第1周之前",
    "the notice's last date, after the last teaching week": "通知中最晚的日期，在最后一个教学周之后",
    "TODO: %1: the notice gives no payment window for it": "TODO: %1：通知未给出缴费时间",
    "下班前: the office's closing time, which the notice does not give": "下班前：通知未写明下班时间",
    "TODO: whose work this is (the notice names no one for it)": "TODO: 按工作内容推定（通知未写明由谁负责）",
    "TODO: the notice names term %1 but dates its weeks outside it and prints no year: give --week1 (and --term)":
      "TODO: 通知写明学期 %1，但所写周次的日期不在该学期内，且未写年份：请给出 --week1（及 --term）",
    "TODO: the copy lost the 年/月/日 between these digits; read as the one date they can be: check it against the notice":
      "TODO: 抄件丢失了数字间的年/月/日，已按唯一可能的日期读出：请与通知原件核对",
    "TODO: the copy lost the 年/月/日 between these digits; read as the date near the notice's other dates: check it against the notice":
      "TODO: 抄件丢失了数字间的年/月/日，已按与通知中其他日期相近的日期读出：请与通知原件核对",
    "TODO: the window of %1, which the notice pays for as it is done (%2)": "TODO: 即%1的时间，通知写明%1时缴费（%2）",
    "TODO: the notice opens it at %1; a window opens at the start of its first day": "TODO: 通知写明 %1 开始；缴费时间从首日零时算起",
    "TODO: paid only %1; a window is whole days": "TODO: 仅在%1办理；缴费时间按整日计",
    "TODO: the window of the work above, which the notice pays at (%1)": "TODO: 即上一项工作的时间，通知写明届时缴费（%1）",
  ]
}
