// Prints the claims ClaimExtractor finds in each file given (one line per claim), for reading beside the text.
using EditorialLint.Quantities;
using EditorialLint.Text;

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
            Console.WriteLine($"{file}({pos})\t{claim}\tlead={claim.InLead}\tplaces={string.Join(",", claim.Places)}\tincidents={string.Join(",", claim.Incidents)}\tdays={string.Join(",", claim.Days)}\tsites={claim.Sites}");
        }
    }
}
