-- LexDraft in Neovim (0.7 or later): the server is plain LSP over stdio.
-- Put this in your init.lua and point g:lexdraft_server (or $LEXDRAFT_SERVER) at dist/server.js.
local server = vim.g.lexdraft_server or os.getenv('LEXDRAFT_SERVER') or 'dist/server.js'

vim.cmd('autocmd BufRead,BufNewFile *.law.txt,*.law.md setfiletype lexdraft')
-- Plain .txt/.md drafts too, as the VS Code client adopts them: three lines that start with an article label.
local article = vim.regex([=[\v^[ \t\u3000#*>-]*第[ \u3000]?[零〇一二两三四五六七八九十百千0-9０-９]+[ \u3000]?[条條]]=])
vim.api.nvim_create_autocmd('BufRead', {
  pattern = { '*.txt', '*.md' },
  callback = function(args)
    if vim.bo[args.buf].filetype == 'lexdraft' then return end -- a .law.txt file, set above
    local n = 0
    for _, line in ipairs(vim.api.nvim_buf_get_lines(args.buf, 0, -1, false)) do
      if article:match_str(line) then n = n + 1 end
      if n == 3 then
        vim.bo[args.buf].filetype = 'lexdraft'
        return
      end
    end
  end,
})

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'lexdraft',
  callback = function(args)
    local client_id = vim.lsp.start_client({
      name = 'lexdraft',
      -- A smaller young generation keeps the server under 150 MB on Node 22 and later (docs/performance.md).
      cmd = { 'node', '--max-semi-space-size=4', server, '--stdio' },
      root_dir = vim.fn.getcwd(),
      init_options = { settings = { messageLanguage = 'zh' } },
    })
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
