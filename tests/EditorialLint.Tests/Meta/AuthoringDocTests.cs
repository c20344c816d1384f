using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Tests.Support;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EditorialLint.Tests.Meta;

/// <summary>
/// docs/authoring.md Part 2 is what a desk copies to write a C# rule: its rule class and analyzer must compile as
/// written, against the public API, and the rule must report what the page says. (Until stop 24 the rule class used
/// names it never declared.)
/// </summary>
public class AuthoringDocTests
{
    [Fact]
    public void part_2s_rule_class_and_analyzer_compile_as_written_and_the_rule_reports()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "authoring.md"));
        var part2 = page.Substring(page.IndexOf("## Part 2", StringComparison.Ordinal));
        part2 = part2.Substring(0, part2.IndexOf("## Part 3", StringComparison.Ordinal));
        var step4 = part2.IndexOf("### Step 4", StringComparison.Ordinal);
        var blocks = Regex.Matches(part2.Substring(0, step4), "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, blocks.Count); // Step 2's rule class, Step 3's analyzer

        var assembly = Compile("AcmeFromTheDocs", blocks, References());
        var rule = (Rule)Activator.CreateInstance(assembly.GetType("CasualtyFigureRule", throwOnError: true)!)!;
        Assert.NotNull(assembly.GetType("AcmeAnalyzer", throwOnError: true));
        var pipeline = LintPipeline.Create(new[] { rule });
        var findings = pipeline.Analyze(Article.Parse("a.txt", "Clashes\n\nThe clashes left 23 soldiers dead.\n\nPolice said 12 people were injured.\n")).Findings;
        var finding = Assert.Single(findings);
        Assert.Equal("The casualty figure '23' has no source in its sentence", finding.Message);
    }

    /// <summary>
    /// Step 4's test class compiles as written beside Steps 2 and 3 (its usings included: until stop 30 it had none,
    /// and a desk that copied it got CS0246 for <c>RuleVerifier</c>), and each of its tests passes.
    /// </summary>
    [Fact]
    public void part_2s_test_class_compiles_as_written_and_its_tests_pass()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "authoring.md"));
        var part2 = page.Substring(page.IndexOf("## Part 2", StringComparison.Ordinal));
        part2 = part2.Substring(0, part2.IndexOf("### Step 5", StringComparison.Ordinal));
        var blocks = Regex.Matches(part2, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, blocks.Count); // Step 2's rule class, Step 3's analyzer, Step 4's tests

        var assembly = Compile("AcmeTestsFromTheDocs", blocks, References().Concat(new[]
        {
            MetadataReference.CreateFromFile(typeof(EditorialLint.Testing.RuleVerifier).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Assert).Assembly.Location),
        }));
        var type = assembly.GetType("ACME001CasualtyFigureTests", throwOnError: true)!;
        var tests = type.GetMethods().Where(m => m.GetCustomAttributes(typeof(FactAttribute), false).Length > 0).ToList();
        Assert.Equal(3, tests.Count);
        foreach (var test in tests) test.Invoke(Activator.CreateInstance(type), null);
    }

    /// <summary>Compiles the page's code blocks (named Step2.cs, Step3.cs … as the page numbers them) and loads the
    /// assembly; fails with the compiler's errors when the page's code does not compile as written.</summary>
    private static Assembly Compile(string name, IReadOnlyList<string> blocks, IEnumerable<MetadataReference> references)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            name,
            blocks.Select((code, i) => CSharpSyntaxTree.ParseText(code, options, path: $"Step{i + 2}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(emitted.Success, string.Join("\n", errors));
        return Assembly.Load(image.ToArray());
    }

    private static IEnumerable<MetadataReference> References()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(Rule).Assembly.Location);
        paths.Add(typeof(EditorialLint.Analyzers.EditorialLintAnalyzerBase).Assembly.Location);
        paths.Add(typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).Assembly.Location);
        return paths.Where(p => p.Length > 0)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => MetadataReference.CreateFromFile(g.First()));
    }
}
