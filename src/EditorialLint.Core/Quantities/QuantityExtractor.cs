using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using EditorialLint.Text;
using Humanizer;

namespace EditorialLint.Quantities;

/// <summary>
/// Finds the quantities an article states: counts, money, percentages, measures, durations and ages, written in
/// digits ("20,000", "Rs50bn", "7.5%"), in words ("four thousand", "a dozen") or as collectives ("hundreds of"),
/// with their approximators ("over 200") and ranges ("10-15", "between 10 and 15").
/// </summary>
/// <remarks>
/// What is not a quantity is never returned: dates ("October 19", "May 2025"), years ("2021", "2024-25"), decades
/// ("1990s"), times ("10:30", "9am"), ordinals ("51st"), numbers inside names and identifiers ("France 24", "F-16",
/// "COVID-19", "Article 245", "G20", "PM2.5"), list numbering, sports scores ("3-1"), hyphenated modifiers
/// ("two-state", "20-member"), fractions and slashed codes ("1/3", "H-8/4"), and bare "one"/"a".
/// Durations and ages are returned, marked by <see cref="QuantityUnit"/>, because they are quantities; whether a
/// quantity is a claim that needs a source is the caller's business. Linear in the article's length; pure.
/// </remarks>
public static class QuantityExtractor
{
    /// <summary>Every quantity of the article, in text order.</summary>
    public static IReadOnlyList<Quantity> Extract(Article article)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        var result = new List<Quantity>();
        // Lemmas shared across the article's sentences: Humanizer's Singularize (a regex list) was ~10% of EDL0002.
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences) new Scanner(article, sentence, result, lemmas).Run();
        return result;
    }

    /// <summary>Every quantity of the article, computed once per analysis and shared by the rules that need it.</summary>
    internal static IReadOnlyList<Quantity> Extract(Rules.ArticleContext context) =>
        context.SharedMemo("quantities", () => Extract(context.Article));

    /// <summary>The quantities of one sentence, in text order.</summary>
    public static IReadOnlyList<Quantity> Extract(Article article, Sentence sentence)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        if (sentence is null) throw new ArgumentNullException(nameof(sentence));
        var result = new List<Quantity>();
        new Scanner(article, sentence, result).Run();
        return result;
    }

    private static readonly HashSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static readonly HashSet<string> ChangeWords = Set(
        "from", "rose", "fell", "increased", "decreased", "declined", "grew", "jumped", "climbed", "dropped", "surged", "plunged",
        "gained", "lost", "slipped", "rising", "falling", "expanded", "contracted", "widened", "narrowed", "raised", "cut",
        "reduced", "up", "down", "by", "soared", "slumped", "tumbled", "rises", "falls", "increases", "decreases");

    private static readonly HashSet<string> OrdinalSuffixes = Set("st", "nd", "rd", "th");
    private static readonly HashSet<string> TimeSuffixes = Set("am", "pm", "a.m.", "p.m.", "hrs", "gmt", "pst", "pkt", "ist", "utc", "bst", "est");

    /// <summary>Words before a number that make it part of a name: "Article 245", "Section 144", "flight 171".</summary>
    private static readonly HashSet<string> IdentifierWords = Set(
        "article", "articles", "section", "sections", "clause", "chapter", "no", "nos", "number", "page", "pages", "room", "gate",
        "sector", "block", "phase", "level", "grade", "class", "category", "route", "flight", "platform", "ward", "verse",
        "item", "rule", "model", "version", "paragraph", "annex", "schedule", "lane", "street", "road", "plot", "unit",
        "zone", "tier", "batch", "term", "constituency", "match", "game", "round", "stage", "episode", "season",
        "channel", "vol", "volume", "top", "row", "pillar", "point", "agenda", "resolution", "amendment", "bill",
        "line", "squad", "step", "exhibit", "figure", "table", "day", "act", "ordinance", "order");

    private static readonly HashSet<string> Determiners = Set("the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "both");

    private static readonly HashSet<string> CurrencyWords = Set(
        "rs", "pkr", "usd", "inr", "eur", "gbp", "aed", "sar", "dh", "dhs", "tk", "rp", "cny", "rmb", "jpy", "afn", "us", "a", "c", "nz", "hk", "s");

    private static readonly Dictionary<string, string> CurrencyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rupee"] = "PKR", ["dollar"] = "USD", ["euro"] = "EUR", ["pound"] = "GBP", ["riyal"] = "SAR", ["dirham"] = "AED",
        ["yuan"] = "CNY", ["taka"] = "BDT", ["yen"] = "JPY", ["afghani"] = "AFN", ["rupiah"] = "IDR", ["sterling"] = "GBP",
    };

    private static readonly Dictionary<string, string> MeasureNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["km"] = "km", ["kilometre"] = "km", ["kilometer"] = "km", ["kms"] = "km", ["mile"] = "mile", ["metre"] = "m", ["meter"] = "m",
        ["foot"] = "ft", ["feet"] = "ft", ["ft"] = "ft", ["kg"] = "kg", ["kilogram"] = "kg", ["kilo"] = "kg", ["tonne"] = "t",
        ["ton"] = "t", ["mw"] = "MW", ["megawatt"] = "MW", ["gw"] = "GW", ["gigawatt"] = "GW", ["kw"] = "kW", ["acre"] = "acre",
        ["hectare"] = "ha", ["degree"] = "°", ["litre"] = "l", ["liter"] = "l", ["gallon"] = "gal", ["barrel"] = "bbl",
        ["bpd"] = "bpd", ["mmcfd"] = "mmcfd", ["cusec"] = "cusec", ["maf"] = "MAF", ["cm"] = "cm", ["mm"] = "mm", ["mph"] = "mph",
        ["kph"] = "km/h", ["kmph"] = "km/h", ["sq"] = "sq", ["square"] = "sq", ["gram"] = "g", ["mg"] = "mg", ["gb"] = "GB", ["mb"] = "MB",
        ["tb"] = "TB", ["ghz"] = "GHz", ["mah"] = "mAh", ["inch"] = "in", ["mt"] = "t", ["kwh"] = "kWh", ["mwh"] = "MWh",
    };

    private static readonly HashSet<string> TimeNouns = Set(
        "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "fortnight", "night", "weekend",
        "millennium", "yr", "hr", "min", "sec", "semester", "session", "innings");

    /// <summary>Words that end a counted noun phrase ("23 soldiers were …" stops at "were").</summary>
    private static readonly HashSet<string> NounStops = Set(
        "and", "or", "of", "in", "on", "at", "to", "from", "for", "with", "by", "were", "was", "are", "is", "have", "has",
        "had", "who", "which", "that", "the", "a", "an", "this", "these", "been", "be", "will", "would", "could", "should",
        "may", "might", "more", "than", "as", "per", "each", "while", "since", "after", "before", "during", "into", "under",
        "over", "across", "against", "among", "between", "including", "such", "also", "not", "said", "says", "but", "so",
        "when", "where", "whom", "whose", "there", "their", "its", "his", "her", "them", "they", "he", "she", "it", "we",
        "last", "this", "next", "ago", "earlier", "later", "so", "far", "only", "just", "about", "around", "up", "down",
        "out", "off", "annually", "daily", "each", "every", "apiece", "respectively", "alone", "already", "now", "still",
        "since", "until", "till", "via", "through", "within", "without", "if", "yet", "plus", "minus", "versus", "vs", "all");

    private static readonly char[] Digits = "0123456789".ToCharArray();

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    private readonly struct Core
    {
        public Core(int first, int end, double value, double high, bool spelledOut, QuantityQualifier qualifier, string? currency, bool hasScale)
        {
            First = first;
            End = end;
            Value = value;
            High = high;
            SpelledOut = spelledOut;
            Qualifier = qualifier;
            Currency = currency;
            HasScale = hasScale;
        }

        public int First { get; }

        /// <summary>One past the last token.</summary>
        public int End { get; }
        public double Value { get; }
        public double High { get; }
        public bool SpelledOut { get; }
        public QuantityQualifier Qualifier { get; }
        public string? Currency { get; }
        public bool HasScale { get; }
    }

    private sealed class Scanner
    {
        private readonly Article _article;
        private readonly Sentence _sentence;
        private readonly List<Quantity> _result;
        private readonly IReadOnlyList<Token> _tokens;
        private readonly int _first;
        private readonly int _end;
        private readonly bool _heading;

        private readonly Dictionary<string, string>? _lemmas;

        public Scanner(Article article, Sentence sentence, List<Quantity> result, Dictionary<string, string>? lemmas = null)
        {
            _lemmas = lemmas;
            _article = article;
            _sentence = sentence;
            _result = result;
            _tokens = article.Tokens;
            _first = sentence.FirstToken;
            _end = sentence.FirstToken + sentence.TokenCount;
            _heading = article.GetBlock(sentence).Kind == BlockKind.Heading;
        }

        public void Run()
        {
            var i = _first;
            while (i < _end)
            {
                var next = TryQuantity(i);
                i = next > i ? next : i + 1;
            }
        }

        private Token? At(int i) => i >= _first && i < _end ? _tokens[i] : null;

        private bool Is(int i, string text) => At(i) is { } t && string.Equals(t.Text, text, StringComparison.OrdinalIgnoreCase);

        private bool IsAny(int i, HashSet<string> set) => At(i) is { } t && set.Contains(t.Text);

        /// <summary>True when token i touches the token before it (no space between).</summary>
        private bool Adjacent(int i) => At(i) is { SpaceBefore: false } && At(i - 1) is not null;

        /// <summary>Tries a quantity whose number starts at token i; returns the index after what it consumed, or i.</summary>
        private int TryQuantity(int i)
        {
            if (!TryCore(i, out var core)) return i;
            var token = _tokens[i];

            // Non-quantities that look like numbers: skip them whole.
            if (core.Currency is null && !core.SpelledOut && token.Kind == TokenKind.Number)
            {
                var skip = NotAQuantity(core);
                if (skip > 0) return skip;
            }

            var end = core.End;
            var value = core.Value;
            var high = core.High;
            var qualifier = core.Qualifier;
            var currency = core.Currency;
            var unit = currency is null ? QuantityUnit.Count : QuantityUnit.Currency;
            string? unitText = currency;
            var hasScale = core.HasScale;

            // A second number makes a range: "10-15", "10 to 15 per cent", "Rs500 to 600 billion"; "3-1" is a score.
            // "rose $7.2bn to $170.8bn", "from 10 to 15": a change between two values, not a range.
            var rangeFrom = IsAny(core.First - 1, ChangeWords) || IsAny(core.First - 2, ChangeWords);
            if (At(end) is { } link && (IsDash(link) || !rangeFrom && link.Text.Equals("to", StringComparison.OrdinalIgnoreCase))
                && TryNextCore(end + 1, out var second) && second.Qualifier == QuantityQualifier.Exact)
            {
                var tight = IsDash(link) && !link.SpaceBefore && _tokens[end + 1].SpaceBefore == false;
                if (IsDash(link) && !tight && link.Text == "-") { /* "10 - 15" with spaces: leave as two numbers */ }
                else if (tight && !core.SpelledOut && !second.SpelledOut && core.Currency is null && second.Currency is null && !core.HasScale && !second.HasScale
                         && core.Value >= second.Value && core.Value < 100 && IsInteger(core.Value) && IsInteger(second.Value))
                {
                    return second.End; // a score
                }
                else if (second.Value > core.Value || (second.HasScale && !core.HasScale))
                {
                    var secondValue = second.Value;
                    if (second.HasScale && !core.HasScale && second.Value > core.Value * 10)
                    {
                        // "Rs500 to 600 billion": the first end shares the second's scale.
                        var scale = second.Value / NumberOnly(second);
                        value *= scale;
                        high *= scale;
                        hasScale = true;
                    }

                    if (secondValue > value)
                    {
                        currency ??= second.Currency;
                        if (currency is not null) { unit = QuantityUnit.Currency; unitText = currency; }
                        end = second.End;
                        high = secondValue;
                        qualifier = QuantityQualifier.Range;
                    }
                }
            }

            // "between 10 and 15".
            var start = core.First;
            if (Is(start - 1, "between") && Is(end, "and") && TryNextCore(end + 1, out var upper) && upper.Value > value)
            {
                start--;
                end = upper.End;
                high = upper.Value;
                qualifier = QuantityQualifier.Range;
                currency ??= upper.Currency;
                if (currency is not null) { unit = QuantityUnit.Currency; unitText = currency; }
            }

            // Units after the number.
            end = ReadUnit(end, ref unit, ref unitText, ref high, ref qualifier, value);

            // Hyphenated modifiers: "two-state", "20-member", "five-year"; but "27-year-old" is an age.
            if (At(end) is { } hyphen && hyphen.Text == "-" && Adjacent(end) && At(end + 1) is { IsWord: true } after && Adjacent(end + 1))
            {
                if (after.Text.Equals("plus", StringComparison.OrdinalIgnoreCase)) { end += 2; qualifier = QuantityQualifier.AtLeast; high = double.PositiveInfinity; }
                else if (after.Text.Equals("odd", StringComparison.OrdinalIgnoreCase)) { end += 2; qualifier = QuantityQualifier.About; }
                else if (unit is QuantityUnit.Count or QuantityUnit.Measure)
                {
                    if (after.Text.Equals("year", StringComparison.OrdinalIgnoreCase) && Is(end + 2, "-") && Is(end + 3, "old"))
                        Emit(start, end, i, value, value, value, QuantityQualifier.Exact, QuantityUnit.Age, "year", core.SpelledOut, null, null, end + 4);
                    return end + 2;
                }
            }

            // Approximators before the number (and before the currency).
            var qualifierStart = start;
            if (qualifier is QuantityQualifier.Exact)
            {
                if (TryApproximator(start, out var approxStart, out var approx))
                {
                    qualifierStart = approxStart;
                    qualifier = approx;
                }
            }

            var low = value;
            switch (qualifier)
            {
                case QuantityQualifier.AtLeast:
                case QuantityQualifier.MoreThan:
                    high = double.PositiveInfinity;
                    break;
                case QuantityQualifier.AtMost:
                case QuantityQualifier.LessThan:
                    low = 0;
                    high = value;
                    break;
                case QuantityQualifier.About:
                    low = value * 0.9;
                    high = value * 1.1;
                    break;
                case QuantityQualifier.Nearly:
                    low = value * 0.9;
                    high = value;
                    break;
            }

            // The counted noun, and what it says about the unit.
            var (noun, nounSpan, nounEnd) = ReadNoun(end, unit);
            if (noun is not null && unit == QuantityUnit.Count)
            {
                if (TimeNouns.Contains(noun))
                {
                    unit = Is(nounEnd, "old") ? QuantityUnit.Age : QuantityUnit.Duration;
                    unitText = noun;
                }
                else if (CurrencyNouns.TryGetValue(noun, out var code))
                {
                    unit = QuantityUnit.Currency;
                    unitText = code;
                }
                else if (MeasureNouns.TryGetValue(noun, out var measure))
                {
                    unit = QuantityUnit.Measure;
                    unitText = measure;
                }
            }

            if (unit == QuantityUnit.Count && core.Qualifier == QuantityQualifier.Exact && !hasScale && IsAge(start, end, value))
                unit = QuantityUnit.Age;
            if (unit == QuantityUnit.Count && AfterAgeWord(qualifierStart)) unit = QuantityUnit.Age;

            Emit(qualifierStart, end, i, value, low, high, qualifier, unit, unitText, core.SpelledOut, noun, nounSpan, end);
            return end;
        }

        private void Emit(int start, int end, int numberToken, double value, double low, double high, QuantityQualifier qualifier,
            QuantityUnit unit, string? unitText, bool spelledOut, string? noun, TextSpan? nounSpan, int spanEnd)
        {
            _ = end;
            var span = TextSpan.FromBounds(_tokens[start].Span.Start, _tokens[spanEnd - 1].Span.End);
            var definite = IsDefinite(start);
            _result.Add(new Quantity(span, _article.GetText(span), value, low, high, qualifier, unit, unitText, noun, nounSpan,
                _tokens[numberToken].InQuotation, _sentence.Index, start, spanEnd - 1, spelledOut, definite));
        }

        private bool IsDefinite(int start)
        {
            if (At(start - 1) is not { IsWord: true } before) return false;
            if (Determiners.Contains(before.Text)) return true;
            return before.Text.EndsWith("'s", StringComparison.Ordinal) || before.Text.EndsWith("’s", StringComparison.Ordinal);
        }

        private static bool IsDash(Token token) => token.Text is "-" or "–";

        private static bool IsInteger(double value) => Math.Abs(value - Math.Round(value)) < 1e-9;

        private double NumberOnly(Core core)
        {
            var t = _tokens[core.First];
            return t.Kind == TokenKind.Number && TryParseDigits(t.Text, out var v) && v > 0 ? v : core.Value;
        }

        /// <summary>Returns the index after a non-quantity (date, year, ordinal, identifier, …), or 0 when it is a quantity.</summary>
        private int NotAQuantity(Core core)
        {
            var i = core.First;
            var token = _tokens[i];
            var text = token.Text;
            var next = At(i + 1);

            // Ordinals (51st), decades (1990s), times (9am, 10:30), slashed dates and codes (24/06/2025, H-8/4).
            if (next is { SpaceBefore: false })
            {
                // "888-269-8796": two or more hyphens between digit groups is a telephone number or a code.
                if (next.Text == "-" && At(i + 2) is { Kind: TokenKind.Number, SpaceBefore: false } && At(i + 3) is { Text: "-", SpaceBefore: false }
                    && At(i + 4) is { Kind: TokenKind.Number, SpaceBefore: false })
                    return SkipNumberChain(i);

                // "24Seven", "3D": digits glued to a capitalised word are a name.
                if (next.IsWord && char.IsUpper(next.Text[0]) && !NumberWords.TryGetSuffix(next.Text, out _) && !MeasureNouns.ContainsKey(next.Text)) return i + 2;

                if (next.IsWord && (OrdinalSuffixes.Contains(next.Text) || next.Text is "s" or "S" || TimeSuffixes.Contains(next.Text))) return i + 2;
                if (next.Text is ":" && At(i + 2) is { Kind: TokenKind.Number, SpaceBefore: false }) return i + 3;
                if (next.Text is "/" or "." && At(i + 2) is { Kind: TokenKind.Number, SpaceBefore: false }) return i + 3;
                if (next.Text is "'" or "’" && At(i + 2) is { Text: "s" }) return i + 3;
            }

            if (next is not null && TimeSuffixes.Contains(next.Text) && next.Text.Length > 2) return i + 2; // "9 a.m."
            if (next is not null && (next.Text.Equals("am", StringComparison.Ordinal) || next.Text.Equals("pm", StringComparison.Ordinal))) return i + 2;
            if (At(i - 1) is { Text: "/" } && !token.SpaceBefore) return i + 1;
            if (Is(i - 1, "per")) return i + 1; // a rate's denominator: "217 per 1,000 households"

            // Telephone numbers: "(202) 662-7262".
            if (At(i - 1) is { Text: "(" } && next is { Text: ")" } && At(i + 2) is { Kind: TokenKind.Number }) return i + 2;
            if (At(i - 1) is { Text: ")" } && At(i - 2) is { Kind: TokenKind.Number } && At(i - 3) is { Text: "(" }) return SkipNumberChain(i);
            if (At(i - 1) is { Text: "#" or "№" }) return i + 1;

            // Dates: "October 19", "19 October", "May 2025", "Oct. 19".
            if (IsAny(i - 1, Months) || (Is(i - 1, ".") && IsAny(i - 2, Months)) || IsAny(i + 1, Months) || (Is(i + 1, "of") && IsAny(i + 2, Months)))
                return i + 1;

            // Years and fiscal years: 2021, 2024-25, 2020-2021.
            var digitsOnly = text.IndexOf(',') < 0 && text.IndexOf('.') < 0;
            if (digitsOnly && text.Length == 4 && core.Value >= 1000 && core.Value <= 2100 && !FollowedByUnitOrScale(core.End))
            {
                if (At(i + 1) is { Text: "-" or "–" } && At(i + 2) is { Kind: TokenKind.Number } && !_tokens[i + 2].SpaceBefore) return i + 3;
                return i + 1;
            }

            // Identifiers: leading zeros, long digit strings, "F-16", "COVID-19", "KSE-100", "France 24", "Article 245".
            if (digitsOnly && text.Length > 1 && text[0] == '0') return i + 1;
            if (digitsOnly && text.Length >= 7) return i + 1;
            if (At(i - 1) is { Text: "-" or "–" } dash && !token.SpaceBefore && At(i - 2) is { } named && !dash.SpaceBefore && named.IsWord
                && !NumberWords.TryGetUnit(named.Text, out _) && !NumberWords.TryGetScale(named.Text, out _))
                return SkipNumberChain(i);
            if (At(i - 1) is { IsWord: true } previous)
            {
                if (IdentifierWords.Contains(previous.Text) && !FollowedByUnitOrScale(core.End)) return SkipNumberChain(i);
                if (previous.IsCapitalized && IsNameWord(i - 1) && !FollowedByUnitOrScale(core.End) && (!_heading || At(core.End) is not { IsWord: true }))
                    return SkipNumberChain(i);
            }

            // List numbering: "1." or "1)" opening a sentence, "(1)".
            if (i == _first && next is { SpaceBefore: false, Text: "." or ")" } && core.Value < 100) return i + 2;
            if (At(i - 1) is { Text: "(" } && next is { Text: ")" } && core.Value < 30 && digitsOnly && !IsAge(i, i + 1, core.Value)) return i + 2;
            return 0;
        }

        private int SkipNumberChain(int i)
        {
            var j = i + 1;
            while (At(j) is { Text: "-" or "/" or "." } sep && !sep.SpaceBefore && At(j + 1) is { } part && !part.SpaceBefore && part.Kind is TokenKind.Number or TokenKind.Word)
                j += 2;
            return j;
        }

        /// <summary>A capitalised word that can be a name: not the sentence's first word, not a function word, not possessive.</summary>
        private bool IsNameWord(int i)
        {
            var t = _tokens[i];
            if (i == _first) return false;
            if (At(i - 1) is { Text: "“" or "\"" or "‘" or "(" or ":" }) return false;
            if (t.Text.EndsWith("'s", StringComparison.Ordinal) || t.Text.EndsWith("’s", StringComparison.Ordinal)) return false;
            if (Determiners.Contains(t.Text) || ApproximatorWords.Contains(t.Text) || Months.Contains(t.Text)) return false;
            return !t.Text.Equals("Only", StringComparison.Ordinal) && !t.Text.Equals("Just", StringComparison.Ordinal);
        }

        private static readonly HashSet<string> ApproximatorWords = Set(
            "over", "about", "around", "some", "nearly", "almost", "approximately", "roughly", "under", "below", "above", "least",
            "than", "to", "many", "much", "estimated", "than", "all", "and", "or", "of", "with", "by", "for", "from", "at", "in");

        private bool FollowedByUnitOrScale(int end)
        {
            if (At(end) is not { } t) return false;
            if (t.Text == "%" || NumberWords.TryGetScale(t.Text, out _)) return true;
            if (!t.SpaceBefore && t.IsWord && NumberWords.TryGetSuffix(t.Text, out _)) return true;
            return t.Text.Equals("per", StringComparison.OrdinalIgnoreCase) && Is(end + 1, "cent")
                || t.Text.Equals("percent", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>"aged 27", "between the ages of 10 and 17", "age 65 and over".</summary>
        private bool AfterAgeWord(int start)
        {
            for (var k = start - 1; k >= _first && k >= start - 6; k--)
            {
                var t = _tokens[k];
                if (!t.IsWord) return false;
                if (t.Text is "age" or "ages" or "aged" or "Aged" or "Age") return true;
            }

            return false;
        }

        private bool IsAge(int start, int end, double value)
        {
            // "Abaoud, 27, …" or "Abaoud (27)".
            if (!IsInteger(value) || value < 1 || value > 119) return false;
            var before = At(start - 1);
            var name = At(start - 2);
            var after = At(end);
            if (before?.Text == "," && name is { IsWord: true, IsCapitalized: true } && after?.Text is "," or "." or ";") return true;
            return before?.Text == "(" && name is { IsWord: true, IsCapitalized: true } && after?.Text == ")";
        }

        /// <summary>Reads the number at token i: digits, compact money, number words or a collective.</summary>
        private bool TryCore(int i, out Core core)
        {
            core = default;
            if (At(i) is not { } token) return false;
            var currency = CurrencyBefore(i, out var first);

            if (token.Kind == TokenKind.Number)
            {
                if (!TryParseDigits(token.Text, out var value)) return false;
                var end = i + 1;
                var hasScale = false;

                // "50bn", "5m", "20k" (suffix touching the digits), then "1.5 million", "20 lakh".
                if (At(end) is { IsWord: true, SpaceBefore: false } suffix && NumberWords.TryGetSuffix(suffix.Text, out var s)
                    && (currency is not null || !suffix.Text.Equals("m", StringComparison.OrdinalIgnoreCase) || At(end + 1) is { IsWord: true } && !MeasureNouns.ContainsKey(At(end + 1)!.Text)))
                {
                    value *= s;
                    end++;
                    hasScale = true;
                }
                else if (At(end) is { IsWord: true } scaleWord && NumberWords.TryGetScale(scaleWord.Text, out var sw)
                         && !(At(end + 1) is { Text: "-" } && !_tokens[end + 1].SpaceBefore))
                {
                    value *= sw;
                    end++;
                    hasScale = true;
                    if (At(end) is { IsWord: true } scale2 && NumberWords.TryGetScale(scale2.Text, out var sw2) && sw2 > sw) { value *= sw2; end++; }
                }

                core = new Core(first, end, value, value, false, QuantityQualifier.Exact, currency, hasScale);
                return true;
            }

            if (token.IsWord && token.Text.IndexOfAny(Digits) > 0)
            {
                // "Rs50bn", "Rs1.2trn"; "Rs12,734.74" arrives as "Rs12" "," "734.74".
                var text = token.Text;
                var end = i + 1;
                while (At(end) is { Text: "," } comma && !comma.SpaceBefore && At(end + 1) is { Kind: TokenKind.Number, SpaceBefore: false } group)
                {
                    text += "," + group.Text;
                    end += 2;
                }

                if (TryCompactMoney(text, out var money, out var code, out var suffixed))
                {
                    if (!suffixed && At(end) is { IsWord: true } scaleWord && NumberWords.TryGetScale(scaleWord.Text, out var sw))
                    {
                        money *= sw;
                        end++;
                        suffixed = true;
                    }

                    core = new Core(i, end, money, money, false, QuantityQualifier.Exact, code, suffixed);
                    return true;
                }
            }

            if (token.IsWord && currency is null) return TryWords(i, out core);
            return false;
        }

        /// <summary>A number starting at j, its currency included: "£10,000" after "between £5,001 and".</summary>
        private bool TryNextCore(int j, out Core core)
        {
            if (TryCore(j, out core)) return true;
            for (var k = j + 1; k <= j + 2; k++)
            {
                if (At(k) is { Kind: TokenKind.Number } && TryCore(k, out core) && core.First == j) return true;
            }

            core = default;
            return false;
        }

        /// <summary>The currency written before the number at i ("$", "Rs", "Rs.", "US$", "PKR"), and where it starts.</summary>
        private string? CurrencyBefore(int i, out int first)
        {
            first = i;
            var p = At(i - 1);
            if (p is null) return null;
            if (p.Kind == TokenKind.Symbol)
            {
                var code = p.Text switch { "$" => "USD", "£" => "GBP", "€" => "EUR", "₹" => "INR", "¥" => "JPY", "₨" => "PKR", _ => null };
                if (code is null) return null;
                first = i - 1;
                if (At(i - 2) is { IsWord: true } prefix && !p.SpaceBefore && CurrencyWords.Contains(prefix.Text)) first = i - 2; // US$, A$
                return code;
            }

            if (p.Text == "." && At(i - 2) is { IsWord: true } rsDot && (rsDot.Text is "Rs" or "rs" or "Rp") && !p.SpaceBefore)
            {
                first = i - 2;
                return rsDot.Text.Equals("Rp", StringComparison.Ordinal) ? "IDR" : "PKR";
            }

            if (p.IsWord && CurrencyWords.Contains(p.Text) && p.Text.Length > 1 && !p.Text.Equals("us", StringComparison.OrdinalIgnoreCase) && (p.IsAllCaps || p.IsCapitalized))
            {
                first = i - 1;
                return p.Text.ToUpperInvariant() switch
                {
                    "RS" => "PKR",
                    "DH" or "DHS" => "AED",
                    "TK" => "BDT",
                    "RP" => "IDR",
                    "RMB" => "CNY",
                    var c => c,
                };
            }

            return null;
        }

        /// <summary>"Rs50bn", "Rs1.2trn", "PKR5m", "Rs500": one word of currency, digits and scale.</summary>
        private static bool TryCompactMoney(string word, out double value, out string code, out bool suffixed)
        {
            value = 0;
            suffixed = false;
            code = string.Empty;
            var d = 0;
            while (d < word.Length && char.IsLetter(word[d])) d++;
            if (d == 0 || d == word.Length || !char.IsDigit(word[d])) return false;
            var prefix = word.Substring(0, d);
            code = prefix.ToUpperInvariant() switch
            {
                "RS" => "PKR",
                "PKR" => "PKR",
                "USD" or "US" => "USD",
                "INR" => "INR",
                "EUR" => "EUR",
                "GBP" => "GBP",
                "TK" => "BDT",
                "DH" or "AED" => "AED",
                _ => string.Empty,
            };
            if (code.Length == 0) return false;
            var e = d;
            while (e < word.Length && (char.IsDigit(word[e]) || word[e] == '.' || word[e] == ',')) e++;
            if (!TryParseDigits(word.Substring(d, e - d), out value)) return false;
            if (e == word.Length) return true;
            if (!NumberWords.TryGetSuffix(word.Substring(e), out var scale)) return false;
            value *= scale;
            suffixed = true;
            return true;
        }

        /// <summary>Number words ("four thousand", "twenty-five", "a dozen", "two hundred and fifty") and collectives.</summary>
        private bool TryWords(int i, out Core core)
        {
            core = default;
            var word = _tokens[i].Text;

            // Collectives: "dozens of", "hundreds of", "tens of thousands of", "hundreds of thousands", "scores of".
            if (TryCollective(i, out core)) return true;

            // "a dozen", "half a dozen", "two dozen".
            var j = i;
            double total = 0;
            double current = 0;
            var any = false;
            var leadingA = false;
            if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase))
            {
                // Only before a scale word: "a thousand", "one million", "a dozen".
                if (At(i + 1) is not { IsWord: true } scaleNext || !(NumberWords.TryGetScale(scaleNext.Text, out _) || scaleNext.Text.Equals("dozen", StringComparison.OrdinalIgnoreCase)))
                    return false;
                if (scaleNext.Text.EndsWith("s", StringComparison.OrdinalIgnoreCase)) return false;
                current = 1;
                j = i + 1;
                any = true;
                leadingA = true;
            }
            else if (word.Equals("half", StringComparison.OrdinalIgnoreCase) && Is(i + 1, "a") && At(i + 2) is { } halfScale
                     && (halfScale.Text.Equals("dozen", StringComparison.OrdinalIgnoreCase) || halfScale.Text is "million" or "billion" or "century" or "lakh" or "crore"))
            {
                if (halfScale.Text.Equals("century", StringComparison.Ordinal)) return false;
                var v = halfScale.Text.Equals("dozen", StringComparison.OrdinalIgnoreCase) ? 6 : NumberWords.TryGetScale(halfScale.Text, out var hs) ? hs / 2 : 0;
                core = new Core(i, i + 3, v, v, true, QuantityQualifier.Exact, null, false);
                return v > 0;
            }

            var lastWasUnit = false;
            while (At(j) is { } t)
            {
                if (t.IsWord && NumberWords.TryGetUnit(t.Text, out var unit))
                {
                    if (lastWasUnit && !(current % 100 >= 20 && current % 10 == 0 && unit < 10)) break;
                    current += unit;
                    any = true;
                    lastWasUnit = true;
                    j++;
                    continue;
                }

                if (t.Text == "-" && !t.SpaceBefore && lastWasUnit && At(j + 1) is { IsWord: true, SpaceBefore: false } u && NumberWords.TryGetUnit(u.Text, out _))
                {
                    j++;
                    continue;
                }

                if (t.IsWord && any && t.Text.Equals("dozen", StringComparison.OrdinalIgnoreCase))
                {
                    current = (current == 0 ? 1 : current) * 12;
                    lastWasUnit = false;
                    j++;
                    continue;
                }

                if (t.IsWord && any && NumberWords.TryGetScale(t.Text, out var scale) && !t.Text.EndsWith("s", StringComparison.OrdinalIgnoreCase))
                {
                    if (scale == 100) current = (current == 0 ? 1 : current) * 100;
                    else
                    {
                        total += (current == 0 ? 1 : current) * scale;
                        current = 0;
                    }

                    lastWasUnit = false;
                    j++;
                    // "two hundred and fifty"
                    if (Is(j, "and") && At(j + 1) is { IsWord: true } andUnit && NumberWords.TryGetUnit(andUnit.Text, out _)) j++;
                    continue;
                }

                break;
            }

            if (!any || j == i) return false;
            var value = total + current;

            // Bare "one", "zero", "a": never a figure on their own.
            if (value < 2 && !leadingA) return false;
            if (j == i + 1 && value < 2) return false;
            core = new Core(i, j, value, value, true, QuantityQualifier.Exact, null, total > 0 || value >= 100);
            return true;
        }

        private bool TryCollective(int i, out Core core)
        {
            core = default;
            var w = _tokens[i].Text.ToLowerInvariant();
            if (w == "tens" && Is(i + 1, "of") && At(i + 2) is { } big && NumberWords.TryGetScale(big.Text, out var bs) && big.Text.EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                var end = Is(i + 3, "of") ? i + 4 : i + 3;
                core = new Core(i, end, 20 * bs, 100 * bs, true, QuantityQualifier.Vague, null, true);
                return true;
            }

            double low;
            double high;
            if (w is "dozens") { low = 24; high = 100; }
            else if (w is "scores") { low = 40; high = 100; }
            else if (NumberWords.TryGetScale(w, out var scale) && w.EndsWith("s", StringComparison.Ordinal) && !w.StartsWith("lac", StringComparison.Ordinal))
            {
                low = 2 * scale;
                high = scale == 100 ? 1000 : scale * 1000;
            }
            else
            {
                return false;
            }

            if (!Is(i + 1, "of"))
            {
                // "hundreds more", "thousands were" read as collectives too, but only after a verb-free start is too loose:
                // require "of" or a following plural-looking word ("thousands protested" is not clear enough).
                return false;
            }

            var stop = i + 2;
            // "hundreds of thousands of"
            if (At(i + 2) is { } inner && NumberWords.TryGetScale(inner.Text, out var innerScale) && inner.Text.EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                low *= innerScale;
                high *= innerScale;
                stop = Is(i + 3, "of") ? i + 4 : i + 3;
            }

            core = new Core(i, stop, low, high, true, QuantityQualifier.Vague, null, true);
            return true;
        }

        private int ReadUnit(int end, ref QuantityUnit unit, ref string? unitText, ref double high, ref QuantityQualifier qualifier, double value)
        {
            _ = high;
            _ = qualifier;
            _ = value;
            var t = At(end);
            if (t is null) return end;
            if (t.Text == "%")
            {
                unit = QuantityUnit.Percent;
                unitText = "%";
                return end + 1;
            }

            if (t.Text.Equals("per", StringComparison.OrdinalIgnoreCase) && Is(end + 1, "cent"))
            {
                unit = QuantityUnit.Percent;
                unitText = "%";
                return end + 2;
            }

            if (t.Text.Equals("percent", StringComparison.OrdinalIgnoreCase) || (t.Text.Equals("pc", StringComparison.OrdinalIgnoreCase) && unit == QuantityUnit.Count))
            {
                unit = QuantityUnit.Percent;
                unitText = "%";
                return end + 1;
            }

            if (t.Text.Equals("percentage", StringComparison.OrdinalIgnoreCase) && At(end + 1) is { } points && points.Text.StartsWith("point", StringComparison.OrdinalIgnoreCase))
            {
                unit = QuantityUnit.Percent;
                unitText = "percentage point";
                return end + 2;
            }

            if (unit == QuantityUnit.Count && t.IsWord && !t.SpaceBefore && MeasureNouns.TryGetValue(t.Text, out var measure))
            {
                // "50km", "1,200MW"
                unit = QuantityUnit.Measure;
                unitText = measure;
                return end + 1;
            }

            if (unit == QuantityUnit.Count && t.Text == "°")
            {
                unit = QuantityUnit.Measure;
                unitText = "°";
                return At(end + 1) is { IsWord: true, SpaceBefore: false } cf && cf.Text is "C" or "F" ? end + 2 : end + 1;
            }

            return end;
        }

        private (string? Noun, TextSpan? Span, int End) ReadNoun(int end, QuantityUnit unit)
        {
            if (unit is QuantityUnit.Percent) return (null, null, end);
            var j = end;
            if (Is(j, "of") && _tokens[j - 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)) j++;
            if (Is(j, "of") && unit == QuantityUnit.Count)
            {
                // "12 of their 14 games": the count is of games.
                j++;
                if (IsAny(j, Determiners)) j++;
                if (At(j) is { Kind: TokenKind.Number }) j++;
            }
            var last = -1;
            var count = 0;
            while (At(j) is { IsWord: true } t && count < 3 && !NounStops.Contains(t.Text))
            {
                if (count > 0 && t.IsCapitalized && !_tokens[last].IsCapitalized && !_heading) break;
                last = j;
                count++;
                j++;
                if (LooksPlural(t.Text) && !(At(j) is { IsWord: true } n && LooksPlural(n.Text) && !NounStops.Contains(n.Text))) break;
            }

            if (last < 0) return (null, null, end);
            var word = _tokens[last].Text;
            var lower = word.ToLowerInvariant();
            var lemma = lower is "people" ? "people" : CachedLemma(lower);
            return (lemma, _tokens[last].Span, last + 1);
        }

        private string CachedLemma(string lower)
        {
            if (_lemmas is null) return SharedLemma(lower);
            if (!_lemmas.TryGetValue(lower, out var lemma)) _lemmas[lower] = lemma = SharedLemma(lower);
            return lemma;
        }

        // Singularize is a pure function of the word, and a per-article cache still paid for it ~10% of the
        // extraction (each article meets its nouns for the first time): cache across articles too, bounded so a
        // long-lived host (the IDE) cannot grow it without limit.
        private const int MaxSharedLemmas = 50_000;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SharedLemmas = new(StringComparer.Ordinal);
        private static int _sharedLemmaCount;

        private static string SharedLemma(string lower)
        {
            if (SharedLemmas.TryGetValue(lower, out var lemma)) return lemma;
            lemma = Lemma(lower);
            // ConcurrentDictionary.Count takes every lock: keep our own (approximate) count instead.
            if (Volatile.Read(ref _sharedLemmaCount) < MaxSharedLemmas && SharedLemmas.TryAdd(lower, lemma)) Interlocked.Increment(ref _sharedLemmaCount);
            return lemma;
        }

        /// <summary>Humanizer's singular; a plain "-s" rule where Humanizer cannot start (invariant globalization).</summary>
        private static string Lemma(string word)
        {
            try
            {
                return word.Singularize(inputIsKnownToBePlural: false);
            }
            catch (TypeInitializationException)
            {
                return word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) : word;
            }
        }

        private static bool LooksPlural(string word) =>
            word.Length > 3 && (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase))
            || word.Equals("people", StringComparison.OrdinalIgnoreCase) || word.Equals("personnel", StringComparison.OrdinalIgnoreCase);

        private bool TryApproximator(int start, out int approxStart, out QuantityQualifier qualifier)
        {
            foreach (var (words, q) in Approximators)
            {
                var k = start - words.Length;
                if (k < _first) continue;
                var match = true;
                for (var w = 0; w < words.Length && match; w++) match = Is(k + w, words[w]);
                if (!match) continue;
                approxStart = k;
                qualifier = q;
                return true;
            }

            approxStart = start;
            qualifier = QuantityQualifier.Exact;
            return false;
        }
    }

    /// <summary>Approximators, longest first so "no more than" wins over "more than".</summary>
    private static readonly (string[] Words, QuantityQualifier Qualifier)[] Approximators = BuildApproximators();

    private static (string[] Words, QuantityQualifier Qualifier)[] BuildApproximators()
    {
        var list = new List<(string[] Words, QuantityQualifier Qualifier)>();
        void Add(QuantityQualifier q, params string[] phrases)
        {
            foreach (var p in phrases) list.Add((p.Split(' '), q));
        }

        Add(QuantityQualifier.MoreThan, "more than", "over", "above", "upwards of", "in excess of", "well over", "well above", "just over", "a little over", "slightly more than", "more then");
        Add(QuantityQualifier.AtLeast, "at least", "no fewer than", "no less than", "not less than", "a minimum of", "not fewer than");
        Add(QuantityQualifier.AtMost, "up to", "as many as", "as much as", "at most", "a maximum of", "no more than", "not more than", "as high as");
        Add(QuantityQualifier.LessThan, "fewer than", "less than", "under", "below", "just below");
        Add(QuantityQualifier.About, "about", "around", "some", "approximately", "approx", "roughly", "an estimated", "estimated", "circa", "an approximate", "about an estimated", "an average of");
        Add(QuantityQualifier.Nearly, "nearly", "almost", "close to", "just under", "just short of", "nearly all");
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return list.ToArray();
    }

    private static bool TryParseDigits(string text, out double value)
    {
        value = 0;
        // Thousands separators must group by three: "20,000" yes, "3,4" no.
        var comma = text.IndexOf(',');
        if (comma >= 0)
        {
            var parts = text.Split(',');
            for (var p = 1; p < parts.Length; p++)
            {
                var part = parts[p];
                var dot = part.IndexOf('.');
                var digits = dot < 0 ? part.Length : dot;
                if (digits != 3) return false;
            }

            if (parts[0].Length == 0 || parts[0].Length > 3) return false;
            text = text.Replace(",", string.Empty);
        }

        if (text.IndexOf('.') != text.LastIndexOf('.')) return false;
        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
