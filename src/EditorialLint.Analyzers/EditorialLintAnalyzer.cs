using System.Collections.Generic;
using EditorialLint.BuiltIn;
using EditorialLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EditorialLint.Analyzers;

/// <summary>EditorialLint's built-in rules and the desk's rule files.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EditorialLintAnalyzer : EditorialLintAnalyzerBase
{
    protected override IEnumerable<Rule> CreateRules() => BuiltInRules.Create();

    protected override bool RunsRuleFiles => true;
}
