-- LexDraft in Neovim (0.7 or later): the server is plain LSP over stdio.
-- Put this in your init.lua and point g:lexdraft_server (or $LEXDRAFT_SERVER) at dist/server.js.
local server = vim.g.lexdraft_server or os.getenv('LEXDRAFT_SERVER') or 'dist/server.js'

vim.cmd('autocmd BufRead,BufNewFile *.law.txt,*.law.md setfiletype lexdraft')

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
