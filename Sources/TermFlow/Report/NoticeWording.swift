/// How the published notice (always Chinese: it is the office's document to students) says a payment's
/// terms. The schedule keeps the terms as declared; their words live here, with the notice's.
extension PaymentTerm {
  var noticeWording: String {
    switch self {
    case .firstRetakeFree: return "首次重修免费"
    case .batchLimit(let n): return "每次缴费至多\(n)门课程，超过请分批次缴费"
    case .courseLimit(let n): return "每位学生至多报名\(n)门课程"
    case .releaseAfter(let d): return "缴费不成功的订单，创建\(d.chinese)后方可释放"
    case .repayAfter(let d): return "订单释放\(d.chinese)后方可重新缴费"
    case .syncLag(let normal, let off, let then):
      return "缴费状态约\(normal.chinese)后同步" + (off.map { "，非工作时间顺延至\($0.chinese)内" } ?? "")
        + (then.map { "；仍未同步的，扣款后\($0.chinese)内处理" } ?? "")
    case .clearUnpaid: return "缴费截止仍未缴费的报名将被清除"
    }
  }
}
