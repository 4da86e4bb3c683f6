// Starts `termflow lsp` for .flow files. The server does all the work; this only launches it.
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("termflow").get("path", "termflow");
  const server = { command, args: ["lsp"], transport: TransportKind.stdio };
  client = new LanguageClient(
    "termflow",
    "termflow",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "termflow" }] }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
