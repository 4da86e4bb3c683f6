// libFuzzer target: bytes split at 0x00 into the four state tables (students, records, registrations,
// payments, in the reference layout), loaded and run through the benchmark's rules in every format.
let fuzzWorkflow = SourceFile(name: "fuzz.flow", text: """
  term 2018-2019-1 {
    week 1 starts 2018-09-03
    holidays official
  }
  owner student "学生"
  owner 计划财务处
  audience veterans "退伍军人"
  step 重修报名 {
    owner student
    start 9月23日（第3周星期日）
    due 9月28日（第4周星期五） 17:00
  }
  payment 重修费 {
    owner 计划财务处
    window 9月23日 .. 9月30日 17:00
    fee 80 per credit
    exempt veterans
    batch at most 3 courses
    release after 20 minutes
    repay after 30 minutes
  }
  rule second-failure {
    for student, course
    warn "x" when failed-retakes >= 2 and not passed
  }
  rule ineligible {
    for registration
    warn "y" when not taken or passed
  }
  rule orders {
    for order
    error "z" when course-count > batch-limit or amount != expected-amount
    task student "w" when stuck
  }

  """)

func fuzzState(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false)
  var files: [String: [UInt8]] = [:]
  for (k, name) in StateLoader.fileNames.enumerated() where k < parts.count { files[name] = Array(parts[k]) }
  for format in Driver.RunFormat.allCases {
    _ = Driver.run(file: fuzzWorkflow, state: .memory(files), stateFolder: "s", today: nil, encoding: .auto, format: format, failOn: .never)
  }
  return 0
}
