/// Fields the layout gives for every row (`practical = false`, `veteran = false`, `credits = 2`):
/// set once the tables are read, on every student and course, so every reader of the state sees them
/// as if the export had printed them.
extension State {
  mutating func apply(constantsOf layout: StateLayout) {
    for c in layout.plan(.students).columns {
      guard let v = c.constant else { continue }
      for i in students.indices {
        switch c.field {
        case .name: students[i].name = v
        case .college: students[i].college = v
        case .major: students[i].major = v
        case .grade: students[i].grade = v
        case .onCampus: students[i].onCampus = v == "true"
        case .veteran: students[i].veteran = v == "true"
        default: break
        }
      }
    }
    for c in layout.plan(.records).columns {
      guard let v = c.constant else { continue }
      for i in courses.indices {
        switch c.field {
        case .courseName: courses[i].name = v
        case .courseType: courses[i].type = v
        case .practical: courses[i].practical = v == "true"
        case .credits: courses[i].credits = Int(((Double(v) ?? 0) * 100).rounded())
        default: break
        }
      }
    }
  }
}
