// Prints the claims ClaimExtractor finds in each file given (one line per claim), for reading beside the text.
// `dump <corpus-root> <out.tsv> <relative-dir>...`: every claim of every article under the dirs, with the article's
// event (EventLinker as the rule builds it), for the stage analysis of eval/EDL0003 (stages.py).
using System.Text.RegularExpressions;
using EditorialLint.Quantities;
using EditorialLint.Text;

if (args.Length > 2 && args[0] == "dump")
{
    var root = args[1];
    var files = args.Skip(3).SelectMany(d => Directory.GetFiles(Path.Combine(root, d), "*.txt", SearchOption.AllDirectories)).OrderBy(f => f, StringComparer.Ordinal).ToList();
    var datePattern = new Regex(@"(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})");
    var articles = new List<Article>();
    foreach (var f in files)
    {
        var rel = Path.GetRelativePath(root, f);
        DateTime? date = null;
        if (!rel.StartsWith("wikiref220", StringComparison.Ordinal) && datePattern.Match(rel) is { Success: true } m &&
            DateTime.TryParse($"{m.Groups["year"].Value}-{m.Groups["month"].Value}-{m.Groups["day"].Value}", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)) date = d;
        articles.Add(Article.Parse(rel, File.ReadAllText(f), null, date));
    }

    var profiles = articles.Select(WordProfile.Of).ToList();
    var names = articles.Select(a => new HashSet<string>(ClaimExtractor.TopNames(a, 12), StringComparer.Ordinal)).ToList();
    var linker = new EventLinker(profiles, names, articles.Select(a => a.Date).ToList(), 365, 0.3);
    using var w = new StreamWriter(args[2]);
    w.WriteLine("path\tline\tcol\tendcol\tevent\trep\tdate\tkey\tlow\thigh\tupdate\ttally\tlead\theading\tplaces\tcountries\tincidents\tdays\tsites\tdaily\tfigure");
    for (var i = 0; i < articles.Count; i++)
    {
        var a = articles[i];
        foreach (var c in ClaimExtractor.Extract(a))
        {
            var p = a.Lines.GetLinePosition(c.Quantity.Span.Start);
            var e = a.Lines.GetLinePosition(c.Quantity.Span.Start + c.Quantity.Span.Length);
            w.WriteLine(string.Join("\t", a.Path, p.Line + 1, p.Character + 1, (e.Line == p.Line ? e.Character : p.Character + c.Quantity.Span.Length) + 1, linker.Event(i), linker.Representative(i), a.Date?.ToString("yyyy-MM-dd") ?? "", c.Key, c.Low, c.High, c.IsUpdate, c.IsTally, c.InLead, c.InHeading,
                string.Join(",", c.Places), string.Join(",", c.Countries), string.Join(",", c.Incidents), string.Join(",", c.Days), c.Sites, c.Daily, c.Figure.Replace('\t', ' ').Replace('\n', ' ')));
        }
    }

    return;
}

foreach (var arg in args)
{
    var files = Directory.Exists(arg) ? Directory.GetFiles(arg, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray() : new[] { arg };
    foreach (var file in files)
    {
        var article = Article.Parse(file, File.ReadAllText(file));
        if (Environment.GetEnvironmentVariable("QDUMP") == "1") foreach (var q in QuantityExtractor.Extract(article)) Console.WriteLine("Q " + q);
        foreach (var claim in ClaimExtractor.Extract(article))
        {
            var pos = article.Lines.GetLinePosition(claim.Quantity.Span.Start);
            Console.WriteLine($"{file}({pos})\t{claim}\tlead={claim.InLead}\tplaces={string.Join(",", claim.Places)}\tincidents={string.Join(",", claim.Incidents)}\tdays={string.Join(",", claim.Days)}\tsites={claim.Sites}\tsite={claim.Site}");
        }
    }
}
