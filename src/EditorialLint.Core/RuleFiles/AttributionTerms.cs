using System;
using System.Collections.Generic;
using EditorialLint.Rules;

namespace EditorialLint.RuleFiles;

/// <summary>
/// Extra words that attribute a claim, contributed by <c>kind: attribution</c> rule files (and, for one article,
/// by <c>.editorconfig</c> keys). EDL0002 reads every instance through <c>context.Data.GetAll&lt;AttributionTerms&gt;()</c>.
/// </summary>
public sealed class AttributionTerms
{
    public AttributionTerms(
        IReadOnlyList<string>? reportingVerbs = null,
        IReadOnlyList<string>? sourcePhrases = null,
        IReadOnlyList<string>? sources = null,
        FileLocation? origin = null)
    {
        ReportingVerbs = reportingVerbs ?? Array.Empty<string>();
        SourcePhrases = sourcePhrases ?? Array.Empty<string>();
        Sources = sources ?? Array.Empty<string>();
        Origin = origin;
    }

    /// <summary>Verb forms that attribute when they have an agent, like "said": e.g. "averred", "opined", "briefed".
    /// Give every form you want matched; matching ignores case.</summary>
    public IReadOnlyList<string> ReportingVerbs { get; }

    /// <summary>Phrases that introduce a source and cover their clause, like "according to": e.g. "as reported by".</summary>
    public IReadOnlyList<string> SourcePhrases { get; }

    /// <summary>Names that are a source wherever they appear in the sentence: e.g. "ISPR", "Reuters", "official figures".</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Where these terms were defined, when they came from a rule file.</summary>
    public FileLocation? Origin { get; }
}

/// <summary>
/// Extra knowledge about what is not a figure that needs a source, contributed by <c>kind: figures</c> rule files.
/// EDL0002 reads every instance through <c>context.Data.GetAll&lt;FigureTerms&gt;()</c>.
/// </summary>
public sealed class FigureTerms
{
    public FigureTerms(
        IReadOnlyList<string>? exemptNouns = null,
        IReadOnlyList<string>? nameWords = null,
        FileLocation? origin = null,
        IReadOnlyList<string>? units = null,
        IReadOnlyList<string>? nouns = null)
    {
        ExemptNouns = exemptNouns ?? Array.Empty<string>();
        NameWords = nameWords ?? Array.Empty<string>();
        Origin = origin;
        Units = units ?? Array.Empty<string>();
        Nouns = nouns ?? Array.Empty<string>();
    }

    /// <summary>Units and currencies a rule file lists ("crore", "lakh", …).</summary>
    public IReadOnlyList<string> Units { get; }

    /// <summary>Nouns a counted figure refers to ("martyrs", "displaced", …).</summary>
    public IReadOnlyList<string> Nouns { get; }

    /// <summary>Counted nouns (singular, e.g. "wicket", "seat") whose figures never need a source.</summary>
    public IReadOnlyList<string> ExemptNouns { get; }

    /// <summary>Words that make the number after them part of a name, like "Section 144": e.g. "Sector", "Block".</summary>
    public IReadOnlyList<string> NameWords { get; }

    public FileLocation? Origin { get; }
}
