-- The real-client test: Neovim's built-in LSP client (Debian's 0.7.2) drives `editorial-lint lsp` over the fixture
-- articles in tests/nvim/workspace (a copy, made by run.sh). Prints one line per check and `N passed, N failed`;
-- exits non-zero when a check failed. Every expected position is found in the buffer text by the test itself
-- (never a line/column literal), and compared with the byte column Neovim derived from the server's UTF-16 range:
-- the fixtures put astral characters (🚌, 🚧) and an em dash before the findings, so a server counting bytes or
-- code points lands elsewhere.
--
-- Environment: EDL_NVIM_WORKSPACE (the workspace copy), EDL_LSP_CMD_JSON (the server command, a JSON list),
-- EDL_NVIM_TIMEOUT_MS (per wait, default 20000), EDL_NVIM_MUTATE=column (a negative control: expect every column
-- one byte to the right; the run must then fail).

local root = assert(os.getenv('EDL_NVIM_WORKSPACE'), 'EDL_NVIM_WORKSPACE is not set')
local cmd = vim.fn.json_decode((assert(os.getenv('EDL_LSP_CMD_JSON'), 'EDL_LSP_CMD_JSON is not set')))
local timeout = tonumber(os.getenv('EDL_NVIM_TIMEOUT_MS') or '20000')
local shift = os.getenv('EDL_NVIM_MUTATE') == 'column' and 1 or 0

local passed, failed = 0, 0

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    out('ok - ' .. name)
  else
    failed = failed + 1
    out('not ok - ' .. name .. (detail and (': ' .. detail) or ''))
  end
end

-- Every publishDiagnostics the client receives, counted per URI (then handled as usual).
local published = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  local seen = published[result.uri] or { count = 0 }
  published[result.uri] = { count = seen.count + 1, version = result.version }
  return default_publish(err, result, ctx, config)
end

local function wait(predicate)
  return vim.wait(timeout, predicate, 20)
end

local function diagnostics(buf, code)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code then table.insert(found, d) end
  end
  return found
end

local function describe(list)
  local parts = {}
  for _, d in ipairs(list) do
    table.insert(parts, string.format('%s@%d:%d-%d:%d', tostring(d.code), d.lnum, d.col, d.end_lnum, d.end_col))
  end
  return '[' .. table.concat(parts, ', ') .. ']'
end

-- Where `needle` is in the buffer: 0-based line and byte columns, as vim.diagnostic reports them.
local function locate(buf, needle)
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for i, line in ipairs(lines) do
    local s, e = line:find(needle, 1, true)
    if s then return { lnum = i - 1, col = s - 1 + shift, end_col = e + shift } end
  end
  error('fixture text not found: ' .. needle)
end

local function at(buf, code, needle)
  local want = locate(buf, needle)
  local list = diagnostics(buf, code)
  for _, d in ipairs(list) do
    if d.lnum == want.lnum and d.col == want.col and d.end_lnum == want.lnum and d.end_col == want.end_col then return true, d end
  end
  return false, string.format('want %s@%d:%d-%d, have %s', code, want.lnum, want.col, want.end_col, describe(vim.diagnostic.get(buf)))
end

local client_id = vim.lsp.start_client({
  name = 'editorial-lint',
  cmd = cmd,
  root_dir = root,
  init_options = { debounceMs = 150 },
  flags = { debounce_text_changes = 0 },
})
check('the client starts the server', client_id ~= nil)

local function open(relative)
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. relative))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  return buf, vim.uri_from_bufnr(buf)
end

