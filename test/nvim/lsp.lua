-- A minimal Neovim setup that starts the Claimlens language server over stdio,
-- as a writer's own init.lua would, asks for a hover and the document symbols
-- of the article it was opened with, writes both as JSON, and quits.
-- Written for Neovim 0.7 (Debian 12's) and later: vim.lsp.start_client, buf_request_sync.
local out = os.getenv('CLAIMLENS_NVIM_OUT')
local server = os.getenv('CLAIMLENS_SERVER')
local line = tonumber(os.getenv('CLAIMLENS_HOVER_LINE'))
local character = tonumber(os.getenv('CLAIMLENS_HOVER_CHARACTER'))

local function finish(result)
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ready = false
    local client_id = vim.lsp.start_client({
      name = 'claimlens',
      cmd = { 'node', server, '--stdio' },
      root_dir = vim.fn.getcwd(),
      on_init = function() ready = true end,
    })
    vim.lsp.buf_attach_client(0, client_id)
    if not vim.wait(30000, function() return ready end, 50) then
      return finish({ error = 'the server did not initialize within 30 s' })
    end
    local document = { uri = vim.uri_from_bufnr(0) }
    local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = document, position = { line = line, character = character } }, 30000)
    local symbols = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', { textDocument = document }, 30000)
    local function result_of(responses)
      local response = responses and responses[client_id]
      return response and (response.result or { error = response.err })
    end
    finish({ filetype = vim.bo.filetype, hover = result_of(hover), symbols = result_of(symbols) })
  end,
})
