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
    .target(name: "TermFlow"),
    .executableTarget(name: "termflow", dependencies: ["TermFlow"]),
    .testTarget(name: "TermFlowTests", dependencies: ["TermFlow"], exclude: ["Fixtures"]),
  ]
)
