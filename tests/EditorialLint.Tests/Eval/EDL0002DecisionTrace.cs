using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.BuiltIn;
using EditorialLint.Engine;
using EditorialLint.Quantities;
using EditorialLint.Rules;
using EditorialLint.Tests.Support;
using EditorialLint.Text;

namespace EditorialLint.Tests.Eval;

/// <summary>
/// An eval tool, not a test: for every labelled EDL0002 mention of the development splits (dev, test, test3 … test11), which
/// mechanism of the rule decided it — a not-a-figure class, an attribution path, or "flagged" (none applied) — written
/// as TSV (id, split, path, line, column, label, note class, decision; no article text). Runs only when
/// EDL0002_TRACE names the output file and the corpus is on this machine (EDITORIAL_CORPUS or ../shared/corpus):
///
///   EDITORIAL_CORPUS=/work/shared/corpus EDL0002_TRACE=/tmp/trace.tsv dotnet test tests/EditorialLint.Tests -c Release --filter EDL0002DecisionTrace
///   python3 eval/EDL0002/trace_table.py /tmp/trace.tsv        # the per-mechanism table
/// </summary>
public class EDL0002DecisionTrace
{
    [Fact]
    public void writes_the_decision_of_every_labelled_mention_when_asked()
    {
        var output = Environment.GetEnvironmentVariable("EDL0002_TRACE");
        var corpus = RepoPaths.Corpus;
        if (string.IsNullOrEmpty(output) || corpus is null) return;
        File.WriteAllText(output, Trace(corpus));
    }

    /// <summary>The development label files, named one by one: a sealed sample's labels (a new labelsN-test.tsv) join
    /// only once it has been scored.</summary>
    private static readonly string[] DevelopmentLabels =
    {
        "labels2-dev.tsv", "labels2-test.tsv", "labels3-test.tsv", "labels4-test.tsv", "labels5-test.tsv", "labels6-test.tsv",
        "labels7-test.tsv", "labels8-test.tsv", "labels9-test.tsv", "labels10-test.tsv", "labels11-test.tsv", "labels12-test.tsv", "labels13-test.tsv", "labels14-test.tsv", "labels15-test.tsv",
    };

    private sealed record Mention(string Id, string Split, string Path, int Line, int Column, string Text, string Label, string Note);

    private sealed record Decided(int StartLine, int StartColumn, int EndLine, int EndColumn, string Decision);

    internal static string Trace(string corpus)
    {
        var eval = Path.Combine(RepoPaths.Root, "eval", "EDL0002");
        var files = DevelopmentLabels.Select(f => Path.Combine(eval, f));
        var mentions = files.SelectMany(ReadLabels).ToList();

        var decisions = new Dictionary<string, List<Decided>>(StringComparer.Ordinal);
        var rule = new UnattributedFigureRule((article, quantity, decision) =>
        {
            if (!decisions.TryGetValue(article.Path, out var list)) decisions[article.Path] = list = new List<Decided>();
            var (start, end) = article.Lines.GetLinePositionSpan(quantity.Span);
            list.Add(new Decided(start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1, decision));
        });
        var pipeline = LintPipeline.Create(new Rule[] { rule }, Array.Empty<EditorialLint.RuleFiles.RuleFileText>(), new LintPipelineOptions());
        var options = new DictionaryOptionSource(new Dictionary<string, string>());
        var articles = mentions.Select(m => m.Path).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new CorpusArticle(Article.Parse(p, ArticleDecoding.Decode(File.ReadAllBytes(Path.Combine(corpus, p))), date: ArticleDates.FromPath(p, null)), options))
            .ToList();
        pipeline.Lint(articles, maxDegreeOfParallelism: 1);

        var tsv = new StringBuilder("id\tsplit\tpath\tline\tcolumn\tlabel\tnote_class\tdecision\n");
        foreach (var m in mentions)
        {
            var decision = "not-extracted";
            if (decisions.TryGetValue(m.Path, out var list))
            {
                // The scorer's match: spans overlap on the line, or start columns within 3.
                var end = m.Column + Utf16Length(m.Text);
                var hit = list.FirstOrDefault(d => d.StartLine == m.Line && d.StartColumn < end && (d.EndLine > m.Line || d.EndColumn > m.Column))
                          ?? list.FirstOrDefault(d => d.StartLine == m.Line && Math.Abs(d.StartColumn - m.Column) <= 3);
                if (hit is not null) decision = hit.Decision;
            }

            tsv.Append(m.Id).Append('\t').Append(m.Split).Append('\t').Append(m.Path).Append('\t').Append(m.Line).Append('\t').Append(m.Column)
                .Append('\t').Append(m.Label).Append('\t').Append(NoteClass(m.Note)).Append('\t').Append(decision).Append('\n');
        }

        return tsv.ToString();
    }

    private static int Utf16Length(string text) => text.Length;

    /// <summary>The labeller's class: the note's first word before ':' ("ambiguous: no-attribution; …" → "ambiguous/no-attribution").</summary>
    private static string NoteClass(string note)
    {
        var colon = note.IndexOf(':');
        if (colon < 0) return "-";
        var head = note.Substring(0, colon).Trim();
        if (head != "ambiguous") return head;
        var rest = note.Substring(colon + 1).TrimStart();
        var stop = rest.IndexOfAny(NoteStops);
        return "ambiguous/" + (stop < 0 ? rest : rest.Substring(0, stop));
    }

    private static readonly char[] NoteStops = { ';', ':', ',', ' ' };

    private static IEnumerable<Mention> ReadLabels(string file)
    {
        var lines = File.ReadAllLines(file).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split('\t');
        int Col(string name) => Array.IndexOf(header, name);
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split('\t');
            string Get(string name) => Col(name) is var i && i >= 0 && i < f.Length ? f[i].Trim() : string.Empty;
            yield return new Mention(Get("id"), Get("split"), Get("path"), int.Parse(Get("line"), System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(Get("column"), System.Globalization.CultureInfo.InvariantCulture), Get("text"), Get("label"), Get("note"));
        }
    }
}
