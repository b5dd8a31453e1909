-- Drives Neovim's built-in LSP client (0.7 or later) against gal lsp, for LspNeovimTest:
-- open a bad config, wait for the diagnostic of GAL_LSP_RULE, ask for code actions at
-- it, apply the preferred fix, and wait for the diagnostic to go. What happened is
-- written as JSON to GAL_LSP_RESULT; Neovim exits 0 when every step worked.
local result = {actions = {}}

local function finish(ok, err)
  result.ok = ok
  result.error = err
  local out = io.open(os.getenv('GAL_LSP_RESULT'), 'w')
  out:write(vim.fn.json_encode(result))
  out:close()
  vim.cmd(ok and 'qall!' or 'cquit!')
end

local ok, err = pcall(function()
  local cmd = vim.fn.json_decode(os.getenv('GAL_LSP_CMD'))
  local file = os.getenv('GAL_LSP_FILE')
  local rule = os.getenv('GAL_LSP_RULE')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'gal',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
  })
  assert(client_id, 'the LSP client did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function diagnostics(code)
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.source == 'gal' and (code == nil or d.code == code) then
        table.insert(found, d)
      end
    end
    return found
  end

  assert(vim.wait(60000, function() return #diagnostics(rule) > 0 end, 50), 'no ' .. rule .. ' diagnostic arrived')
  local d = diagnostics(rule)[1]
  result.line = d.lnum
  result.col = d.col
  result.message = d.message

  local client = vim.lsp.get_client_by_id(client_id)
  local position = {line = d.lnum, character = d.col}
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = {uri = vim.uri_from_bufnr(bufnr)},
    range = {start = position, ['end'] = position},
    context = {diagnostics = {}},
  }, 20000, bufnr)
  assert(response and response.result, 'no answer to textDocument/codeAction: ' .. vim.inspect(response))
  local chosen
  for _, action in ipairs(response.result) do
    table.insert(result.actions, action.title)
    if action.isPreferred and not chosen then
      chosen = action
    end
  end
  assert(chosen, 'no preferred fix among the code actions')
  result.applied = chosen.title
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
  result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]

  assert(vim.wait(60000, function() return #diagnostics(rule) == 0 end, 50), 'the diagnostic stayed after the fix')
  result.remaining = #diagnostics(nil)
  client.stop()
  result.stopped = vim.wait(10000, function() return client.is_stopped() end, 50)
end)

finish(ok, err and tostring(err) or nil)
