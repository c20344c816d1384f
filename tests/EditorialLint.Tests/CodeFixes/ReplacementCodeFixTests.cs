using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.Analyzers;
using EditorialLint.CodeFixes;
using EditorialLint.Rules;
using EditorialLint.Tests.Analyzers;
using EditorialLint.Tests.Cli;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Tests.CodeFixes;

[Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ReplaceTehrikAnalyzer : EditorialLintAnalyzerBase
{
    protected override IEnumerable<Rule> CreateRules() => new Rule[] { new ReplaceTehrikRule() };
}

/// <summary>The IDE code fix on additional documents, through an AdhocWorkspace and the analyzer's real diagnostics.</summary>
public class ReplacementCodeFixTests
{
    private const string First = "The Tehrik group met.\n\n“Tehrik is our name,” he said.\n";
    private const string Second = "Tehrik again, and Tehrik.\r\n";

    [Fact]
    public async Task the_fix_replaces_the_flagged_span_in_the_additional_document()
    {
        var (workspace, project, diagnostics) = await CreateAsync();
        using var _ = workspace;
        var document = project.AdditionalDocuments.Single(d => d.Name == "a.txt");
        var diagnostic = diagnostics.First(d => d.Location.GetLineSpan().Path == document.FilePath);
        var actions = await RegisterAsync(document, diagnostic);
        var action = Assert.Single(actions);
        Assert.Equal("Replace with 'Tehreek'", action.Title);
        var text = await ApplyAsync(workspace, action, document.Id);
        Assert.Equal("The Tehreek group met.\n\n“Tehrik is our name,” he said.\n", text);
    }

    [Fact]
    public async Task no_fix_is_offered_inside_a_quotation()
    {
        var (workspace, project, diagnostics) = await CreateAsync();
        using var _ = workspace;
        var document = project.AdditionalDocuments.Single(d => d.Name == "a.txt");
        var quoted = diagnostics.Where(d => d.Location.GetLineSpan().Path == document.FilePath).ElementAt(1);
        Assert.Empty(await RegisterAsync(document, quoted));
    }

    [Fact]
    public async Task fix_all_in_the_solution_fixes_every_article_once_and_keeps_line_endings()
    {
        var (workspace, project, diagnostics) = await CreateAsync();
        using var _ = workspace;
        var provider = new ReplacementCodeFixProvider();
        var fixAll = provider.GetFixAllProvider();
        Assert.Contains(FixAllScope.Solution, fixAll.GetSupportedFixAllScopes());
        var context = new FixAllContext(project, provider, FixAllScope.Solution, ReplacementCodeFixProvider.EquivalenceKey, provider.FixableDiagnosticIds, new Provider(diagnostics), CancellationToken.None);
        var action = await fixAll.GetFixAsync(context);
        Assert.NotNull(action);
        var operations = await action!.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var a = project.AdditionalDocuments.Single(d => d.Name == "a.txt").Id;
        var b = project.AdditionalDocuments.Single(d => d.Name == "b.txt").Id;
        Assert.Equal("The Tehreek group met.\n\n“Tehrik is our name,” he said.\n", (await changed.GetAdditionalDocument(a)!.GetTextAsync()).ToString());
        Assert.Equal("Tehreek again, and Tehreek.\r\n", (await changed.GetAdditionalDocument(b)!.GetTextAsync()).ToString());
    }

    [Fact]
    public void the_provider_is_exported_for_additional_txt_and_md_documents()
    {
        var export = (ExportCodeFixProviderAttribute)System.Attribute.GetCustomAttribute(typeof(ReplacementCodeFixProvider), typeof(ExportCodeFixProviderAttribute))!;
        Assert.Equal(new[] { nameof(TextDocumentKind.AdditionalDocument) }, export.DocumentKinds);
        Assert.Contains(".txt", export.DocumentExtensions!);
        Assert.Contains(".md", export.DocumentExtensions!);
        Assert.Contains(RuleIds.SpellingVariants, new ReplacementCodeFixProvider().FixableDiagnosticIds);
    }

    private static async Task<(AdhocWorkspace Workspace, Project Project, ImmutableArray<Diagnostic> Diagnostics)> CreateAsync()
    {
        var diagnostics = await new AnalyzerHarness().AddArticle("a.txt", First).AddArticle("b.txt", Second).GetAllDiagnosticsAsync(new ReplaceTehrikAnalyzer());
        Assert.Equal(4, diagnostics.Length);
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Consumer", LanguageNames.CSharp);
        foreach (var (name, text) in new[] { ("a.txt", First), ("b.txt", Second) })
        {
            var id = DocumentId.CreateNewId(project.Id);
            var solution = workspace.CurrentSolution.AddAdditionalDocument(id, name, SourceText.From(text), filePath: AnalyzerHarness.Root + name);
            Assert.True(workspace.TryApplyChanges(solution));
        }

        return (workspace, workspace.CurrentSolution.GetProject(project.Id)!, diagnostics);
    }

    private static async Task<List<CodeAction>> RegisterAsync(TextDocument document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic.Location.SourceSpan, ImmutableArray.Create(diagnostic), (action, _) => actions.Add(action), CancellationToken.None);
        await new ReplacementCodeFixProvider().RegisterCodeFixesAsync(context);
        return actions;
    }

    private static async Task<string> ApplyAsync(Workspace workspace, CodeAction action, DocumentId id)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        foreach (var operation in operations) operation.Apply(workspace, CancellationToken.None);
        return (await workspace.CurrentSolution.GetAdditionalDocument(id)!.GetTextAsync()).ToString();
    }

    private sealed class Provider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public Provider(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
