using System.Collections.Generic;
using EditorialLint.Analyzers;
using EditorialLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Acme.EditorialRules;

/// <summary>The one-line analyzer: EditorialLint's base runs the rules and builds SupportedDiagnostics from them.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AcmeAnalyzer : EditorialLintAnalyzerBase
{
    protected override IEnumerable<Rule> CreateRules() => new Rule[] { new CasualtyFigureRule() };
}
