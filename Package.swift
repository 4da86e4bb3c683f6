// swift-tools-version:6.0
import PackageDescription

// No dependencies on purpose: termflow must build offline in any CI (see DEVELOPERS.md).
let package = Package(
  name: "termflow",
  products: [
    .library(name: "TermFlow", targets: ["TermFlow"]),
    .executable(name: "termflow", targets: ["termflow"]),
  ],
  targets: [
    .target(
      name: "TermFlow",
      swiftSettings: [
        // Functions and loops on 64-byte boundaries in release builds: the records reader's hot loop
        // otherwise runs 10–30% slower or faster as unrelated code moves it (same instruction counts).
        .unsafeFlags(["-Xllvm", "-align-all-functions=6", "-Xllvm", "-align-loops=64"], .when(configuration: .release))
      ]
    ),
    .executableTarget(name: "termflow", dependencies: ["TermFlow"]),
    .testTarget(name: "TermFlowTests", dependencies: ["TermFlow"], exclude: ["Fixtures"]),
  ]
)