local function run()
  -- 1. Per-article and cross-article findings in an open buffer, at the right place.
  local b, b_uri = open('articles/b-talks.txt')
  wait(function() return #diagnostics(b, 'EDL0001') > 0 and #diagnostics(b, 'EDL0002') > 0 end)
  local ok, detail = at(b, 'EDL0002', 'over 200')
  check('EDL0002 (per-article) at its line and column, after an astral character', ok, not ok and detail or nil)
  ok, detail = at(b, 'EDL0001', 'Tehrik-e-Taliban')
  check('EDL0001 (corpus, against a closed article on disk) at its line and column', ok, not ok and detail or nil)
  if ok then
    local related = detail.user_data and detail.user_data.lsp and detail.user_data.lsp.relatedInformation or {}
    check('EDL0001 points at the other spelling in a-talks.txt',
      #related > 0 and related[1].location.uri:sub(-#'articles/a-talks.txt') == 'articles/a-talks.txt',
      vim.inspect(related))
  else
    check('EDL0001 points at the other spelling in a-talks.txt', false, 'no EDL0001')
  end

  -- 2. EDL0003 across articles: an open buffer against another article on disk.
  local d = open('articles/d-flood.txt')
  wait(function() return #diagnostics(d, 'EDL0003') > 0 end)
  ok, detail = at(d, 'EDL0003', '19')
  check('EDL0003 (corpus) at the conflicting figure', ok, not ok and detail or nil)

  -- 3. A suppressed figure must not be reported (the server did publish for the buffer).
  local e, e_uri = open('articles/e-suppressed.txt')
  wait(function() return published[e_uri] ~= nil end)
  check('diagnostics arrive for the buffer with a suppressed figure', published[e_uri] ~= nil)
  vim.wait(300)
  check('the suppressed figure is not reported', published[e_uri] ~= nil and #diagnostics(e, 'EDL0002') == 0,
    describe(vim.diagnostic.get(e)))

  -- 4. An edit that attributes the figure clears EDL0002 at the new version; EDL0001 stays where it is.
  vim.cmd('buffer ' .. b)
  local figure = locate(b, 'over 200').lnum
  local line = vim.api.nvim_buf_get_lines(b, figure, figure + 1, false)[1]
  vim.api.nvim_buf_set_lines(b, figure, figure + 1, false, { (line:gsub('%.$', ', police said.')) })
  local tick = vim.api.nvim_buf_get_changedtick(b)
  wait(function() return published[b_uri] and published[b_uri].version == tick and #diagnostics(b, 'EDL0002') == 0 end)
  -- Cleared means: published for the edited version, without EDL0002 (not merely "nothing arrived").
  check('an edit that attributes the figure clears EDL0002',
    published[b_uri] ~= nil and published[b_uri].version == tick and #diagnostics(b, 'EDL0002') == 0, describe(vim.diagnostic.get(b)))
  check('the cleared diagnostics carry the edited version', published[b_uri] and published[b_uri].version == tick,
    string.format('want version %d, have %s', tick, vim.inspect(published[b_uri])))
  ok, detail = at(b, 'EDL0001', 'Tehrik-e-Taliban')
  check('EDL0001 is still shown after an edit elsewhere', ok, not ok and detail or nil)

  -- 5. The quick fix: cursor on the variant, pick "Replace with …" from the code actions, the buffer changes.
  local variant = locate(b, 'Tehrik-e-Taliban')
  vim.api.nvim_win_set_cursor(0, { variant.lnum + 1, variant.col - shift })
  local offered = {}
  vim.ui.select = function(items, _, on_choice)
    for i, item in ipairs(items) do
      local action = item[2]
      table.insert(offered, action.title)
      if action.title == "Replace with 'Tehreek-e-Taliban'" then return on_choice(item, i) end
    end
    on_choice(nil, nil)
  end
  vim.lsp.buf.code_action()
  wait(function() return #offered > 0 end)
  check("the code actions offer Replace with 'Tehreek-e-Taliban'", vim.tbl_contains(offered, "Replace with 'Tehreek-e-Taliban'"),
    vim.inspect(offered))
  local function fixed_and_published()
    return vim.api.nvim_buf_get_lines(b, variant.lnum, variant.lnum + 1, false)[1]:find('Tehreek-e-Taliban', 1, true) ~= nil
      and published[b_uri] ~= nil and published[b_uri].version == vim.api.nvim_buf_get_changedtick(b)
  end
  wait(function() return fixed_and_published() and #diagnostics(b, 'EDL0001') == 0 end)
  local fixed = vim.api.nvim_buf_get_lines(b, variant.lnum, variant.lnum + 1, false)[1]
  check('the code action rewrote the variant', fixed:find('the Tehreek-e-Taliban Pakistan delegates', 1, true) ~= nil, fixed)
  check('EDL0001 clears after the fix (published for the fixed version)', fixed_and_published() and #diagnostics(b, 'EDL0001') == 0,
    describe(vim.diagnostic.get(b)))

  -- 6. Saving runs the corpus pass again over the saved buffer: still clean, and the file on disk has the fix.
  local function count() return published[b_uri] and published[b_uri].count or 0 end
  local before = count()
  vim.cmd('write')
  wait(function() return count() > before end)
  check('saving publishes again', count() > before)
  vim.wait(300)
  check('nothing comes back after the save', count() > before and #vim.diagnostic.get(b) == 0, describe(vim.diagnostic.get(b)))
  local file = io.open(root .. '/articles/b-talks.txt')
  local saved = file:read('*a')
  file:close()
  check('the fix is on disk', saved:find('the Tehreek-e-Taliban Pakistan', 1, true) ~= nil)

  -- 7. .editorconfig changes are picked up without a restart (Neovim 0.7 does not watch files: the server does).
  local config = io.open(root .. '/.editorconfig', 'a')
  config:write('\n[*.txt]\neditorial_lint.EDL0003.severity = error\n')
  config:close()
  wait(function()
    local list = diagnostics(d, 'EDL0003')
    return #list > 0 and list[1].severity == vim.diagnostic.severity.ERROR
  end)
  local list = diagnostics(d, 'EDL0003')
  check('a changed .editorconfig raises EDL0003 to error', #list > 0 and list[1].severity == vim.diagnostic.severity.ERROR,
    describe(list))
end

local ran, err = pcall(run)
if not ran then check('the test ran to the end', false, tostring(err)) end

if client_id then
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end

out(string.format('%d passed, %d failed', passed, failed))
if failed == 0 then vim.cmd('qall!') else vim.cmd('cquit 1') end
