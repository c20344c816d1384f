using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using EditorialLint.Testing;
using EditorialLint.Text;

namespace EditorialLint.Tests.LanguageServer;

/// <summary>
/// <c>editorial-lint lsp</c> spawned as a process and driven over stdio, as an editor does. Expected places come from
/// inline markup (<c>{|EDL0002:over 200|}</c>) and are turned into LSP positions here, independently of the server.
/// </summary>
public sealed class LanguageServerProtocolTests : IDisposable
{
    private const string Monday = "---\ndate: 2025-03-10\n---\n";
    private const string HouseRules = "kind: variants\ngroups:\n  - preferred: Tehreek-e-Taliban\n    variants: [Tehrik-e-Taliban, Tehrik-i-Taliban]\n";
    private const string PreferredArticle = Monday + "Talks at the crossing\n\nDelegates of the Tehreek-e-Taliban Pakistan met elders in Peshawar, a spokesman said.\n";

    private readonly string _root;

    public LanguageServerProtocolTests()
    {
        _root = Path.Combine(Path.GetTempPath(), "edl-lsp-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path.Combine(_root, "articles"));
        Directory.CreateDirectory(Path.Combine(_root, "rules"));
        File.WriteAllText(Path.Combine(_root, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(_root, "rules", "house.yml"), HouseRules);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void initialize_announces_full_sync_utf16_positions_and_quick_fixes()
    {
        using var client = LspTestClient.Start(_root);
        var result = client.Initialize(_root);
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(1, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.Contains("quickfix", capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("editorial-lint", result.GetProperty("serverInfo").GetProperty("name").GetString());
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void diagnostics_on_open_carry_the_version_and_utf16_ranges_with_lsp_line_breaks()
    {
        // CRLF line ends, astral characters before the figure, and a U+2028 inside a line: a line break for the
        // compiler, not for LSP. The expected range is computed here from the markup.
        var (text, expected) = Markup.Parse(
            Monday.Replace("\n", "\r\n", StringComparison.Ordinal) +
            "Convoy 🚌 delayed\r\n\r\nThe road 🚧 stayed shut\u2028all day and {|EDL0002:over 200|} lorries were stranded at the crossing.\r\n");
        var uri = Write("articles/figure.txt", text);
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root);
        client.Open(uri, text, version: 7);
        var published = client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0002"), "EDL0002 on open");
        Assert.Equal(7, published.GetProperty("version").GetInt32());
        var diagnostic = Single(published, "EDL0002");
        Assert.Equal(ExpectedRange(text, expected[0].Span), RangeOf(diagnostic));
        Assert.Equal(2, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal("editorial-lint", diagnostic.GetProperty("source").GetString());
        Assert.EndsWith("docs/rules/EDL0002.md", diagnostic.GetProperty("codeDescription").GetProperty("href").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void an_edit_that_fixes_the_finding_publishes_an_empty_set_for_its_version()
    {
        const string Figure = "The road stayed shut all day and over 200 lorries were stranded at the crossing.\n";
        var uri = Write("articles/figure.txt", Figure);
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root, new { debounceMs = 50 });
        client.Open(uri, Figure);
        client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0002"), "EDL0002 on open");
        client.Change(uri, Figure.Replace("crossing.", "crossing, police said.", StringComparison.Ordinal), version: 2);
        var cleared = client.WaitForDiagnostics(uri, p => p.GetProperty("version").GetInt32() == 2, "diagnostics for version 2");
        Assert.Empty(cleared.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void while_the_user_types_nothing_is_linted_until_the_debounce_time_has_passed_since_the_last_change()
    {
        // Ten changes 100 ms apart with a 400 ms debounce: a run scheduled by an early change must be cancelled by
        // the next one, so only the last version is ever published (an uncancelled run would fire mid-typing).
        const string Figure = "The road stayed shut all day and over 200 lorries were stranded at the crossing.\n";
        var uri = Write("articles/figure.txt", Figure);
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root, new { debounceMs = 400 });
        client.Open(uri, Figure);
        client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0002"), "EDL0002 on open");
        for (var version = 2; version <= 11; version++)
        {
            client.Change(uri, Figure + new string('x', version), version);
            Thread.Sleep(100);
        }

        client.WaitForDiagnostics(uri, p => p.GetProperty("version").GetInt32() == 11, "diagnostics for version 11");
        Thread.Sleep(600);
        var versions = client.Publishes(uri).Select(p => p.GetProperty("version").GetInt32()).ToList();
        Assert.Equal(new[] { 1, 11 }, versions.Distinct());
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void a_client_that_sends_ranged_changes_despite_full_sync_is_followed()
    {
        const string Attributed = "Convoy late.\n🚌 Police said over 200 lorries were stranded at the crossing.\n";
        var uri = Write("articles/figure.txt", Attributed);
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root, new { debounceMs = 50 });
        client.Open(uri, Attributed);
        client.WaitForDiagnostics(uri, p => p.GetProperty("version").GetInt32() == 1, "diagnostics on open");
        Assert.DoesNotContain("EDL0002", Codes(client.Publishes(uri)[^1]));

        // Delete "Police said " (UTF-16 characters 3–15 of line 1: the bus is two units).
        var (text, expected) = Markup.Parse("Convoy late.\n🚌 {|EDL0002:over 200|} lorries were stranded at the crossing.\n");
        var delete = new { range = new { start = new { line = 1, character = 3 }, end = new { line = 1, character = 15 } }, text = string.Empty };
        client.Notify("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new[] { delete } });
        var unattributed = client.WaitForDiagnostics(uri, p => p.GetProperty("version").GetInt32() == 2, "diagnostics for version 2");
        Assert.Equal(ExpectedRange(text, expected[0].Span), RangeOf(Single(unattributed, "EDL0002")));

        // Two ranged changes in one notification, applied in order: put the attribution back.
        var changes = new object[]
        {
            new { range = new { start = new { line = 1, character = 3 }, end = new { line = 1, character = 3 } }, text = "said " },
            new { range = new { start = new { line = 1, character = 3 }, end = new { line = 1, character = 3 } }, text = "Police " },
        };
        client.Notify("textDocument/didChange", new { textDocument = new { uri, version = 3 }, contentChanges = changes });
        var restored = client.WaitForDiagnostics(uri, p => p.GetProperty("version").GetInt32() == 3, "diagnostics for version 3");
        Assert.DoesNotContain("EDL0002", Codes(restored));
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void closing_a_document_clears_its_diagnostics()
    {
        const string Figure = "Over 200 lorries were stranded at the crossing.\n";
        var uri = Write("articles/figure.txt", Figure);
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root);
        client.Open(uri, Figure);
        client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0002"), "EDL0002 on open");
        client.Notify("textDocument/didClose", new { textDocument = new { uri } });
        var cleared = client.WaitForDiagnostics(uri, p => p.GetProperty("diagnostics").GetArrayLength() == 0, "an empty set on close");
        Assert.False(cleared.TryGetProperty("version", out _));
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void corpus_findings_appear_for_an_open_buffer_against_the_articles_on_disk()
    {
        var other = Write("articles/a-talks.txt", PreferredArticle);
        var (text, expected) = Markup.Parse(Monday + "Border talks\n\nElders said the {|EDL0001:Tehrik-e-Taliban|} Pakistan delegates arrived after dark, a spokesman said.\n");
        var uri = Write("articles/b-talks.txt", text);
        var (floodText, floodExpected) = Markup.Parse("---\ndate: 2025-03-11\n---\nFlash flood in Chitral\n\nDistrict officials in Chitral said {|EDL0003:19|} people were killed in Chitral when the river burst its banks.\n");
        Write("articles/c-flood.txt", "---\ndate: 2025-03-11\n---\nFlash flood in Chitral\n\nDistrict officials in Chitral said 14 people were killed in Chitral when the river burst its banks.\n");
        var flood = Write("articles/d-flood.txt", floodText);

        using var client = LspTestClient.Start(_root);
        client.Initialize(_root);
        client.Open(uri, text);
        client.Open(flood, floodText);
        var published = client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0001"), "EDL0001 from the corpus pass");
        var variant = Single(published, "EDL0001");
        Assert.Equal(ExpectedRange(text, expected[0].Span), RangeOf(variant));
        var related = variant.GetProperty("relatedInformation")[0];
        Assert.Equal(other, related.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal(ExpectedRange(PreferredArticle, Span(PreferredArticle, "Tehreek-e-Taliban")), RangeOf(related.GetProperty("location")));
        Assert.Equal("“Tehreek-e-Taliban”", related.GetProperty("message").GetString());

        var conflict = client.WaitForDiagnostics(flood, p => Codes(p).Contains("EDL0003"), "EDL0003 from the corpus pass");
        Assert.Equal(ExpectedRange(floodText, floodExpected[0].Span), RangeOf(Single(conflict, "EDL0003")));
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void corpus_findings_move_with_edits_made_since_the_last_pass()
    {
        Write("articles/a-talks.txt", PreferredArticle);
        const string Text = Monday + "Border talks\n\nElders said the Tehrik-e-Taliban Pakistan delegates arrived after dark, a spokesman said.\n";
        var uri = Write("articles/b-talks.txt", Text);
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root, new { debounceMs = 50 });
        client.Open(uri, Text);
        client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0001"), "EDL0001 from the corpus pass");

        // A new first line, not saved: no corpus pass runs, the finding moves down with its text.
        var edited = "Updated at 21:00\n" + Text;
        client.Change(uri, edited, version: 2);
        var moved = client.WaitForDiagnostics(uri, p => p.GetProperty("version").GetInt32() == 2, "diagnostics for version 2");
        Assert.Equal(ExpectedRange(edited, Span(edited, "Tehrik-e-Taliban")), RangeOf(Single(moved, "EDL0001")));

        // An edit inside the variant drops it until the next pass rather than pointing at the wrong text.
        var touched = edited.Replace("Tehrik-e-Taliban", "Tehrik-e-Talibans", StringComparison.Ordinal);
        client.Change(uri, touched, version: 3);
        var dropped = client.WaitForDiagnostics(uri, p => p.GetProperty("version").GetInt32() == 3, "diagnostics for version 3");
        Assert.DoesNotContain("EDL0001", Codes(dropped));
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void open_buffers_overlay_their_files_and_closing_an_unsaved_buffer_brings_the_file_back()
    {
        var preferred = Write("articles/a-talks.txt", PreferredArticle);
        const string Text = Monday + "Border talks\n\nElders said the Tehrik-e-Taliban Pakistan delegates arrived after dark, a spokesman said.\n";
        var uri = Write("articles/b-talks.txt", Text);
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root, new { debounceMs = 50 });
        client.Open(uri, Text);
        client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0001"), "EDL0001 against a-talks.txt on disk");

        // a-talks.txt opened and edited to the same spelling as b (the file on disk keeps the other one): the corpus
        // pass reads the buffer, so b's finding goes.
        client.Open(preferred, PreferredArticle);
        client.WaitForDiagnostics(preferred, _ => true, "a-talks.txt linted");
        var mark = client.Mark();
        client.Change(preferred, PreferredArticle.Replace("Tehreek-e-Taliban", "Tehrik-e-Taliban", StringComparison.Ordinal), version: 2);
        client.Notify("textDocument/didSave", new { textDocument = new { uri = preferred } });
        client.WaitForDiagnostics(uri, p => !Codes(p).Contains("EDL0001"), "b without EDL0001 once a-talks.txt's buffer agrees", mark);

        // Closed without saving: the file on disk counts again, and the finding comes back.
        mark = client.Mark();
        client.Notify("textDocument/didClose", new { textDocument = new { uri = preferred } });
        client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0001"), "EDL0001 again after the unsaved buffer closed", mark);
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void watched_file_events_bring_in_new_articles_and_reload_rule_files()
    {
        const string Text = Monday + "Border talks\n\nElders said the Tehrik-e-Taliban Pakistan delegates arrived after dark, a spokesman said.\n";
        var uri = Write("articles/b-talks.txt", Text);
        using var client = LspTestClient.Start(_root);
        var watchedFiles = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } };
        client.Initialize(_root, new { debounceMs = 50 }, watchedFiles);
        client.Open(uri, Text);
        client.WaitForDiagnostics(uri, p => p.GetProperty("version").GetInt32() == 1, "diagnostics on open");
        Assert.DoesNotContain("EDL0001", Codes(client.Publishes(uri)[^1]));

        // The client watches: the server registers for the events instead of watching by itself.
        var deadline = DateTime.UtcNow + LspTestClient.Timeout;
        while (client.ServerRequests.Count == 0 && DateTime.UtcNow < deadline) Thread.Sleep(20);
        var registration = Assert.Single(client.ServerRequests);
        Assert.Equal("client/registerCapability", registration.GetProperty("method").GetString());
        Assert.Equal("workspace/didChangeWatchedFiles", registration.GetProperty("params").GetProperty("registrations")[0].GetProperty("method").GetString());

        var added = Write("articles/a-talks.txt", PreferredArticle);
        client.Notify("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = added, type = 1 } } });
        client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0001"), "EDL0001 against the new article");

        var ruleFile = Write("rules/desk.yml", "kind: substitution\nid: EDL9001\nswap: { after dark: at night }\n");
        client.Notify("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = ruleFile, type = 1 } } });
        client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL9001"), "the new rule file's finding");
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void without_client_watching_the_server_sees_changed_configuration_itself()
    {
        const string Figure = "Over 200 lorries were stranded at the crossing.\n";
        var uri = Write("articles/figure.txt", Figure);
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root);
        client.Open(uri, Figure);
        var before = client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0002"), "EDL0002 on open");
        Assert.Equal(2, Single(before, "EDL0002").GetProperty("severity").GetInt32());
        File.AppendAllText(Path.Combine(_root, ".editorconfig"), "[*.txt]\neditorial_lint.EDL0002.severity = error\n");
        client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0002") && Single(p, "EDL0002").GetProperty("severity").GetInt32() == 1, "EDL0002 as an error");
        Assert.Empty(client.ServerRequests);
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void a_broken_rule_file_gets_EDL0902_at_its_own_uri_and_the_other_rules_keep_working()
    {
        var broken = Write("rules/broken.yml", "kind: substitution\nid: EDL9001\nswap: [unclosed\n");
        const string Figure = "Over 200 lorries were stranded at the crossing.\n";
        var uri = Write("articles/figure.txt", Figure);
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root);
        var ruleFile = client.WaitForDiagnostics(broken, p => Codes(p).Contains("EDL0902"), "EDL0902 in the rule file");
        Assert.Equal("EDL0902", Assert.Single(ruleFile.GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());
        client.Open(uri, Figure);
        client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0002"), "EDL0002 despite the broken rule file");
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void a_broken_rule_file_keeps_its_EDL0902_when_it_is_opened_and_closed_in_the_editor()
    {
        const string Broken = "kind: substitution\nid: EDL9001\nswap: [unclosed\n";
        var broken = Write("rules/broken.yml", Broken);
        const string Figure = "Over 200 lorries were stranded at the crossing.\n";
        var uri = Write("articles/figure.txt", Figure);
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root);
        client.WaitForDiagnostics(broken, p => Codes(p).Contains("EDL0902"), "EDL0902 in the rule file");
        client.Open(broken, Broken);
        client.WaitForLog("rules/broken.yml is a rule file, not an article");
        client.Notify("textDocument/didClose", new { textDocument = new { uri = broken } });
        // Messages arrive in order: once the article's diagnostics are in, whatever the close published is too.
        client.Open(uri, Figure);
        client.WaitForDiagnostics(uri, p => Codes(p).Contains("EDL0002"), "EDL0002 in the article");
        Assert.Contains("EDL0902", Codes(client.Publishes(broken).Last()));
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void code_actions_offer_the_fix_planners_replacements_and_never_inside_a_quotation()
    {
        Write("articles/a-talks.txt", PreferredArticle);
        var (text, expected) = Markup.Parse(
            Monday + "Border talks\n\nElders said the {|EDL0001:Tehrik-e-Taliban|} Pakistan delegates arrived late. " +
            "\"We speak for the {|EDL0001:Tehrik-e-Taliban|},\" one of them said. A {|EDL0001:Tehrik-i-Taliban|} statement followed, a spokesman said.\n");
        var uri = Write("articles/b-talks.txt", text);
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root);
        client.Open(uri, text);
        client.WaitForDiagnostics(uri, p => Codes(p).Count(c => c == "EDL0001") == expected.Count, "the three EDL0001 findings");

        var first = ExpectedRange(text, expected[0].Span);
        var actions = client.Request("textDocument/codeAction", new { textDocument = new { uri }, range = first, context = new { diagnostics = Array.Empty<object>() } });
        var replace = actions.EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "quickfix");
        Assert.Equal("Replace with 'Tehreek-e-Taliban'", replace.GetProperty("title").GetString());
        var edit = Assert.Single(replace.GetProperty("edit").GetProperty("changes").GetProperty(uri).EnumerateArray());
        Assert.Equal(first, RangeOf(edit));
        Assert.Equal("Tehreek-e-Taliban", edit.GetProperty("newText").GetString());
        Assert.Equal("EDL0001", replace.GetProperty("diagnostics")[0].GetProperty("code").GetString());

        // The quoted one is reported but has no fix: nobody's words are rewritten.
        var quoted = ExpectedRange(text, expected[1].Span);
        var none = client.Request("textDocument/codeAction", new { textDocument = new { uri }, range = quoted, context = new { diagnostics = Array.Empty<object>(), only = new[] { "quickfix" } } });
        Assert.Empty(none.EnumerateArray());

        // Fix all: the two fixable ones, and nothing in the quotation.
        var all = client.Request("textDocument/codeAction", new { textDocument = new { uri }, range = first, context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll" } } });
        var fixAll = Assert.Single(all.EnumerateArray());
        var edits = fixAll.GetProperty("edit").GetProperty("changes").GetProperty(uri).EnumerateArray().Select(RangeOf).ToList();
        Assert.Equal(new[] { first, ExpectedRange(text, expected[2].Span) }, edits);
        Assert.Equal(0, client.ShutdownAndExit());
    }

    [Fact]
    public void exit_without_shutdown_ends_the_server_with_1()
    {
        using var client = LspTestClient.Start(_root);
        client.Initialize(_root);
        client.Notify("exit", null);
        Assert.Equal(1, client.WaitForExit());
    }

    [Fact]
    public void the_lsp_verb_accepts_vscode_languageclients_stdio_flag()
    {
        using var client = LspTestClient.Start(_root, "--stdio");
        client.Initialize(_root);
        Assert.Equal(0, client.ShutdownAndExit());
    }

    // ----- helpers -----

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return new Uri(path).AbsoluteUri;
    }

    private static List<string> Codes(JsonElement published) =>
        published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToList();

    private static JsonElement Single(JsonElement published, string code) =>
        Assert.Single(published.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == code);

    private static TextSpan Span(string text, string needle)
    {
        var start = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(start >= 0, needle);
        return new TextSpan(start, needle.Length);
    }

    /// <summary>The LSP range of a span, counted here: lines end at \n, \r\n or \r only; characters are UTF-16 units.</summary>
    private static LspRange ExpectedRange(string text, TextSpan span) => new(Position(text, span.Start), Position(text, span.End));

    private static LspPosition Position(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (text[i] is '\n' or '\r')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LspPosition(line, offset - lineStart);
    }

    private static LspRange RangeOf(JsonElement withRange)
    {
        var range = withRange.GetProperty("range");
        LspPosition Read(JsonElement p) => new(p.GetProperty("line").GetInt32(), p.GetProperty("character").GetInt32());
        return new LspRange(Read(range.GetProperty("start")), Read(range.GetProperty("end")));
    }

    private sealed record LspPosition(int line, int character);

    private sealed record LspRange(LspPosition start, LspPosition end);
}
