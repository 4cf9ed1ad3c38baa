-- Test harness: loads the user-facing snippet (docs/neovim/lexdraft.lua), then prints what the server sent.
-- usage: LEXDRAFT_SERVER=dist/server.js nvim --headless --noplugin -u check.lua FILE -c 'lua lexdraft_check()'
-- (or -c 'lua lexdraft_filetype()': only the filetype the snippet gave FILE)
local out = function(s) io.stdout:write(s .. '\n') end
dofile(os.getenv('LEXDRAFT_SNIPPET'))

function _G.lexdraft_check()
  local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(0)) do
    out(string.format('DIAGNOSTIC %d:%d %s %s', d.lnum + 1, d.col + 1, d.code or '?', d.message))
  end
  local params = { textDocument = vim.lsp.util.make_text_document_params() }
  local res = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', params, 10000) or {}
  for _, r in pairs(res) do
    for _, s in ipairs(r.result or {}) do out('SYMBOL ' .. s.name .. ' ' .. #(s.children or {})) end
  end
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd(ok and 'qa!' or 'cq')
end

function _G.lexdraft_filetype()
  out('FILETYPE ' .. vim.bo.filetype)
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd('qa!')
end
