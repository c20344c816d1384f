using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.Fixes;
using EditorialLint.Rules;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using RoslynTextSpan = Microsoft.CodeAnalysis.Text.TextSpan;
using TextSpan = EditorialLint.Text.TextSpan;

namespace EditorialLint.CodeFixes;

/// <summary>
/// The IDE's face of <c>editorial-lint fix</c>: replaces a flagged spelling with the form the finding proposes
/// (its <c>replacement</c> property: EDL0001's preferred form, a desk's substitution rule), in the article
/// (an additional document). The same <see cref="FixPlanner"/> as the CLI keeps quotations and code untouched.
/// </summary>
[ExportCodeFixProvider(
    LanguageNames.CSharp,
    Name = nameof(ReplacementCodeFixProvider),
    DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) },
    DocumentExtensions = new[] { ".txt", ".md", ".markdown" })]
[Shared]
public sealed class ReplacementCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "EditorialLint.Replace";

    private static readonly ImmutableArray<string> Ids = CreateIds();

    /// <summary>EDL0001 and the desk range EDL9001–EDL9099 (rule files); only findings with a replacement get a fix.</summary>
    public override ImmutableArray<string> FixableDiagnosticIds => Ids;

    public override FixAllProvider GetFixAllProvider() => ReplacementFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        Article? article = null;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!TryGetEdit(diagnostic, text, out var edit)) continue;
            article ??= Article.Parse(document.FilePath ?? document.Name, text.ToString());
            if (FixPlanner.Plan(article, new[] { edit }).Count == 0) continue;
            var title = string.Format(CultureInfo.InvariantCulture, "Replace with '{0}'", edit.NewText);
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => FixAsync(document.Project.Solution, document.Id, new[] { diagnostic }, ct), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>Applies every planned fix of these diagnostics to one additional document.</summary>
    internal static async Task<Solution> FixAsync(Solution solution, DocumentId documentId, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var document = solution.GetAdditionalDocument(documentId);
        if (document is null) return solution;
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var candidates = new List<TextEdit>();
        foreach (var diagnostic in diagnostics)
        {
            if (TryGetEdit(diagnostic, text, out var edit)) candidates.Add(edit);
        }

        if (candidates.Count == 0) return solution;
        var article = Article.Parse(document.FilePath ?? document.Name, text.ToString());
        var edits = FixPlanner.Plan(article, candidates);
        if (edits.Count == 0) return solution;
        var changed = text.WithChanges(edits.Select(e => new TextChange(new RoslynTextSpan(e.Span.Start, e.Span.Length), e.NewText)));
        return solution.WithAdditionalDocumentText(documentId, changed);
    }

    private static bool TryGetEdit(Diagnostic diagnostic, SourceText text, out TextEdit edit)
    {
        edit = null!;
        if (!diagnostic.Properties.TryGetValue(Finding.ReplacementProperty, out var replacement) || replacement is null) return false;
        var span = diagnostic.Location.SourceSpan;
        if (span.End > text.Length) return false;
        edit = new TextEdit(new TextSpan(span.Start, span.Length), replacement);
        return true;
    }

    private static ImmutableArray<string> CreateIds()
    {
        var ids = ImmutableArray.CreateBuilder<string>();
        ids.Add(RuleIds.SpellingVariants);
        for (var n = RuleIds.CustomFirst; n <= RuleIds.CustomLast; n++) ids.Add("EDL" + n.ToString(CultureInfo.InvariantCulture));
        return ids.ToImmutable();
    }
}

/// <summary>
/// Fix All for additional documents (Roslyn's batch fixer and <see cref="FixAllProvider.Create(Func{FixAllContext, Document, ImmutableArray{Diagnostic}, Task{Document}})"/>
/// handle C# documents only): collects the project's diagnostics, groups them by article path, and rewrites each
/// article once with the same planner as the CLI. Scopes: project and solution.
/// </summary>
internal sealed class ReplacementFixAllProvider : FixAllProvider
{
    public static readonly ReplacementFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var title = fixAllContext.Scope == FixAllScope.Solution ? "Replace every variant in the solution" : "Replace every variant in the project";
        return Task.FromResult<CodeAction?>(CodeAction.Create(title, ct => FixAllAsync(fixAllContext, ct), fixAllContext.CodeActionEquivalenceKey));
    }

    private static async Task<Solution> FixAllAsync(FixAllContext context, CancellationToken cancellationToken)
    {
        var solution = context.Solution;
        var projects = context.Scope == FixAllScope.Solution ? solution.Projects.ToList() : new List<Project> { context.Project };
        foreach (var project in projects)
        {
            var diagnostics = await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
            var byPath = diagnostics
                .Where(d => d.Properties.ContainsKey(Finding.ReplacementProperty))
                .GroupBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var document in project.AdditionalDocuments)
            {
                if (document.FilePath is null || !byPath.TryGetValue(document.FilePath, out var forDocument)) continue;
                solution = await ReplacementCodeFixProvider.FixAsync(solution, document.Id, forDocument, cancellationToken).ConfigureAwait(false);
            }
        }

        return solution;
    }
}
