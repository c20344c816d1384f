// Exports the evidence of EDL0002's claim model (the warning tier) for every figure of every finding, so that
// eval/EDL0002/fit_tier.py can fit its weights to the act labels. Runs the rule with the embedded vocabularies only (as
// the CLI with --no-rules) over the given corpus-relative paths.
// Usage: dotnet run -c Release --project eval/EDL0002/Evidence -- <corpus-dir> <paths-file> <out.tsv>
// The output holds each figure's sentence, lower-cased, for the extra features fit_tier.py derives: write it to /tmp,
// never commit it.
using EditorialLint;
using EditorialLint.BuiltIn;
using EditorialLint.Engine;
using EditorialLint.Quantities;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

var root = Path.GetFullPath(args[0]);
var paths = File.ReadAllLines(args[1]).Where(l => l.Length > 0).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList();
var files = RuleFileSet.Load(Array.Empty<RuleFileText>());
var rows = new List<string>();
string? current = null;
var engine = new LintEngine(new Rule[] { new UnattributedFigureRule((article, head, figure, e) =>
{
    var h = FileLocation.In(article, head.Span);
    var f = FileLocation.In(article, figure.Span);
    var sentence = article.Sentences[figure.SentenceIndex];
    var block = sentence.BlockIndex;
    var text = article.GetText(sentence.Span).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').ToLowerInvariant();
    string Flag(bool b) => b ? "1" : "0";
    var ev = e is { } x
        ? string.Join("\t", new[] { x.Percent, x.Projection, x.Claim, x.Hedge, x.Statistic, x.Routine, x.PublicRecord, x.CourtRecord, x.Profile, x.BackgroundKind, x.MeasureOrMagnitude, x.Settled, x.Restated, x.SourceNearby, x.SourceNamed, x.NamedEvent, x.TollInBackground, x.LedeAccount }.Select(Flag))
        : string.Join("\t", Enumerable.Repeat("-", 18));
    rows.Add(string.Join("\t", current, h.Start.Line + 1, h.Start.Character + 1, f.Start.Line + 1, f.Start.Character + 1, f.End.Character + 1,
        figure.Text.Replace('\t', ' '), figure.Unit, figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), figure.Noun ?? "-",
        block, figure.SentenceIndex, e is null ? "1" : "0", ev, text));
}) }, files.Data);
var severities = new List<string>();
foreach (var rel in paths)
{
    current = rel;
    var full = Path.Combine(root, rel);
    var text = ArticleDecoding.Decode(File.ReadAllBytes(full));
    var article = Article.Parse(full, text, date: ArticleDates.FromPath(full, null));
    var analysis = engine.AnalyzeArticle(article, DictionaryOptionSource.Empty);
    foreach (var finding in analysis.Findings.Where(x => x.RuleId == "EDL0002"))
        severities.Add($"{rel}\t{finding.Location.Start.Line + 1}\t{finding.Location.Start.Character + 1}\t{finding.Severity.ToString().ToLowerInvariant()}");
}

using var output = new StreamWriter(args[2]);
output.WriteLine("path\thead_line\thead_col\tline\tcol\tend_col\ttext\tunit\tvalue\tnoun\tblock\tsentence\tstructural\tpercent\tprojection\tclaim\thedge\tstatistic\troutine\tpublic_record\tcourt_record\tprofile\tbackground_kind\tmeasure_or_magnitude\tsettled\trestated\tsource_nearby\tsource_named\tnamed_event\ttoll_background\tlede_account\tsentence_text");
foreach (var row in rows) output.WriteLine(row);
File.WriteAllLines(args[2] + ".findings", severities);
Console.WriteLine($"{paths.Count} articles, {rows.Count} figures in {severities.Count} findings -> {args[2]}");
