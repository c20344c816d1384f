using System.Collections.Generic;
using EditorialLint.RuleFiles;
using EditorialLint.Text;

namespace EditorialLint.Lexicon;

/// <summary>How two spellings were found to be one term.</summary>
internal enum VariantFamily
{
    /// <summary>Listed together in a house-style <c>kind: variants</c> group.</summary>
    House,

    /// <summary>Names that differ in diacritics, transliterated vowels or the -e-/-i- connector.</summary>
    Name,

    /// <summary>Open, hyphenated and closed compounds: cross border, cross-border, crossborder.</summary>
    Compound,

    /// <summary>Dotted and undotted capital abbreviations: U.S., US.</summary>
    Abbreviation,

    /// <summary>A British/American pair from the SCOWL table: defence, defense.</summary>
    BritishAmerican,

    /// <summary>Two expansions written before the same parenthesised acronym: … Pakhtunkhwa (KP).</summary>
    Acronym,

    /// <summary>A common word with and without its diacritics: café, cafe.</summary>
    Diacritic,

    /// <summary>A place's English exonym or old name and its own or new name (built-in list): Kiev, Kyiv.</summary>
    Exonym,
}

/// <summary>
/// One written occurrence of a term that could have another spelling. <see cref="Key"/> says which term,
/// <see cref="Form"/> which spelling of it (two occurrences with one form are the same spelling).
/// </summary>
internal sealed class VariantOccurrence
{
    public VariantOccurrence(VariantFamily family, string key, string form, string surface, TextSpan span, IReadOnlyList<string>? evidence = null, VariantGroup? house = null)
    {
        Family = family;
        Key = key;
        Form = form;
        Surface = surface;
        Span = span;
        Evidence = evidence ?? System.Array.Empty<string>();
        House = house;
    }

    public VariantFamily Family { get; }
    public string Key { get; }
    public string Form { get; }

    /// <summary>The text as written (possessive 's left out).</summary>
    public string Surface { get; }
    public TextSpan Span { get; }

    /// <summary>For names: "unit" when the name has two or more words, which is what lets vowel folds join it.</summary>
    public IReadOnlyList<string> Evidence { get; }
    public VariantGroup? House { get; }

    /// <summary>
    /// Which article of the run the occurrence is in (set by the corpus pass; 0 within one article): the
    /// grouping compares what else the articles of two spellings name.
    /// </summary>
    public int Article { get; set; }

    /// <summary>A name of two or more words ("unit" evidence, always first).</summary>
    public bool IsMultiWordName => Evidence.Count > 0 && Evidence[0] == "unit";

    /// <summary>True when this family compares spellings without regard to capitalisation of the whole form.</summary>
    public bool IgnoresCase => Family is VariantFamily.Compound or VariantFamily.Diacritic || (Family == VariantFamily.BritishAmerican && Key.IndexOf(' ') < 0);
}
