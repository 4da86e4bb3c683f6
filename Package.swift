// swift-tools-version:6.0
import PackageDescription

// No dependencies on purpose: termflow must build offline in any CI. Target folders differ from each
// other ignoring case (macOS and Windows disks fold case); the products keep their names.
let package = Package(
  name: "termflow",
  products: [
    .library(name: "TermFlow", targets: ["TermFlow"]),
    .executable(name: "termflow", targets: ["TermFlowCLI"]),
  ],
  targets: [
    .target(name: "TermFlow"),
    .executableTarget(name: "TermFlowCLI", dependencies: ["TermFlow"]),
    .testTarget(name: "TermFlowTests", dependencies: ["TermFlow"], exclude: ["Fixtures"]),
  ]
)
