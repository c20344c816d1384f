// Runs EDL0001 over every *.txt under a corpus folder (with rules/house-style.yml) and prints the time and
// the variant groups found, largest first. Usage: dotnet run --project eval/EDL0001 -- <corpus-dir> [top] [--findings]
using System.Diagnostics;
using EditorialLint.BuiltIn;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

var root = args.Length > 0 ? args[0] : "../shared/corpus/pk-news";
var top = args.Length > 1 ? int.Parse(args[1]) : 40;
var showFindings = args.Contains("--findings");
if (!Directory.Exists(root)) { Console.WriteLine($"No corpus at {root}: nothing to measure."); return; }

var clock = Stopwatch.StartNew();
var houseFile = Path.Combine(AppContext.BaseDirectory, "../../../../../rules/house-style.yml");
var files = RuleFileSet.Load(File.Exists(houseFile) ? new[] { new RuleFileText("rules/house-style.yml", File.ReadAllText(houseFile)) } : Array.Empty<RuleFileText>());
foreach (var error in files.Errors) Console.WriteLine(error);
var paths = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).Where(p => !p.Contains("/duc2007/update/")).OrderBy(p => p, StringComparer.Ordinal).ToArray();
var articles = new CorpusArticle[paths.Length];
Parallel.For(0, paths.Length, i => articles[i] = new CorpusArticle(Article.Parse(Path.GetRelativePath(root, paths[i]), File.ReadAllText(paths[i])), DictionaryOptionSource.Empty));
var parsed = clock.Elapsed;
if (args.Contains("--profile"))
{
    foreach (var (label, opts) in new[] { ("house only", "false"), ("all", "true"), ("all again", "true") })
    {
        var o = new DictionaryOptionSource(new Dictionary<string, string> { ["editorial_lint.EDL0001.automatic"] = opts, ["editorial_lint.EDL0001.across_articles"] = "false" });
        var e = new LintEngine(new[] { new SpellingVariantsRule() }, files.Data);
        var sw = Stopwatch.StartNew();
        foreach (var a in articles) e.AnalyzeArticle(a.Article, o);
        Console.WriteLine($"{label}: {sw.Elapsed.TotalSeconds:F2} s single-threaded, article pass only");
    }
}

var engine = new LintEngine(new[] { new SpellingVariantsRule() }, files.Data);
var analyses = new ArticleAnalysis[articles.Length];
var perArticle = Stopwatch.StartNew();
Parallel.For(0, articles.Length, i => analyses[i] = engine.AnalyzeArticle(articles[i].Article, articles[i].Options));
perArticle.Stop();
var corpusClock = Stopwatch.StartNew();
var findings = analyses.SelectMany(a => a.Findings).Concat(engine.AnalyzeCorpus(analyses)).OrderBy(f => f).ToList();
corpusClock.Stop();
clock.Stop();
Console.WriteLine($"per-article pass {perArticle.Elapsed.TotalSeconds:F2} s (2 cores), corpus pass {corpusClock.Elapsed.TotalSeconds:F2} s");
Console.WriteLine($"process CPU time {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2} s (includes JIT, GC and lexicon loading)");
Console.WriteLine($"{paths.Length} articles, {paths.Sum(p => new FileInfo(p).Length) / 1024} KB: {clock.Elapsed.TotalSeconds:F2} s total ({parsed.TotalSeconds:F2} s read+parse), {findings.Count} findings");

// A corpus group is identified by its counts list, identical in every finding of that group.
static string Counts(string message) { var s = message.IndexOf(" ('", StringComparison.Ordinal); var e = message.LastIndexOf("); use", StringComparison.Ordinal); return s >= 0 && e > s ? message.Substring(s + 2, e - s - 2) : message; }
static int Total(string counts) => counts.Split(", ").Sum(c => int.Parse(c[(c.LastIndexOf('×') + 1)..]));
var corpus = findings.Where(f => f.Message.Contains("elsewhere in the corpus")).GroupBy(f => Counts(f.Message)).Select(g => (Counts: g.Key, Flagged: g.Count(), Total: Total(g.Key), Preferred: g.First().Properties["replacement"])).OrderByDescending(g => g.Total).ThenBy(g => g.Counts, StringComparer.Ordinal).ToList();
Console.WriteLine($"\n{corpus.Count} corpus groups; top {top} by occurrences:");
foreach (var g in corpus.Take(top)) Console.WriteLine($"{g.Total,5}  {g.Counts}   [flagged {g.Flagged}]");
var local = findings.Where(f => f.Message.Contains("in this article")).GroupBy(f => f.Message[..f.Message.IndexOf(" is also", StringComparison.Ordinal)] + " -> " + f.Properties["replacement"]).OrderByDescending(g => g.Count()).ToList();
Console.WriteLine($"\n{local.Count} within-article pairs ({local.Sum(g => g.Count())} findings); top {top}:");
foreach (var g in local.Take(top)) Console.WriteLine($"{g.Count(),5}  {g.Key}");
if (showFindings) foreach (var f in findings) Console.WriteLine(f);
