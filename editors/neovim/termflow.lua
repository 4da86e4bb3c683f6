-- termflow in Neovim (0.7 or later, its built-in LSP client): put this file in ~/.config/nvim/plugin/
-- (or require it from init.lua). Set TERMFLOW to the executable if it is not on PATH.
vim.cmd("autocmd BufRead,BufNewFile *.flow,*.flowtest setfiletype termflow")

vim.api.nvim_create_autocmd("FileType", {
  pattern = "termflow",
  callback = function(args)
    vim.bo[args.buf].commentstring = "# %s"
    local client = vim.lsp.start_client({
      name = "termflow",
      cmd = { os.getenv("TERMFLOW") or "termflow", "lsp" },
      root_dir = vim.fs and vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)) or vim.fn.getcwd(),
    })
    if client then vim.lsp.buf_attach_client(args.buf, client) end
    -- K: hover (a date's week and day kind, a step's derivation); gd: definition; gr: references;
    -- <leader>ca: the quick fix; <leader>f: fmt.
    local map = function(lhs, fn) vim.keymap.set("n", lhs, fn, { buffer = args.buf }) end
    map("K", vim.lsp.buf.hover)
    map("gd", vim.lsp.buf.definition)
    map("gr", vim.lsp.buf.references)
    map("<leader>ca", vim.lsp.buf.code_action)
    map("<leader>f", function() vim.lsp.buf.format and vim.lsp.buf.format() or vim.lsp.buf.formatting() end)
  end,
})
