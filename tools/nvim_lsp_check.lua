-- Neovim's built-in LSP client against `termflow lsp` (run by tools/nvim_lsp_check.sh): opens a
-- workflow with a wrong weekday, waits for the diagnostics, asks for a hover and the quick fix, and
-- writes what it got to $OUT, one line each.
local out = assert(io.open(os.getenv("OUT"), "w"))
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = "termflow",
  cmd = { os.getenv("TERMFLOW"), "lsp" },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(buf, id)
vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  out:write(string.format("diagnostic %d:%d %s %s\n", d.lnum + 1, d.col + 1, tostring(d.code), d.message))
end
local line = tonumber(os.getenv("LINE")) - 1
local col = tonumber(os.getenv("COL")) - 1
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = col } }
local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 5000) or {}
for _, r in pairs(hover) do
  if r.result then out:write("hover " .. r.result.contents.value:gsub("\n", " ") .. "\n") end
end
params.range = { start = params.position, ["end"] = params.position }
params.context = { diagnostics = {} }
local actions = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 5000) or {}
for _, r in pairs(actions) do
  for _, a in ipairs(r.result or {}) do out:write("action " .. a.title .. "\n") end
end
out:close()
vim.lsp.stop_client(id)
vim.cmd("qa!")
