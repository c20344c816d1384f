using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EditorialLint.Tests.Robustness;

/// <summary>
/// Articles no newsroom means to write but every linter meets: empty, binary, enormous, malformed. Generated
/// (never stored) and named, so theory cases stay small; <see cref="Large"/> ones run through the engine only.
/// </summary>
internal static class HostileArticles
{
    private static readonly Dictionary<string, Func<string>> Generators = new(StringComparer.Ordinal)
    {
        ["empty"] = () => string.Empty,
        ["whitespace-only"] = () => " \t \n\n \r\n  \u00A0\u2003\u3000\n\t",
        ["single-line-10mb"] = () => Repeat("Tehrik officials said “1,000.5 people”, U.S. Defense. ", 10_000_000),
        ["million-tiny-lines"] = () => Repeat("a\n", 2_000_000),
        ["nul-bytes"] = () => "\0\0Headline\0\n\0 The\0 text. \0\0\0" + new string('\0', 10_000),
        ["binary-content"] = () => Binary(200_000, seed: 1),
        ["invalid-utf8-decoded"] = () => Encoding.UTF8.GetString(new byte[] { 0x54, 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE, 0x2E, 0x0A }),
        ["lone-surrogates"] = () => "Text \uD800 more \uDC00 and \uDBFF\uDBFF end.\n\uDFFF",
        ["boms"] = () => "\uFEFF\uFEFFHeadline\n\uFEFFThe text.\uFEFF\n\uFEFF",
        ["line-break-mix"] = () => "a.\r\nb.\rc.\nd.\r\n\r\r\n\n\u2028e.\u2029f.\u0085g.\r",
        ["rtl-and-combining"] = () => "\u202EReversed\u202C text. مرحبا بالعالم. שלום. " + "e" + new string('\u0301', 50_000) + " Z\u0336a\u0337l\u0338g\u0335o.",
        ["emoji"] = () => Repeat("👍🏽 👨‍👩‍👧‍👦 🇵🇰 said “🙂” 🏳️‍🌈. ", 100_000),
        ["long-word"] = () => new string('a', 1_000_000) + " " + Repeat("x-", 200_000),
        // A pasted column of bare figures on one line, no words and no full stop: EDL0002 read the whole line once per
        // figure to decide whether it was display copy (minutes at this size before stop 30's per-sentence memo).
        ["bare-figures-line"] = () => Repeat("123, ", 1_100_000) + "456",
        // Thousands of quotation marks and "said" in one sentence: each cue read on to its content's end (28 s CPU at
        // this size before stop 30's article-wide break tables; about 1 s after).
        ["quotes-and-said"] = () => "Headline\n\n" + Repeat("\u201c\"'\u2018 25 were killed \u2019'\"\u201d said ", 1_300_000),
        ["long-number"] = () => "1" + Repeat(",000", 40_000) + " and " + Repeat("1.", 50_000) + "5 and " + new string('9', 100_000),
        ["dotted-abbreviations"] = () => Repeat("U.S.", 100_000) + " " + Repeat("a.", 100_000),
        ["periods-and-quotes"] = () => new string('.', 200_000) + new string('“', 50_000) + new string('"', 50_001) + Repeat("``", 50_000) + new string('‘', 50_000),
        ["deep-markdown"] = () => new string('>', 50_000) + " quote\n" + string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', i) + "- item\n")) + new string('#', 10_000) + " heading\n" + new string('[', 50_000) + new string('*', 50_000),
        ["unclosed-fence"] = () => "Intro.\n```\ncode " + Repeat("line\n", 10_000),
        ["many-fences"] = () => Repeat("```\n", 50_000),
        ["front-matter-without-end"] = () => "---\ntitle: x\ndate: 2025-01-01\n" + Repeat("key: value\n", 50_000),
        ["front-matter-huge"] = () => "---\n" + Repeat("key: value\n", 100_000) + "date: 99999-99-99\n---\nBody.",
        ["suppression-without-end"] = () => "<!-- editorial-lint disable EDL0001 -->\nTehrik " + Repeat("<!-- editorial-lint disable ", 50_000) + Repeat("<!-- editorial-lint enable", 10_000),
        ["html-comment-without-end"] = () => "Text <!-- " + Repeat("never closed ", 100_000),
        ["urls"] = () => "http://" + new string('a', 200_000) + " " + Repeat("www.", 50_000) + " " + Repeat("a@b", 50_000),
        ["control-characters"] = () => new string(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).ToArray()) + "\uFFFE\uFFFF\uFFFD text.",
        ["markdown-named"] = () => "# Head\n\n> quote `code\n\n- item `x` <!-- c --> ``` ~~~\n~~~\n",
    };

    /// <summary>Over 1 MB: engine and CLI only, to keep the suite fast.</summary>
    public static readonly HashSet<string> Large = new(StringComparer.Ordinal) { "single-line-10mb", "million-tiny-lines", "long-word", "bare-figures-line", "quotes-and-said" };

    public static IEnumerable<string> Names => Generators.Keys;

    public static string Get(string name) => Generators[name]();

    public static string PathOf(string name) => name == "markdown-named" ? "articles/" + name + ".md" : "articles/" + name + ".txt";

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names) data.Add(name);
        return data;
    }

    private static string Repeat(string unit, int totalLength)
    {
        var builder = new StringBuilder(totalLength + unit.Length);
        while (builder.Length < totalLength) builder.Append(unit);
        return builder.ToString();
    }

    private static string Binary(int length, int seed)
    {
        var random = new Random(seed);
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = (char)random.Next(0, 0x10000);
        return new string(chars);
    }
}
