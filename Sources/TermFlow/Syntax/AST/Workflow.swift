/// A parsed workflow file: its declarations in source order, plus its comments for `fmt`.
struct Workflow: Sendable {
  var decls: [Decl]
  var comments: [Comment]
  var range: SourceRange
}

/// A name as written, with where it was written.
struct Name: Hashable, Sendable {
  var text: String
  var range: SourceRange
}

/// A string literal's decoded value and its range.
struct StringLit: Hashable, Sendable {
  var value: String
  var range: SourceRange
}
