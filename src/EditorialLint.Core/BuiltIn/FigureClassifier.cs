using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using EditorialLint.Quantities;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.BuiltIn;

/// <summary>
/// The figure seam of EDL0002: whether a quantity is a figure a reader may ask the source of (not a date, duration,
/// age, name, identifier, record or restatement), and whether a small count is one an event affects. Depends on the
/// <see cref="Article"/> and the figure vocabulary only.
/// </summary>
internal static class FigureClassifier
{
    /// <summary>
    /// A number that is part of a name ("Section 144", "Sector 7"), or a later bare item of the same list of names
    /// ("Sections 376, 392, 505 and 34"): back over numbers and list separators to a name word.
    /// </summary>
    internal static bool IsNameNumber(Article article, Quantity quantity, FigureVocabulary terms)
    {
        var tokens = article.Tokens;
        if (quantity.FirstToken > 0 && terms.NameWords.Contains(tokens[quantity.FirstToken - 1].Text)) return true;
        if (quantity.FirstToken > 1 && tokens[quantity.FirstToken - 1].Text == "." && terms.NameWords.Contains(tokens[quantity.FirstToken - 2].Text)) return true; // "Chungi No. 26"
        // "the Group of 20 nations": a capitalised name word and "of" before the number.
        if (quantity.FirstToken > 1 && tokens[quantity.FirstToken - 1].Text == "of" && tokens[quantity.FirstToken - 2].IsCapitalized && terms.NameWords.Contains(tokens[quantity.FirstToken - 2].Text)) return true;
        if (IsInsideName(article, quantity)) return true;

        // Only bare numbers continue the list: "Sector 7, 12 people were killed" starts a count.
        if (quantity.Unit != QuantityUnit.Count || quantity.Qualifier != QuantityQualifier.Exact || quantity.FirstToken != quantity.LastToken) return false;
        if (quantity.Noun is not null && (quantity.NounSpan is { } noun && quantity.LastToken + 1 < tokens.Count && noun.Start == tokens[quantity.LastToken + 1].Span.Start || IsEventCount(article, quantity, terms))) return false;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        var numbers = 0;
        for (var k = quantity.FirstToken - 1; k >= first && k >= quantity.FirstToken - 16; k--)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number) numbers++;
            else if (token.Text is "," or "and" or "or" or "&" or "/") continue;
            else return numbers > 0 && terms.NameWords.Contains(token.Text);
        }

        return false;
    }

    /// <summary>
    /// "Williams, now 32, is …", "Ahmed, 45, said": a bare number set off by commas after a name, alone or after
    /// "now" or "aged", is the person's age.
    /// </summary>
    internal static bool IsAppositiveAge(Article article, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Noun is not null || quantity.Qualifier != QuantityQualifier.Exact || quantity.Value is < 1 or > 120) return false;
        var tokens = article.Tokens;
        var k = quantity.FirstToken - 1;
        if (k >= 0 && tokens[k].Text is "now" or "aged" or "age") k--;
        if (k < 1 || tokens[k].Text != "," || !tokens[k - 1].IsWord) return false; // "Williams, 32,", "The prince, 20,"
        var after = quantity.LastToken + 1;
        return after >= tokens.Count || tokens[after].SentenceIndex != quantity.SentenceIndex
               || tokens[after].Text is "," or "." or ")" && tokens[after].SentenceIndex == quantity.SentenceIndex;
    }

    /// <summary>
    /// Measures written as compound modifiers, which the shared quantity extractor leaves out ("a 200-mph wind", "a
    /// 20,000-square-foot building", "5,000-foot-high peaks", "a 100-page script"): digits joined by a hyphen to a unit
    /// of measure (the <c>measureModifiers</c> of <c>figures.yml</c>). Returned as measures, in text order.
    /// </summary>
    internal static List<Quantity>? ModifierMeasures(Article article, FigureVocabulary terms)
    {
        List<Quantity>? found = null;
        var tokens = article.Tokens;
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            var number = tokens[k];
            if (number.Kind != TokenKind.Number || tokens[k + 1].Text != "-" || tokens[k + 1].SpaceBefore || tokens[k + 2].SpaceBefore) continue;
            var unit = tokens[k + 2];
            if (!unit.IsWord || !terms.MeasureModifiers.Contains(unit.Text) || unit.SentenceIndex != number.SentenceIndex) continue;
            if (!double.TryParse(number.Text.Replace(",", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0) continue;
            if (k > 0 && (tokens[k - 1].Text is "-" or "–" or "/" or "." && !tokens[k].SpaceBefore)) continue; // "6-to-3", "1.5-mile" read whole elsewhere
            if (k > 0 && tokens[k - 1].Text.Equals("per", StringComparison.OrdinalIgnoreCase)) continue; // "Rs5,000 per 10-gram": a denominator
            // "the price of 10-gram gold": the unit a price is quoted for, a denominator too.
            if (k > 1 && tokens[k - 1].Text == "of" && tokens[k - 2].Text.ToLowerInvariant() is "price" or "prices" or "rate" or "rates" or "cost") continue;
            var span = number.Span;
            found ??= new List<Quantity>();
            found.Add(new Quantity(span, article.GetText(span), value, value, value, QuantityQualifier.Exact, QuantityUnit.Measure, unit.Text.ToLowerInvariant(),
                null, null, number.InQuotation, number.SentenceIndex, k, k, spelledOut: false, definite: false));
        }

        return found;
    }

    /// <summary>
    /// "dead at 61", "died at 85", "who is at least 90,": a bare number after a death word and "at", or after "who is"
    /// and closed by a comma or the end of the sentence, is a person's age.
    /// </summary>
    internal static bool IsAgeInContext(Article article, Quantity quantity, FigureVocabulary terms)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Value is < 1 or > 120) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var first = sentence.FirstToken;
        var k = quantity.FirstToken - 1;
        if (k >= first && tokens[k].Text.ToLowerInvariant() is "turning" or "turns" or "turned" or "turn") return true; // "turning 30"
        if (quantity.Noun is null && IsOpeningAge(tokens, first, first + sentence.TokenCount, quantity)) return true;
        // The extractor may take a verb after the number for its noun ("job seekers under 25 rose"): not a plural.
        if ((quantity.NounSpan is not { } counted || !article.GetText(counted).EndsWith("s", StringComparison.Ordinal)) && IsAgeBand(article, quantity, first, first + sentence.TokenCount)) return true;
        if (quantity.Noun is not null) return false;
        if (k - 1 >= first && tokens[k].Text == "at" && tokens[k - 1].Text is "dead" or "died" or "dies" or "death" or "retired" or "retires") return true;
        var after = quantity.LastToken + 1;
        var closed = after >= first + sentence.TokenCount || tokens[after].Text is "," or "." or ";" or ")" or "when" or "and" or "to" or "before" or "while" or "but";
        // "when he was just 31": a degree adverb between the verb and the age.
        if (k - 1 >= first && tokens[k].Text is "just" or "only" or "barely" or "nearly" or "almost" or "still" or "already") k--;
        if (!closed || k - 1 < first || !(tokens[k].Text is "is" or "was" or "are" or "were" or "be")) return false;

        // "The guru, who is at least 90,", "When Mostefai was 13,": after "who", a pronoun or a name.
        var subject = tokens[k - 1];
        if (subject.Text is "who" or "he" or "she" or "He" or "She" or "I") return true;
        if (subject.IsWord && subject.IsCapitalized && !subject.IsAllCaps && k - 1 > first) return true;
        // "the oldest member is 114", "the driver was 45": a bare number said of one person (a person noun in the
        // singular after a determiner or an adjective) is that person's age, as it is of a name; a number said of people
        // ("the men were 12") or of a group ("the crew was 12") may count them.
        if (quantity.Noun is null && quantity.Value >= 2 && IsOnePerson(tokens, k - 1, first, terms)) return true;
        // "candidates must be 21": a requirement of age on people, a bare number after a modal "be".
        if (tokens[k].Text == "be" && subject.Text is "must" or "should" or "shall" or "will" or "would" or "can" or "may" && quantity.Value is >= 12 and <= 80)
        {
            // The people may stand a few words before the modal: "candidates in both town and county races must be 25".
            for (var p = k - 2; p >= first && p >= k - 9 && tokens[p].IsWord; p--)
            {
                if (PeopleRequirements.Contains(tokens[p].Text)) return true;
            }
        }

        // "buyers must show they are over 18": "over"/"under" an age of majority after a form of "be".
        return quantity.Qualifier is QuantityQualifier.MoreThan or QuantityQualifier.LessThan or QuantityQualifier.AtMost or QuantityQualifier.AtLeast
               && quantity.Value is >= 12 and <= 21 && subject.Text is "they" or "you" or "we";
    }

    /// <summary>
    /// A person noun in the singular (the <c>personNouns</c> of figures.yml, not a plural form and not one of its <c>collectiveNouns</c>)
    /// ending a noun phrase that a determiner, a possessive or an adjective opens: "the oldest member", "a local
    /// driver", "his youngest son".
    /// </summary>
    private static bool IsOnePerson(IReadOnlyList<Token> tokens, int noun, int first, FigureVocabulary terms)
    {
        var word = tokens[noun];
        if (!word.IsWord || word.IsCapitalized && noun == first || !terms.PersonNouns.Contains(word.Text) || IsPluralForm(word.Text) || terms.CollectiveNouns.Contains(word.Text)) return false;
        var d = noun - 1;
        if (d >= first && tokens[d].IsWord && !tokens[d].IsCapitalized && !Determiners.Contains(tokens[d].Text)) d--; // one adjective
        return d >= first && (Determiners.Contains(tokens[d].Text) || tokens[d].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[d].Text.EndsWith("’s", StringComparison.Ordinal));
    }

    /// <summary>Words that open a noun phrase naming one known person: "the", "a", a possessive.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    };

    /// <summary>People on whom a law or a body sets an age: "candidates must be 21", "applicants should be 18".</summary>
    private static readonly HashSet<string> PeopleRequirements = new(StringComparer.OrdinalIgnoreCase)
    {
        "candidates", "candidate", "applicants", "applicant", "voters", "voter", "drivers", "driver", "members", "buyers", "users", "players",
        "contestants", "entrants", "recruits", "students", "pupils", "children", "you", "they", "he", "she",
    };

    /// <summary>
    /// Ages and age bands around a bare number: "customers younger than 40", "job seekers under 25", "those over 60",
    /// "force workers to retire before 65", "between the ages of 4 and 15", "raised the retirement age to 67", "Sixty
    /// is the age at which …".
    /// </summary>
    private static bool IsAgeBand(Article article, Quantity quantity, int first, int end)
    {
        var tokens = article.Tokens;
        // The number itself: an approximator may open the quantity ("under 25").
        var n = quantity.FirstToken;
        while (n < quantity.LastToken && tokens[n].Kind != TokenKind.Number) n++;
        var k = n - 1;
        if (quantity.Value is < 1 or > 120) return false;
        if (k - 1 >= first && tokens[k].Text == "than" && tokens[k - 1].Text.ToLowerInvariant() is "younger" or "older") return true;
        var after = quantity.LastToken + 1;
        if (after + 2 < end && tokens[after].Text is "is" or "was" && tokens[after + 1].Text == "the" && tokens[after + 2].Text.ToLowerInvariant() is "age" or "retirement") return true;
        // "job seekers under 25", "those over 60": a people word, then under/over and the number, with nothing counted after it.
        if (k - 1 >= first && tokens[k].Text.ToLowerInvariant() is "under" or "over" or "above" or "below" or "aged")
        {
            var who = tokens[k - 1].Text.ToLowerInvariant();
            if (who is "those" or "anyone" or "everyone" or "people" or "children" or "adults" or "men" or "women" || who.Length > 4 && who.EndsWith("ers", StringComparison.Ordinal)) return true;
        }

        // An age word, or a retirement word, a few words back over numbers, "of", "and", "to", "the", "between".
        for (var b = k; b >= first && b >= quantity.FirstToken - 5; b--)
        {
            var w = tokens[b].Text.ToLowerInvariant();
            if (w is "age" or "ages" or "retire" or "retires" or "retired" or "retiring" or "retirement") return true;
            // "retirement under 65", "the age of over 18": a band's bound right before the number.
            if (b == k && w is "under" or "over" or "above" or "below") continue;
            if (!(tokens[b].Kind == TokenKind.Number || w is "of" or "and" or "to" or "the" or "between" or "before" or "at" or "until" or "from" or "-" or "–" or "pension" or "pensionable" or "voting" or "legal" or "minimum")) return false;
        }

        return false;
    }

    /// <summary>
    /// "At 45, he …", "At 7 and 10, the boys are still small": bare numbers after a sentence-opening "At" and closed by a
    /// comma are the ages of the subject.
    /// </summary>
    private static bool IsOpeningAge(IReadOnlyList<Token> tokens, int first, int end, Quantity quantity)
    {
        var k = quantity.FirstToken - 1;
        if (k - 2 >= first && tokens[k].Text is "and" or "or" && tokens[k - 1].Kind == TokenKind.Number) k -= 2; // the second age of a pair
        if (k != first || tokens[k].Text != "At") return false;
        var after = quantity.LastToken + 1;
        if (after + 2 < end && tokens[after].Text is "and" or "or" && tokens[after + 1].Kind == TokenKind.Number) after += 2;
        return after < end && tokens[after].Text == ",";
    }

    /// <summary>
    /// "1992-93", "1992- 93": the short second year of a range of years.
    /// </summary>
    internal static bool EndsYearRange(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var k = quantity.FirstToken;
        if (quantity.Unit != QuantityUnit.Count || quantity.Value is < 0 or > 99 || k < 2) return false;
        return tokens[k - 1].Text is "-" or "–" or "/" && tokens[k - 2].Kind == TokenKind.Number && tokens[k - 2].Text.Length == 4
               && int.TryParse(tokens[k - 2].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2099;
    }

    /// <summary>
    /// "Wi-Fi 802.11", "802.11ac", "MSM8974", "H.264": a number glued to letters, or a dotted number after a capitalised
    /// technical name, is a standard or model identifier.
    /// </summary>
    internal static bool IsTechnicalIdentifier(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var k = quantity.LastToken;
        if (quantity.Unit != QuantityUnit.Count) return false;
        var number = tokens[quantity.FirstToken];
        if (number.Kind != TokenKind.Number) return false;
        var text = article.Text;
        if (number.Text.IndexOf('.') > 0 && quantity.Span.End < text.Length && char.IsLetter(text[quantity.Span.End])) return true; // "802.11ac"
        if (k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].SpaceBefore && tokens[k + 1].Text.Length <= 3 && !NumberWords.TryGetSuffix(tokens[k + 1].Text, out _) && number.Text.IndexOf('.') > 0) return true;
        var b = quantity.FirstToken - 1;
        // "Covid -19", "F -16": a number glued to a hyphen after a capitalised word, with a stray space before the hyphen.
        if (b >= 1 && tokens[b].Text is "-" or "–" && !number.SpaceBefore && tokens[b].SpaceBefore && tokens[b - 1].IsWord && tokens[b - 1].IsCapitalized
            && tokens[b - 1].SentenceIndex == quantity.SentenceIndex) return true;
        // "H.264", "G.711": a number glued by a stop to a capital letter names a standard.
        var start = quantity.Span.Start;
        if (start >= 2 && text[start - 1] == '.' && char.IsUpper(text[start - 2]) && (start == 2 || !char.IsLetterOrDigit(text[start - 3]))) return true;
        return number.Text.IndexOf('.') > 0 && number.Text.Length >= 5 && b >= 0 && tokens[b].IsWord && tokens[b].Text is "Fi" or "WiFi" or "IEEE";
    }

    /// <summary>
    /// A number glued to its unit letters that names a kind rather than stating an amount, read once per quantity:
    /// <list type="bullet">
    /// <item>a standard race distance names an event ("the women's 5,000m", "indoor 400m mark", "60m hurdles champion",
    /// "the 10K category") when a gendered possessive precedes it or a label noun follows within two words; otherwise it
    /// still measures ("a 400m stretch of road", "a 60m drop");</item>
    /// <item>a video format ("1080p resolution", "a 720p screen", "4K video") or an engine class ("850cc vehicles",
    /// "the 1,000cc segment") classifies the noun it modifies, like "a five-speed gearbox"; a capacity stated of one
    /// thing ("an 850cc engine", "vehicles above 850cc") still measures.</item>
    /// </list>
    /// The label nouns are data (<c>labelNouns</c> in figures.yml); the distances and formats are the sports' and
    /// formats' own fixed values.
    /// </summary>
    internal static bool IsLabelNumber(Article article, Quantity quantity, HashSet<string> labelNouns, bool sports = false)
    {
        if (!TryGluedUnit(article, quantity, out var value, out var unit)) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var end = sentence.FirstToken + sentence.TokenCount;
        var race = unit switch
        {
            "m" => RaceMetres.Contains(value),
            "K" or "k" or "km" => value is 5 or 10 or 15 or 21 or 42 or 50 or 100,
            _ => false,
        };
        if (race)
        {
            // "women's 5,000m": the possessive may be one token or "women" + "'s".
            for (var b = quantity.FirstToken - 1; b >= sentence.FirstToken && b >= quantity.FirstToken - 2; b--)
            {
                var w = tokens[b].Text;
                if (GenderedPossessives.Contains(w)) return true;
                if (w is not ("'s" or "’s" or "'" or "’")) break;
            }

            for (var a = quantity.LastToken + 1; a < end && a <= quantity.LastToken + 2; a++)
            {
                if (!tokens[a].IsWord) break;
                if (labelNouns.Contains(tokens[a].Text)) return true;
            }

            // "ran the half marathon and then the 5,000m", "took the 200m at the nationals": a definite race
            // distance that counts no noun (a stop, "and", "or", "at" or "in" after it) names the event, in sports copy or
            // beside a label noun of the sentence; "the 100m raised" or a sum in business copy still counts.
            if (quantity.FirstToken - 1 >= sentence.FirstToken && tokens[quantity.FirstToken - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                var after = quantity.LastToken + 1;
                if (after < end && tokens[after].IsWord && tokens[after].Text == unit && !tokens[after].SpaceBefore) after++;
                var namesNothing = after >= end || !tokens[after].IsWord && tokens[after].Kind != TokenKind.Number
                                   || tokens[after].Text is "and" or "or" or "at" or "in";
                if (namesNothing && (sports || SentenceHas(tokens, sentence.FirstToken, end, labelNouns))) return true;
            }
        }

        var next = quantity.LastToken + 1;
        // The glued letters may be their own token ("720" "p"): step over them.
        if (next < tokens.Count && tokens[next].IsWord && tokens[next].Text == unit && !tokens[next].SpaceBefore) next++;
        var noun = next < end && tokens[next].IsWord ? tokens[next].Text : "";
        return unit switch
        {
            "p" or "i" => value is 240 or 360 or 480 or 576 or 720 or 1080 or 1440 or 2160 or 4320,
            "K" => value is 2 or 4 or 5 or 6 or 8 or 16 && labelNouns.Contains(noun),
            "cc" => labelNouns.Contains(noun),
            _ => false,
        };
    }

    /// <summary>
    /// Whole digits and the letters glued to them ("5,000m", "4K", "720p", "850cc"), read from the text itself: "800m."
    /// at the end of a sentence may leave the unit outside the quantity. Not money, a percentage or an approximation.
    /// </summary>
    private static bool TryGluedUnit(Article article, Quantity quantity, out int value, out string unit)
    {
        value = 0;
        unit = "";
        if (quantity.Qualifier != QuantityQualifier.Exact || quantity.Unit is QuantityUnit.Currency or QuantityUnit.Percent) return false;
        var text = article.Text;
        var start = quantity.Span.Start;
        var i = start;
        while (i < text.Length && (char.IsDigit(text[i]) || text[i] == ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]))) i++;
        var u = i;
        while (u < text.Length && char.IsLetter(text[u])) u++;
        if (i == start || u == i || i - start > 6 || u < text.Length && char.IsDigit(text[u])) return false;
        unit = text.Substring(i, u - i);
        return int.TryParse(text.Substring(start, i - start).Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool SentenceHas(IReadOnlyList<Token> tokens, int first, int end, HashSet<string> words)
    {
        for (var k = first; k < end; k++)
        {
            if (tokens[k].IsWord && words.Contains(tokens[k].Text)) return true;
        }

        return false;
    }

    /// <summary>Standard track, road and pool race distances in metres.</summary>
    private static readonly HashSet<int> RaceMetres = new() { 50, 60, 100, 110, 200, 300, 400, 800, 1500, 3000, 5000, 10000 };

    private static readonly HashSet<string> GenderedPossessives = new(StringComparer.OrdinalIgnoreCase)
    {
        "women's", "men's", "women’s", "men’s", "boys'", "girls'", "women", "men", "boys", "girls",
    };

    /// <summary>
    /// "scored 200 league and cup goals": the counted noun of a compound noun phrase is its last noun, so a record
    /// noun a few words on still makes the count a competition record.
    /// </summary>
    internal static bool CountsRecordNoun(Article article, Quantity quantity, HashSet<string> exempt)
    {
        if (quantity.Unit != QuantityUnit.Count) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var k = quantity.LastToken + 1; k < end && k <= quantity.LastToken + 4; k++)
        {
            var text = tokens[k].Text;
            if (text == "and") continue;
            if (!tokens[k].IsWord || Lexicon.FunctionWords.IsFunctionWord(text.ToLowerInvariant())) return false;
            if (text.Length > 2 && text.EndsWith("s", StringComparison.OrdinalIgnoreCase) && exempt.Contains(text.Substring(0, text.Length - 1))) return true;
        }

        return false;
    }

    /// <summary>
    /// A number inside a proper name: digits right after a capitalised word inside a sentence that is not title-cased
    /// ("Band Aid 20 single", "Power 50 issue"), or a capitalised number word between capitalised words ("Henk Ten
    /// Cate").
    /// </summary>
    internal static bool IsInsideName(Article article, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Qualifier != QuantityQualifier.Exact || quantity.FirstToken != quantity.LastToken) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var k = quantity.FirstToken;
        if (IsSingularName(article, k)) return true;
        if (IsCapitalisedNumberWord(article, quantity)) return true;
        if (IsModelSubject(article, quantity) || OpensTitle(article, quantity)) return true;
        if (k - 1 <= sentence.FirstToken) return false;
        var before = tokens[k - 1];
        var end = sentence.FirstToken + sentence.TokenCount;

        // "the Six Nations", "the Big Four": a capitalised number word inside a sentence before a capitalised word.
        var numberWordInName = tokens[k].IsWord && tokens[k].IsCapitalized && k + 1 < end && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized;

        // "10 Downing Street": a number before a capitalised name and a street word is an address.
        if (k + 2 < end && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized && StreetWords.Contains(tokens[k + 2].Text)) return true;
        // "521 W. 43rd St.", "350 Fifth Avenue": an abbreviated direction or a numbered street between them.
        if (IsStreetAddress(tokens, k, end)) return true;
        if (!numberWordInName && (!before.IsWord || !before.IsCapitalized || before.IsAllCaps || Months.Contains(before.Text))) return false;
        int words = 0, capitals = 0;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (!tokens[t].IsWord) continue;
            words++;
            if (tokens[t].IsCapitalized) capitals++;
        }

        if (capitals * 2 > words) return false; // title case: every word is capitalised
        var number = tokens[k];
        // "Room 303", "Exynos 5260": digits without separators name a thing; a four-digit one only when it is not
        // year-shaped ("Euro 2004" is a year) and no counted noun follows ("Karachi 1500 people" would count).
        if (number.Kind == TokenKind.Number)
        {
            if (!char.IsDigit(number.Text[0]) || number.Text.IndexOf(',') >= 0 || number.Text.IndexOf('.') >= 0 || number.Text.Length > 4) return false;
            if (number.Text.Length <= 3) return true;
            var yearShaped = number.Text[0] is '1' or '2' && quantity.Value is >= 1800 and <= 2099;
            return !yearShaped && quantity.Noun is null && (k + 1 >= end || !tokens[k + 1].IsWord || tokens[k + 1].IsCapitalized);
        }

        return number.IsCapitalized && k + 1 < end && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized;
    }

    /// <summary>
    /// "Boeing's twin-engine 777 boasts …", "Exynos 5260 is in mass production": digits with nothing counted after them,
    /// after a capitalised word or a modifier of it, as the subject of a singular verb are a model's name (a count above
    /// one takes a plural verb).
    /// </summary>
    private static bool IsModelSubject(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var k = quantity.FirstToken;
        if (quantity.Noun is not null || tokens[k].Kind != TokenKind.Number || quantity.Value < 2 || k == 0 || k + 1 >= tokens.Count) return false;
        if (tokens[k].Text.IndexOf(',') >= 0 || tokens[k].Text.IndexOf('.') >= 0) return false;
        var verb = tokens[k + 1];
        if (verb.SentenceIndex != quantity.SentenceIndex || !(verb.Text is "is" or "was" or "has" or "does" or "boasts" or "remains" or "features" or "uses" or "offers")) return false;
        var before = tokens[k - 1];
        return before.SentenceIndex == quantity.SentenceIndex && before.IsWord && (before.IsCapitalized || k >= 2 && tokens[k - 2].Text == "-" && !before.SpaceBefore);
    }

    /// <summary>
    /// "the film 24 Hour Party People, in which …": digits that open a run of at least two capitalised words ending in a
    /// singular, then a stop or a function word, inside a sentence that is not title-cased, are the title of a work
    /// ("200 Pakistani pilgrims" counts: a lower-case noun ends its run; "20 Labour MPs" ends in a plural).
    /// </summary>
    private static bool OpensTitle(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var end = sentence.FirstToken + sentence.TokenCount;
        var k = quantity.FirstToken;
        if (tokens[k].Kind != TokenKind.Number || k <= sentence.FirstToken) return false;
        var t = k + 1;
        while (t < end && tokens[t].IsWord && tokens[t].IsCapitalized && !tokens[t].IsAllCaps && !Months.Contains(tokens[t].Text)) t++;
        if (t - (k + 1) < 2 || tokens[t - 1].Text.EndsWith("s", StringComparison.Ordinal)) return false;
        if (t < end && tokens[t].IsWord && !Lexicon.FunctionWords.IsFunctionWord(tokens[t].Text.ToLowerInvariant())) return false;
        return !IsTitleCase(article, sentence);
    }

    /// <summary>
    /// "Parts Two and Three divide the images", "the Nine Network": a spelled-out number capitalised inside a sentence
    /// that is not title-cased (nor all capitals) is part of a name; a count is written in lower case there.
    /// </summary>
    private static bool IsCapitalisedNumberWord(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var k = quantity.FirstToken;
        var number = tokens[k];
        if (!number.IsWord || !number.IsCapitalized || number.IsAllCaps || k <= sentence.FirstToken) return false;
        // After an opening quotation mark, a colon or a dash a new sentence may start: "Three" there is not a name.
        if (!tokens[k - 1].IsWord) return false;
        return !IsTitleCase(article, sentence);
    }

    private static bool IsTitleCase(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        int words = 0, capitals = 0;
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            if (!tokens[t].IsWord) continue;
            words++;
            if (tokens[t].IsCapitalized) capitals++;
        }

        return capitals * 2 > words;
    }

    /// <summary>
    /// "50 Cent has become …", "50 Cent's label": digits and a capitalised word that take a singular verb or a
    /// possessive are one name, not a count (a count above one takes a plural); the same pair is that name wherever
    /// else the article writes it ("Rapper 50 Cent wins chart race").
    /// </summary>
    private static bool IsSingularName(Article article, int k)
    {
        var tokens = article.Tokens;
        if (tokens[k].Kind != TokenKind.Number || k + 1 >= tokens.Count) return false;
        var word = tokens[k + 1];
        // A plural noun after the number is counted ("one out of 415 Angolans has been …": the verb is the "one"'s).
        if (!word.IsWord || !word.IsCapitalized || word.IsAllCaps || word.SpaceBefore == false || word.SentenceIndex != tokens[k].SentenceIndex || Months.Contains(word.Text)) return false;
        // "50 Cent's crew": a capitalised singular with a possessive after bare digits is one name.
        if ((word.Text.EndsWith("'s", StringComparison.Ordinal) || word.Text.EndsWith("’s", StringComparison.Ordinal)) && tokens[k].Text.IndexOf(',') < 0 && tokens[k].Text.IndexOf('.') < 0) return true;
        if (word.Text.EndsWith("s", StringComparison.Ordinal)) return false;
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].Kind != TokenKind.Number || tokens[t].Text != tokens[k].Text || tokens[t + 1].Text != word.Text) continue;
            var after = tokens[t + 2];
            if (after.SentenceIndex == tokens[t].SentenceIndex && after.Text is "has" or "is" or "was" or "does" or "'s" or "\u2019s") return true;
        }

        return false;
    }

    /// <summary>Digits, then up to three capitalised words, direction abbreviations ("W.") or ordinals ("43rd"), then a street word.</summary>
    private static bool IsStreetAddress(IReadOnlyList<Token> tokens, int k, int end)
    {
        if (tokens[k].Kind != TokenKind.Number || !char.IsDigit(tokens[k].Text[0]) || tokens[k].Text.IndexOf(',') >= 0) return false;
        var words = 0;
        for (var t = k + 1; t < end && words <= 3; t++)
        {
            var text = tokens[t].Text;
            if (text == ".") continue;
            if (words > 0 && StreetWords.Contains(text)) return true;
            var ordinal = text.Length > 2 && char.IsDigit(text[0]) && (text.EndsWith("st", StringComparison.Ordinal) || text.EndsWith("nd", StringComparison.Ordinal)
                                                                        || text.EndsWith("rd", StringComparison.Ordinal) || text.EndsWith("th", StringComparison.Ordinal));
            if (!ordinal && tokens[t].Kind == TokenKind.Number && t + 1 < end && tokens[t + 1].Text is "st" or "nd" or "rd" or "th")
            {
                ordinal = true;
                t++;
            }

            if (!ordinal && !(tokens[t].IsWord && tokens[t].IsCapitalized)) return false;
            words++;
        }

        return false;
    }

    private static readonly HashSet<string> StreetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Boulevard", "Square", "Place", "Drive", "Way", "Terrace",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>"to 14 and seven years in prison", "aged 12 or 13": a bare number that shares the duration or age after it.</summary>
    internal static bool SharesUnitOf(Article article, Quantity quantity, Quantity next)
    {
        if (next.Unit is not (QuantityUnit.Duration or QuantityUnit.Age) || quantity.Noun is not null || quantity.Unit != QuantityUnit.Count) return false;
        if (next.SentenceIndex != quantity.SentenceIndex || next.FirstToken - quantity.LastToken != 2) return false;
        return article.Tokens[quantity.LastToken + 1].Text is "and" or "or" or "to" or "," or "-" or "–";
    }

    /// <summary>"70m euros ($91m; £49m)", "2,236 miles (3,598 kilometers)": a restatement in another unit is not a new claim.</summary>
    internal static bool IsConversion(Article article, Quantity? previous, Quantity quantity)
    {
        if (previous is not null && (IsRestatedShare(article, previous, quantity) || IsConvertedSum(article, previous, quantity))) return true;
        if (previous is null || quantity.Unit is not (QuantityUnit.Currency or QuantityUnit.Measure) || previous.Unit != quantity.Unit) return false;
        if (previous.SentenceIndex != quantity.SentenceIndex || previous.UnitText == quantity.UnitText) return false;
        // "55,800 yuan ($7,800)": the first sum's unit may follow it as a noun.
        var from = previous.LastToken + 1;
        if (previous.NounSpan is { } noun && from < article.Tokens.Count && article.Tokens[from].Span.Start == noun.Start) from++;
        var between = quantity.FirstToken - from;
        if (between is < 1 or > 3) return false;
        for (var t = from; t < quantity.FirstToken; t++)
        {
            var text = article.Tokens[t].Text;
            if (!(text is "(" or ";" or "," or "/" or "or" or "about" or "around" or "roughly" or "some" or "approximately" or "nearly")) return false;
        }

        return true;
    }

    /// <summary>
    /// "25 (21 percent of applicants) applied in advance", "27 items (52.94%) were unchanged": a share that opens a bracket
    /// right after a count, alone in it or with its whole, restates that count as a part of the whole; the count is the
    /// claim, not the share.
    /// </summary>
    private static bool IsRestatedShare(Article article, Quantity previous, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Percent || previous.Unit != QuantityUnit.Count || previous.SentenceIndex != quantity.SentenceIndex) return false;
        var open = AfterNoun(article, previous);
        var close = quantity.LastToken + 1;
        // The bracket holds the share alone or its whole ("(21 percent of applicants)"); "(0.5%; five combinations)" is a list.
        return open + 1 == quantity.FirstToken && article.Tokens[open].Text == "(" && close < article.Tokens.Count && article.Tokens[close].Text is ")" or "of";
    }

    /// <summary>
    /// "set aside 40 million shekels (11 million U.S. dollars)": a sum of money that opens a bracket right after an amount whose
    /// counted noun (one word right before the bracket) is a currency the extractor does not know restates it in another
    /// currency.
    /// </summary>
    private static bool IsConvertedSum(Article article, Quantity previous, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Currency || previous.Unit != QuantityUnit.Count || previous.Noun is null || previous.NounSpan is null
            || previous.SentenceIndex != quantity.SentenceIndex || quantity.FirstToken - previous.LastToken != 3) return false;
        var open = AfterNoun(article, previous);
        return open + 1 == quantity.FirstToken && article.Tokens[open].Text == "(";
    }

    /// <summary>The first token after a quantity and its counted noun.</summary>
    private static int AfterNoun(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var k = quantity.LastToken + 1;
        if (quantity.NounSpan is { } noun)
        {
            while (k < tokens.Count && tokens[k].Span.End <= noun.End) k++;
        }

        return k < tokens.Count ? k : tokens.Count - 1;
    }

    private const int SportsWordsNeeded = 4;

    /// <summary>What match reports count.</summary>
    internal static readonly HashSet<string> SportsStatNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "point", "run", "goal", "match", "game", "win", "loss", "title", "medal", "set", "shot", "yard", "lap", "wicket", "over",
        "ball", "inning", "innings", "rebound", "assist", "break", "try", "stroke", "hole", "birdie", "ace", "frame", "century",
        "fifty", "boundary", "six", "four", "appearance", "cap", "start", "save", "tackle", "pass", "catch", "victory", "defeat",
        "draw", "trophy", "place", "position", "seed", "rank", "record", "second", "minute", "metre", "meter", "kg", "km",
        "club", "team", "player", "entrant", "competitor", "runner", "category", "round", "heat", "event", "stage",
    };

    /// <summary>People of the play itself: their small counts in a match report are part of the result.</summary>
    private static readonly HashSet<string> SportsPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "athlete", "fan", "spectator", "member", "man", "men", "woman", "women", "batsman", "bowler", "boy", "girl", "candidate", "participant",
    };

    /// <summary>
    /// Whether the article is a match report: article-level evidence, at least four different words of match reports
    /// (the <c>matchReportWords</c> of figures.yml: "wicket", "striker", "penalties", "birdie").
    /// </summary>
    internal static bool IsSportsCopy(Article article, FigureVocabulary terms)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in article.Tokens)
        {
            if (token.IsWord && token.Text.Length > 2 && terms.MatchReportWords.Contains(token.Text) && seen.Add(token.Text) && seen.Count >= SportsWordsNeeded) return true;
        }

        return false;
    }

    /// <summary>Whether a quantity is a figure: a claim about the world that a reader may ask the source of.</summary>
    /// <summary>"on May 29-30, 2025", "June 26 to 28": the second day of a date range.</summary>
    private static bool EndsDateRange(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var k = quantity.FirstToken;
        if (quantity.Unit != QuantityUnit.Count || quantity.Value is < 1 or > 31) return false;
        if (k >= 3 && tokens[k - 1].Text is "-" or "–" or "to" or "and" or "or" && tokens[k - 2].Kind == TokenKind.Number && Months.Contains(tokens[k - 3].Text)) return true;
        // "on 16 or 17 March", "between 5 and 7 June": the first day of a range whose month follows its second day.
        var l = quantity.LastToken;
        return l + 3 < tokens.Count && tokens[l + 1].Text is "-" or "–" or "to" or "and" or "or" && tokens[l + 2].Kind == TokenKind.Number
               && tokens[l + 2].Text.Length <= 2 && Months.Contains(tokens[l + 3].Text) && tokens[l + 3].IsCapitalized;
    }

    /// <summary>"a mother of five", "the father of two teenagers": the count after a parent word and "of" is a family.</summary>
    private static bool CountsOwnChildren(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        if (quantity.Value >= 20) return false;
        // "the father-of-two": the compound descriptor written with hyphens is the same family.
        var of = quantity.FirstToken - 1;
        var hyphenated = of - 1 >= first && tokens[of].Text == "-" && !tokens[of].SpaceBefore && !tokens[quantity.FirstToken].SpaceBefore;
        if (hyphenated) of--;
        if (of - 1 < first || tokens[of].Text != "of") return false;
        var parent = of - 1;
        if (hyphenated)
        {
            if (parent - 1 < first || tokens[parent].Text != "-" || tokens[parent].SpaceBefore) return false;
            parent--;
        }

        if (!ParentWords.Contains(tokens[parent].Text)) return false;
        // "the father of two children, who died after falling from a swing": the children are the event's victims.
        var after = quantity.LastToken + 1;
        if (quantity.NounSpan is { } noun)
        {
            while (after < tokens.Count && tokens[after].Span.End <= noun.End) after++;
        }

        // "a father of three who was killed" is the parent's event.
        if (after >= tokens.Count || tokens[after].SentenceIndex != quantity.SentenceIndex) return true;
        if (tokens[after].Text == ",") return false;
        return !(tokens[after].Text is "who" or "which" or "that" && after + 1 < tokens.Count && tokens[after + 1].Text is "were" or "are" or "have" or "had" or "died");
    }

    private static readonly HashSet<string> ParentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mother", "father", "parent", "parents", "mum", "mom", "dad", "grandmother", "grandfather", "grandparents",
    };

    /// <summary>"The 93 minute film", "a five year plan": a count before a singular unit of time is a duration modifier
    /// written without its hyphen.</summary>
    private static bool IsOpenDurationModifier(Article article, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Value < 2) return false;
        var after = quantity.LastToken + 1;
        var tokens = article.Tokens;
        if (after + 1 >= tokens.Count || tokens[after + 1].SentenceIndex != quantity.SentenceIndex) return false;
        return tokens[after].Text.ToLowerInvariant() is "second" or "minute" or "hour" or "day" or "week" or "month" or "year" or "decade"
               && tokens[after + 1].IsWord && !tokens[after + 1].IsCapitalized && tokens[after + 1].Text is not ("of" or "and" or "or" or "to" or "in" or "on" or "at" or "for" or "with" or "by" or "from" or "ago" or "old");
    }

    /// <summary>"Three layers? Ten?", "£50m for Gerrard?": a number in a short question (up to 15 words) is asked, not
    /// asserted. A headline's question mark does not count ("Is 40% of the budget lost?" still puts the figure to the
    /// reader).</summary>
    internal static bool IsAsked(Article article, Quantity quantity)
    {
        var sentence = article.Sentences[quantity.SentenceIndex];
        if (article.Blocks[sentence.BlockIndex].Kind == BlockKind.Heading) return false;
        var tokens = article.Tokens;
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        // The question the number stands in: from the stop before it to the first stop after it, which must be "?"
        // ("Three layers? Ten?" she asked.).
        // A long question carries assertions of its own ("Why was the council, which has more than 200 unpaid bills,
        // allowed …?"): only a short one asks its number. The words are counted while the stops are sought, so neither
        // search reads past the sixteenth word (a run-on sentence would cost its length for every figure), nor past
        // QuestionTokens tokens (a run of bare numbers and commas has no words to count).
        var words = 0;
        for (var k = quantity.FirstToken; k <= quantity.LastToken && k < end; k++)
        {
            if (tokens[k].IsWord) words++;
        }

        if (words > 15) return false;
        var close = quantity.LastToken + 1;
        while (close < end && tokens[close].Text is not ("?" or "." or "!"))
        {
            if (tokens[close].IsWord && ++words > 15 || close - quantity.LastToken > QuestionTokens) return false;
            close++;
        }

        if (close >= end || tokens[close].Text != "?") return false;
        var open = quantity.FirstToken - 1;
        while (open >= first && tokens[open].Text is not ("?" or "." or "!"))
        {
            if (tokens[open].IsWord && ++words > 15 || quantity.FirstToken - open > QuestionTokens) return false;
            open--;
        }

        return true;
    }

    /// <summary>The most tokens <see cref="IsAsked"/> reads on either side of a figure for the stops of its question.</summary>
    internal const int QuestionTokens = 60;

    /// <summary>
    /// List numbering without its stop: a paragraph that opens with a bare whole number, in a run of paragraphs that open
    /// with the number before or after it ("26 South-west London saw …", "27 Spending between clubs …").
    /// </summary>
    internal static bool IsListNumber(Article article, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Qualifier != QuantityQualifier.Exact || quantity.SpelledOut || quantity.FirstToken != quantity.LastToken) return false;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var block = article.Blocks[sentence.BlockIndex];
        if (sentence.FirstToken != quantity.FirstToken || block.FirstSentence != sentence.Index) return false;
        return LeadingNumber(article, block.Index - 1) == quantity.Value - 1 || LeadingNumber(article, block.Index + 1) == quantity.Value + 1;
    }

    private static double LeadingNumber(Article article, int blockIndex)
    {
        if (blockIndex < 0 || blockIndex >= article.Blocks.Count) return double.NaN;
        var block = article.Blocks[blockIndex];
        if (block.SentenceCount == 0) return double.NaN;
        var token = article.Tokens[article.Sentences[block.FirstSentence].FirstToken];
        return token.Kind == TokenKind.Number && double.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }

    /// <summary>
    /// "a five member bench", "a 10 point compulsory charter": a count before a singular kind noun (the <c>kindNouns</c>
    /// of figures.yml) and another word is a compound modifier written without its hyphen, naming a kind as "a
    /// five-member bench" does. A plural right after the noun is what is counted ("20 member states"), and a change
    /// noun makes it an amount ("a 10 point lead").
    /// </summary>
    internal static bool IsOpenKindModifier(Article article, Quantity quantity, FigureVocabulary terms)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Qualifier != QuantityQualifier.Exact || quantity.Value < 2) return false;
        var tokens = article.Tokens;
        var noun = quantity.LastToken + 1;
        if (noun + 1 >= tokens.Count || tokens[noun + 1].SentenceIndex != quantity.SentenceIndex) return false;
        var kind = tokens[noun];
        var next = tokens[noun + 1];
        if (!kind.IsWord || kind.IsCapitalized || !terms.KindNouns.Contains(kind.Text) || !next.IsWord) return false;
        var word = next.Text;
        if (Lexicon.FunctionWords.IsFunctionWord(word.ToLowerInvariant()) || ChangeNouns.Contains(word)) return false;
        return !(word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("ous", StringComparison.Ordinal));
    }

    /// <summary>Nouns of a change or a margin: "a 10 point lead" states an amount, not a kind.</summary>
    private static readonly HashSet<string> ChangeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "lead", "drop", "rise", "fall", "gap", "margin", "gain", "increase", "decrease", "decline", "swing", "cut", "jump",
        "hike", "advantage", "deficit", "majority", "slide", "loss",
    };

    /// <summary>"a pack of 20 tablets", "per box of 12": a count after an indefinite package noun and "of" names the product sold
    /// ("in the case of 41 candidates", "leads the pack of 11 contenders" count).</summary>
    internal static bool IsPackageSize(Article article, Quantity quantity, FigureVocabulary terms)
    {
        var k = quantity.FirstToken;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        var tokens = article.Tokens;
        return quantity.Unit == QuantityUnit.Count && k - 3 >= first && tokens[k - 1].Text == "of" && terms.PackageNouns.Contains(tokens[k - 2].Text)
               && tokens[k - 3].Text.ToLowerInvariant() is "a" or "an" or "per" or "each" or "every" or "one";
    }

    /// <summary>
    /// "the 17 eurozone finance ministers", "the EU's 27 member states": a definite exact count of the members of a
    /// known body (the <c>memberNouns</c> of figures.yml) names the set, as "the four provinces" does, at any size.
    /// A relative clause after it picks a part out ("the 12 members who voted against"), and an event makes the count a
    /// figure ("the 12 ministers arrested").
    /// </summary>
    internal static bool IsMemberSet(Article article, Quantity quantity, FigureVocabulary terms)
    {
        if (!quantity.Definite || quantity.Qualifier != QuantityQualifier.Exact || quantity.Unit != QuantityUnit.Count
            || quantity.Noun is not { } noun || quantity.NounSpan is not { } nounSpan || !terms.MemberNouns.Contains(noun)) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var end = sentence.FirstToken + sentence.TokenCount;
        var k = quantity.LastToken + 1;
        while (k < end && tokens[k].Span.End <= nounSpan.End) k++;
        return !(k < end && tokens[k].Text is "who" or "that" or "which" or "whom") && !IsEventCount(article, quantity, terms);
    }

    /// <summary>
    /// "ranked at 542 from the previous year's 570 spot", "placed 12": a bare number after a rank word (skipping "at",
    /// "No", "number") or with a rank word as its noun is a rank or a position, not a figure.
    /// </summary>
    internal static bool IsRank(Article article, Quantity quantity, FigureVocabulary terms)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Qualifier != QuantityQualifier.Exact) return false;
        var tokens = article.Tokens;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        if (quantity.Noun is not null) return terms.RankWords.Contains(quantity.Noun) && quantity.LastToken + 1 < tokens.Count && terms.RankWords.Contains(tokens[quantity.LastToken + 1].Text);
        var k = quantity.FirstToken - 1;
        while (k >= first && k >= quantity.FirstToken - 3 && tokens[k].Text is "at" or "No" or "no" or "number" or "." or "a" or "lowly") k--;
        return k >= first && terms.RankWords.Contains(tokens[k].Text) && tokens[k].Text is not ("position" or "positions" or "place" or "spot")
               || quantity.LastToken + 1 < tokens.Count && tokens[quantity.LastToken + 1].SentenceIndex == quantity.SentenceIndex && tokens[quantity.LastToken + 1].Text is "position" or "spot";
    }

    /// <summary>
    /// A definite count that refers back to a count of the same noun and value earlier in the article ("Two men were
    /// charged. … The two men will be sentenced next month"): the later mention identifies the set the earlier one
    /// counted, so only the earlier one is a figure.
    /// </summary>
    internal static bool RefersBack(Article article, Quantity quantity)
    {
        if (!quantity.Definite || quantity.Qualifier != QuantityQualifier.Exact || quantity.Unit != QuantityUnit.Count || quantity.FirstToken != quantity.LastToken
            || quantity.NounSpan is not { } nounSpan || quantity.LastToken + 1 >= article.Tokens.Count) return false;
        var tokens = article.Tokens;
        var number = tokens[quantity.FirstToken].Text;
        var noun = tokens[quantity.LastToken + 1];
        if (noun.Span.Start != nounSpan.Start) return false;
        var sentenceStart = article.Sentences[quantity.SentenceIndex].FirstToken;
        for (var k = 0; k + 1 < sentenceStart; k++)
        {
            // A part of a counted set: "23 of the 38 states" (or "23 of them" … "the 23 states") counts the same states.
            if (tokens[k + 1].Text == "of" && tokens[k].Text.Equals(number, StringComparison.OrdinalIgnoreCase) && PartitiveNoun(tokens, k + 2, sentenceStart, noun.Text)) return true;
            if (!tokens[k + 1].Text.Equals(noun.Text, StringComparison.OrdinalIgnoreCase)) continue;
            if (tokens[k].Text.Equals(number, StringComparison.OrdinalIgnoreCase) || quantity.Value == 2 && tokens[k].Text.Equals("both", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>
    /// The model of reference for a definite count: "the remaining three suspects" after "three accomplices escaped",
    /// "all three passengers" after "Three persons were killed in a crash", "the 41,250 accounts" after "41,250 accounts": a definite count
    /// (after "the", a demonstrative, a possessive, "both", "all" or "remaining") whose value an earlier sentence counted
    /// of the same set refers to that set; only the first count is a figure. The same set is the same counted noun, two
    /// nouns of one group of the <c>sameSetNouns</c> of figures.yml, or a person noun after a count of "people" or
    /// "persons" (the general noun of every person). Looks back over at most <see cref="MaxAntecedents"/> quantities.
    /// </summary>
    internal static bool RefersToEarlierCount(Article article, IReadOnlyList<Quantity> quantities, int index, FigureVocabulary terms)
    {
        var quantity = quantities[index];
        if (quantity.Unit != QuantityUnit.Count || quantity.Qualifier != QuantityQualifier.Exact || quantity.Value < 2
            || !(quantity.Definite || DefiniteBefore(article, quantity))) return false;
        // "All 12 of them", "the three were freed": a definite count with no noun of its own names no set but the one an
        // earlier count of that value counted, whatever its noun.
        var bare = quantity.Noun is null || CountsPronoun(article, quantity);
        var noun = quantity.Noun;
        if (noun is null && !bare) return false;
        for (var i = index - 1; i >= 0 && i >= index - MaxAntecedents; i--)
        {
            var earlier = quantities[i];
            if (earlier.SentenceIndex >= quantity.SentenceIndex || earlier.Unit != QuantityUnit.Count || earlier.Qualifier != QuantityQualifier.Exact
                || earlier.Value != quantity.Value) continue;
            if (bare) return true;
            // "a blast killing 40" … "the 40 passengers": a count of people whose earlier count named no noun (a toll,
            // an object of "killing") refers to the people it counted.
            if (earlier.Noun is not { } antecedent)
            {
                if (terms.PersonNouns.Contains(noun!) && EarlierCountsPeople(article, earlier, terms)) return true;
                continue;
            }

            if (SameSet(noun!, antecedent, terms)) return true;
        }

        return false;
    }

    /// <summary>"all 12 of them", "the three of us": the count's own noun is a pronoun after "of".</summary>
    private static bool CountsPronoun(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var k = quantity.LastToken + 1;
        return k + 1 < tokens.Count && tokens[k].SentenceIndex == quantity.SentenceIndex && tokens[k].Text == "of"
               && tokens[k + 1].Text.ToLowerInvariant() is "them" or "us" or "you" or "those" or "these";
    }

    /// <summary>
    /// Whether a count with no noun counts people: an event word of figures.yml (killed, injured, dead …) within three
    /// tokens before or after it in its sentence ("killing 40", "40 were hurt").
    /// </summary>
    private static bool EarlierCountsPeople(Article article, Quantity earlier, FigureVocabulary terms)
    {
        var tokens = article.Tokens;
        var sentence = article.Sentences[earlier.SentenceIndex];
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var k = Math.Max(sentence.FirstToken, earlier.FirstToken - 3); k < end && k <= earlier.LastToken + 3; k++)
        {
            if (k >= earlier.FirstToken && k <= earlier.LastToken) continue;
            if (tokens[k].IsWord && terms.EventWords.Contains(tokens[k].Text)) return true;
        }

        return false;
    }

    private const int MaxAntecedents = 200;

    /// <summary>"all three passengers", "the remaining three suspects": a count after "all" or "remaining" is definite too.</summary>
    private static bool DefiniteBefore(Article article, Quantity quantity)
    {
        var k = quantity.FirstToken - 1;
        return k >= article.Sentences[quantity.SentenceIndex].FirstToken && article.Tokens[k].Text.ToLowerInvariant() is "all" or "remaining";
    }

    private static bool SameSet(string noun, string antecedent, FigureVocabulary terms)
    {
        if (noun.Equals(antecedent, StringComparison.OrdinalIgnoreCase)) return true;
        if (terms.SameSet.TryGetValue(noun, out var a) && terms.SameSet.TryGetValue(antecedent, out var b) && a == b) return true;
        var generalAntecedent = terms.GeneralPersonNouns.Contains(antecedent);
        var generalNoun = terms.GeneralPersonNouns.Contains(noun);
        // "two women" … "the two men": two general nouns of different sexes are two sets.
        if (generalAntecedent && generalNoun && Sex(noun) is { } sexNoun && Sex(antecedent) is { } sexAntecedent && sexNoun != sexAntecedent) return false;
        return generalAntecedent && terms.PersonNouns.Contains(noun) || generalNoun && terms.PersonNouns.Contains(antecedent);
    }

    private static char? Sex(string noun) => noun.ToLowerInvariant() switch
    {
        "man" or "men" => 'm',
        "woman" or "women" => 'f',
        _ => null,
    };

    /// <summary>
    /// "the global 787 fleet" in an article that writes "Boeing 787", "Storm Diverts 747 Route" over "a Boeing 747":
    /// a bare whole number that counts nothing (no plural after it) is a model, flight or route number when the article
    /// writes the same digits right after a capitalised name inside a sentence (not its first word, not a month or a
    /// weekday, not after "in" or "at", which make the word a place), followed by nothing that they count (a stop, a
    /// capitalised word, a function word).
    /// </summary>
    internal static bool IsNumberOfName(Article article, Quantity quantity, Dictionary<string, List<int>>? namedNumbers, FigureVocabulary terms)
    {
        if (namedNumbers is null || quantity.Unit != QuantityUnit.Count || quantity.Qualifier != QuantityQualifier.Exact || quantity.SpelledOut
            || quantity.FirstToken != quantity.LastToken) return false;
        var tokens = article.Tokens;
        var digits = tokens[quantity.FirstToken];
        if (CoordinatedWithNameNumber(article, quantity, namedNumbers, terms)) return true;
        if (digits.Kind != TokenKind.Number || !namedNumbers.TryGetValue(digits.Text, out var names) || CountsAfter(tokens, quantity.LastToken + 1, quantity.SentenceIndex)) return false;
        foreach (var k in names)
        {
            if (k != quantity.FirstToken) return FollowsSameName(article, quantity, tokens[k - 1].Text) || ReadsAsName(article, quantity);
        }

        return false;
    }

    /// <summary>
    /// "One-two-five-nine-two, good day", "nine-nine-zero heavy": digit words joined by hyphens, three or more in a row,
    /// spell out a code (a radio frequency, a call sign, a telephone number) digit by digit; they count nothing.
    /// </summary>
    private static bool IsSpelledDigits(Article article, Quantity quantity)
    {
        if (!quantity.SpelledOut || quantity.Unit != QuantityUnit.Count) return false;
        var tokens = article.Tokens;
        var k = quantity.FirstToken;
        if (!IsDigitWord(tokens[k].Text)) return false;
        // Three in a row are enough: the walk stops there, so a long chain costs constant work per number.
        var run = 1;
        for (var j = k; run < 3 && j - 2 >= 0 && JoinedByHyphen(tokens, j - 1) && IsDigitWord(tokens[j - 2].Text); j -= 2) run++;
        for (var j = k; run < 3 && j + 2 < tokens.Count && JoinedByHyphen(tokens, j + 1) && IsDigitWord(tokens[j + 2].Text); j += 2) run++;
        return run >= 3;
    }

    private const int MaxListedVersions = 8;

    private static bool JoinedByHyphen(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text is "-" && !tokens[k].SpaceBefore && k + 1 < tokens.Count && !tokens[k + 1].SpaceBefore;

    private static bool IsDigitWord(string text) => DigitWords.Contains(text);

    private static readonly HashSet<string> DigitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "niner",
    };

    /// <summary>
    /// "Windows 95 and 98 files", "the Boeing 747 and 777 fleets", "Chapters 54, 55 and 96": a bare number in a list that
    /// starts with a number of a name, each item with as many digits, is the same name's other version, model or
    /// section; a count of people after it still counts ("Flight 370 and 239 passengers").
    /// </summary>
    private static bool CoordinatedWithNameNumber(Article article, Quantity quantity, Dictionary<string, List<int>> namedNumbers, FigureVocabulary terms)
    {
        var tokens = article.Tokens;
        var k = quantity.FirstToken;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        if (tokens[k].Kind != TokenKind.Number || !AllDigits(tokens[k].Text) || quantity.Noun is { } noun && terms.PersonNouns.Contains(noun)) return false;
        // Back along the list ("Chapters 54, 55, and 96"): each item a number of as many digits, after "and", "or", "/" or a comma.
        for (var item = 0; item < MaxListedVersions; item++)
        {
            var j = k - 1;
            if (j >= first && tokens[j].Text is "and" or "or" && j - 1 >= first && tokens[j - 1].Text == ",") j--;
            if (j - 1 < first || tokens[j].Text is not ("and" or "or" or "," or "/")) return false;
            var other = tokens[j - 1];
            if (other.Kind != TokenKind.Number || other.Text.Length != tokens[k].Text.Length) return false;
            if (namedNumbers.TryGetValue(other.Text, out var at) && at.Contains(j - 1)) return true;
            k = j - 1;
        }

        return false;
    }

    /// <summary>
    /// The numbers an article writes right after a name inside a sentence (see <see cref="IsNumberOfName"/>): each bare
    /// whole number of two digits or more, with the tokens where a name comes before it. One pass over the tokens; null
    /// when there is none.
    /// </summary>
    internal static Dictionary<string, List<int>>? NumbersAfterNames(Article article)
    {
        Dictionary<string, List<int>>? found = null;
        var tokens = article.Tokens;
        var checkedSentence = -1;
        var lowerCase = false;
        for (var k = 1; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Number || token.Text.Length < 2 || !AllDigits(token.Text)) continue;
            var name = tokens[k - 1];
            var sentence = article.Sentences[token.SentenceIndex];
            if (name.SentenceIndex != token.SentenceIndex || k - 1 == sentence.FirstToken || !name.IsWord || !name.IsCapitalized || name.Text.Length < 4
                || IsMonthName(name.Text) || IsWeekday(name.Text) || k - 2 >= sentence.FirstToken && tokens[k - 2].Text.ToLowerInvariant() is "in" or "at") continue;
            if (NumberWords.TryGetUnit(name.Text.ToLowerInvariant(), out _)) continue; // "Sixty 500-mg tablets"
            if (k + 1 < tokens.Count && tokens[k + 1].SentenceIndex == token.SentenceIndex)
            {
                // Not a date ("Koda's 12 March show"), a joined unit ("400-mg") or a count ("Lahore 300 people").
                var next = tokens[k + 1];
                if (IsMonthName(next.Text) || next.Text is "-" or "–" && !next.SpaceBefore
                    || next.IsWord && !next.IsCapitalized && !Lexicon.FunctionWords.IsFunctionWord(next.Text.ToLowerInvariant())) continue;
            }

            // A headline in title case capitalises every word: no evidence of a name there.
            if (checkedSentence != sentence.Index)
            {
                checkedSentence = sentence.Index;
                lowerCase = HasLowerCaseContentWord(article, sentence);
            }

            if (!lowerCase) continue;
            found ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
            if (!found.TryGetValue(token.Text, out var list)) found[token.Text] = list = new List<int>();
            list.Add(k);
        }

        return found;
    }

    /// <summary>"SkyJet 880 Victims Named", "Koda 4000 thanked fans": the mention follows the same name itself.</summary>
    private static bool FollowsSameName(Article article, Quantity quantity, string name)
    {
        var before = quantity.FirstToken - 1;
        return before >= article.Sentences[quantity.SentenceIndex].FirstToken && article.Tokens[before].Text.Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The mention itself reads as a name, not a count: not the first word of its sentence ("12 die in crash"), nothing
    /// counted after it ("787 planes", "24 British entries"), and with no noun after a determiner or a name ("on the
    /// 777.", "a 777 flying", "Unit 18 claimed"; not "the toll rises to 10").
    /// </summary>
    private static bool ReadsAsName(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        var before = quantity.FirstToken - 1;
        if (before < first || CountsAfter(tokens, quantity.LastToken + 1, quantity.SentenceIndex)) return false;
        var next = quantity.LastToken + 1 < tokens.Count ? tokens[quantity.LastToken + 1] : null;
        if (quantity.NounSpan is { } nounSpan) return !(next is { IsWord: true, IsCapitalized: true } && LooksPlural(article.GetText(nounSpan)));
        var word = tokens[before];
        return word.Text.ToLowerInvariant() is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "this" or "that" || word.IsWord && word.IsCapitalized;
    }

    private static bool HasLowerCaseContentWord(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            if (tokens[t].IsWord && !tokens[t].IsCapitalized && tokens[t].Text.Length >= 4 && !Lexicon.FunctionWords.IsFunctionWord(tokens[t].Text.ToLowerInvariant())) return true;
        }

        return false;
    }

    private static bool LooksPlural(string word) =>
        word.Length > 3 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
        || word.ToLowerInvariant() is "people" or "men" or "women" or "children" or "staff" or "police" or "personnel" or "cattle";

    private static bool AllDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
        }

        return true;
    }

    /// <summary>A lower-case plural right after a number: what it counts ("787 planes").</summary>
    private static bool CountsAfter(IReadOnlyList<Token> tokens, int k, int sentenceIndex)
    {
        if (k >= tokens.Count || tokens[k].SentenceIndex != sentenceIndex || !tokens[k].IsWord || tokens[k].IsCapitalized) return false;
        return LooksPlural(tokens[k].Text);
    }

    private static bool IsWeekday(string word) =>
        word is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    /// <summary>"of the 38 states", "of its 12 member states": the noun of the set a partitive count takes its part of.</summary>
    private static bool PartitiveNoun(IReadOnlyList<Token> tokens, int k, int end, string noun)
    {
        for (var j = k; j < end && j < k + 4; j++)
        {
            if (tokens[j].Text.Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
            if (!(tokens[j].Text is "the" or "its" or "their" or "his" or "her" or "our" or "these" or "those" || tokens[j].Kind == TokenKind.Number || tokens[j].IsWord)) return false;
        }

        return false;
    }

    /// <summary>
    /// A result line, "Borders 19-20 Ulster", "Barbarians 19-47 New Zealand": two bare counts joined by a hyphen between
    /// two capitalised names is a match score (a competition record), not a range.
    /// </summary>
    private static bool IsScoreBetweenNames(Article article, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Qualifier != QuantityQualifier.Range || quantity.High >= 1000) return false;
        var text = quantity.Text;
        var dash = text.IndexOf('-');
        if (dash <= 0 || dash == text.Length - 1 || !char.IsDigit(text[0]) || !char.IsDigit(text[text.Length - 1])) return false;
        for (var c = 0; c < text.Length; c++)
        {
            if (!(char.IsDigit(text[c]) || c == dash)) return false;
        }

        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        int before = quantity.FirstToken - 1, after = quantity.LastToken + 1;
        return before >= sentence.FirstToken && after < sentence.FirstToken + sentence.TokenCount
               && tokens[before].IsWord && tokens[before].IsCapitalized && tokens[after].IsWord && tokens[after].IsCapitalized
               && !IsMonthName(tokens[before].Text) && !IsMonthName(tokens[after].Text);
    }

    private static bool IsMonthName(string word) =>
        word is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September" or "October" or "November" or "December"
            or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec";

    /// <summary>
    /// "If a family's weekly bill has risen from Rs800 to Rs2,200, …", "unless 10 people apply": a number inside an
    /// open conditional clause is a hypothetical, not asserted. The clause runs from "if" or "unless" to the next
    /// comma, colon, semicolon or stop; a number after it is in the main clause ("If approved, the Rs5bn project …").
    /// </summary>
    internal static bool IsConditional(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        for (var k = quantity.FirstToken - 1; k >= first && k >= quantity.FirstToken - 20; k--)
        {
            var text = tokens[k].Text;
            if (text is "," or ";" or ":" or "." or "—" or "–" or "(" or ")") return false;
            if (text is "if" or "If" or "unless" or "Unless") return true;
        }

        return false;
    }

    /// <summary>How many tokens before a count a noun of a told story may stand ("tells the story of two men").</summary>
    private const int NarrativeReach = 12;

    /// <summary>
    /// The longest sentence read as a told story or an imagined scene. Each of its counts looks for an event word in the
    /// whole sentence: bounded, the cost stays linear in a run-on sentence (a pasted table after "Imagine"), which is no
    /// scene anyway.
    /// </summary>
    internal const int NarratedSentenceTokens = 150;

    /// <summary>
    /// A count of the characters of a told story, or of an imagined scene, is not asserted: "the play tells the story of
    /// two brothers who open a bakery", "a novel that follows three sisters", "a parable about a sheriff and two
    /// prisoners", "Picture it now. Two tired people …", "Imagine four friends …". A story's noun (the
    /// <c>narrativeNouns</c> of figures.yml) earlier in the sentence, followed by a word of telling ("of", "about",
    /// "follows", "goes", …; after "that" or "which"), with no stop, comma, dash or number before the count; or a sentence that opens with an imperative of the
    /// <c>imagineWords</c>, or follows a short one in its paragraph ("Picture it now."). Counts only, below a hundred, and
    /// never in a sentence with an event word: a story of people an event affected ("the story of two men killed in the
    /// raid") tells a figure.
    /// </summary>
    internal static bool IsNarrated(Article article, Quantity quantity, FigureVocabulary terms)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Value is < 2 or >= 100 || terms.NarrativeNouns.Count + terms.ImagineWords.Count == 0) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        if (sentence.TokenCount > NarratedSentenceTokens) return false;
        var first = sentence.FirstToken;
        var narrated = false;
        for (var k = quantity.FirstToken - 1; k >= first && k >= quantity.FirstToken - NarrativeReach; k--)
        {
            var token = tokens[k];
            if (token.Text is "." or ";" or ":" or "," or "—" or "–" or "-" or "(" || token.Kind == TokenKind.Number) break;
            if (!token.IsWord || !terms.NarrativeNouns.Contains(token.Text)) continue;
            // The word of telling right after the noun, or after "that"/"which": "the story of", "a novel that follows".
            var t = k + 1;
            if (t < quantity.FirstToken && tokens[t].Text is "that" or "which") t++;
            if (t < quantity.FirstToken && TellingWords.Contains(tokens[t].Text)) { narrated = true; break; }
        }

        if (!narrated) narrated = OpensImagined(article, quantity.SentenceIndex, terms)
                                  || quantity.SentenceIndex > 0 && article.Sentences[quantity.SentenceIndex - 1] is { BlockIndex: var b, TokenCount: <= ImaginedOpenerTokens } previous
                                     && b == sentence.BlockIndex && OpensImagined(article, previous.Index, terms);
        return narrated && !HasEventWord(article, quantity.SentenceIndex, terms);
    }

    /// <summary>How long a sentence that opens an imagined scene for the next may be ("Picture it now.", "Imagine this:").</summary>
    private const int ImaginedOpenerTokens = 6;

    /// <summary>Words that tie a story's noun to what it tells: "the story of", "a film about", "the novel follows".</summary>
    private static readonly HashSet<string> TellingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "about", "follows", "following", "featuring", "involving", "goes", "centres", "centers", "revolves",
    };

    /// <summary>The sentence opens with an imperative of imagining, then a lower-case word or a number ("Imagine two …",
    /// "Picture it"): not a caption's "Picture:", nor a name ("Imagine Dragons").</summary>
    private static bool OpensImagined(Article article, int sentenceIndex, FigureVocabulary terms)
    {
        var tokens = article.Tokens;
        var sentence = article.Sentences[sentenceIndex];
        var first = sentence.FirstToken;
        if (sentence.TokenCount < 2 || !terms.ImagineWords.Contains(tokens[first].Text)) return false;
        var next = tokens[first + 1];
        return next.Kind == TokenKind.Number || next.IsWord && !next.IsCapitalized;
    }

    /// <summary>
    /// "a 5-4 vote", "a 2-1 decision", "the 6-to-3 majority", "voted 6-2", "a court divided 6-to-3": two small counts
    /// joined by a hyphen or "to" beside a word of voting are the split of a vote, a figure (votes are figures; a match
    /// score is a record, so not in sports copy). The shared extractor reads such pairs as scores and leaves them out.
    /// Returned in text order as counts whose value is the votes cast.
    /// </summary>
    internal static List<Quantity>? VoteSplits(Article article)
    {
        List<Quantity>? found = null;
        var tokens = article.Tokens;
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            var a = tokens[k];
            if (a.Kind != TokenKind.Number || a.Text.Length > 2 || !int.TryParse(a.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var yes)) continue;
            var b = k + 1;
            var joined = tokens[b].Text is "-" or "–" && !tokens[b].SpaceBefore;
            if (!joined && tokens[b].Text != "to") continue;
            var c = b + 1;
            if (joined && c + 1 < tokens.Count && tokens[c].Text == "to" && tokens[c + 1].Text is "-" or "–") c += 2; // "6-to-3"
            if (c >= tokens.Count || tokens[c].Kind != TokenKind.Number || tokens[c].Text.Length > 2 || tokens[c].SentenceIndex != a.SentenceIndex
                || !int.TryParse(tokens[c].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var no) || no > yes) continue;
            var before = k > 0 && tokens[k - 1].SentenceIndex == a.SentenceIndex ? tokens[k - 1].Text.ToLowerInvariant() : "";
            var after = c + 1 < tokens.Count && tokens[c + 1].SentenceIndex == a.SentenceIndex ? tokens[c + 1].Text.ToLowerInvariant() : "";
            if (!(before is "voted" or "divided" or "split" || after is "vote" or "votes" or "decision" or "ruling" or "majority" or "verdict")) continue;
            var span = TextSpan.FromBounds(a.Span.Start, tokens[c].Span.End);
            found ??= new List<Quantity>();
            found.Add(new Quantity(span, article.GetText(span), yes + no, yes + no, yes + no, QuantityQualifier.Exact, QuantityUnit.Count, null,
                null, null, a.InQuotation, a.SentenceIndex, k, c, spelledOut: false, definite: false));
            k = c;
        }

        return found;
    }

    /// <summary>
    /// "2.5 times more likely", "up to ten times its own weight", "three times the size of": a multiple is a ratio, a
    /// figure at any size; "two times" alone counts occasions (a set noun).
    /// </summary>
    private static bool IsMultiple(Article article, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Noun is not ("time" or "times") || quantity.NounSpan is not { } nounSpan) return false;
        var tokens = article.Tokens;
        var k = quantity.LastToken + 1;
        while (k < tokens.Count && tokens[k].Span.End <= nounSpan.End) k++;
        if (k >= tokens.Count || tokens[k].SentenceIndex != quantity.SentenceIndex) return false;
        var next = tokens[k].Text.ToLowerInvariant();
        // Not "three times a week": a habit or a regimen ("pray five times a day", "eat fish two or three times a week")
        // is as often a known practice as a figure.
        return next is "as" or "more" or "less" or "higher" or "lower" or "larger" or "smaller" or "bigger" or "greater" or "faster" or "slower" or "the" or "that" or "total" or "its" or "their";
    }

    /// <summary>"a magnitude of 7.4", "magnitude measured at 7.4", "7.4 on the Richter scale": the size of an earthquake is a measure.</summary>
    private static bool IsMagnitude(Article article, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Noun is not null || quantity.Value is <= 0 or >= 10) return false;
        var tokens = article.Tokens;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        for (var k = quantity.FirstToken - 1; k >= first && k >= quantity.FirstToken - 4; k--)
        {
            if (tokens[k].Text.Equals("magnitude", StringComparison.OrdinalIgnoreCase)) return true;
            if (!tokens[k].IsWord || !(tokens[k].Text is "of" or "measured" or "at" or "a" or "estimated" or "preliminary" or "was" or "is")) break;
        }

        var after = quantity.LastToken + 1;
        return after + 2 < tokens.Count && tokens[after].Text == "on" && tokens[after + 1].Text == "the" && tokens[after + 2].Text == "Richter";
    }

    /// <summary>
    /// "his fourth hundred in 29 Tests": "Test" capitalised inside a sentence that is not title-cased is the cricket
    /// match, a competition record like "caps"; "34 tests" in lower case (medical, school) still counts.
    /// </summary>
    private static bool CountsTestMatches(Article article, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Noun is not "test" || quantity.NounSpan is not { } noun) return false;
        var text = article.Text;
        return noun.Start < text.Length && text[noun.Start] == 'T' && !IsTitleCase(article, article.Sentences[quantity.SentenceIndex]);
    }

    /// <summary>
    /// "a career-best 187", "unbeaten on 65", "a personal best of 10.2 seconds": in a match report a count or a measure
    /// right after a word of a competition record (the <c>matchRecordWords</c> of figures.yml; a hyphenated compound by
    /// its last word, past one "on", "of" or "at") is the record, not a figure.
    /// </summary>
    internal static bool FollowsMatchRecordWord(Article article, Quantity quantity, FigureVocabulary terms)
    {
        if (quantity.Unit is not (QuantityUnit.Count or QuantityUnit.Measure)) return false;
        var tokens = article.Tokens;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        var k = quantity.FirstToken - 1;
        if (k >= first && tokens[k].Text is "on" or "of" or "at") k--;
        return k >= first && tokens[k].IsWord && terms.MatchRecordWords.Contains(tokens[k].Text);
    }

    /// <summary>
    /// "the 20m note", "a Rs1,000 note", "stamps of Rs20, Rs40 and Rs500 denominations", "in the £190 million case": a sum
    /// before a noun of the <c>denominationNouns</c> of figures.yml names a kind of note, coin or stamp, and a definite one
    /// before a <c>namedCaseNouns</c> noun a known case by its amount, not a quantity asserted. A sum in a list of them counts with the noun the list ends or starts with; a plain
    /// count needs the noun in the singular after a number above one ("the 20m note"; "20 notes were found" counts notes).
    /// </summary>
    internal static bool NamesDenomination(Article article, Quantity quantity, FigureVocabulary terms)
    {
        if (quantity.Unit == QuantityUnit.Count)
            return quantity.Value > 1 && quantity.Noun is { } noun && terms.DenominationNouns.Contains(noun) && quantity.NounSpan is { Length: > 0 } span
                   && article.Text[span.End - 1] != 's';
        if (quantity.Unit != QuantityUnit.Currency || quantity.Qualifier != QuantityQualifier.Exact) return false;
        if (quantity.Noun is { } counted && (terms.DenominationNouns.Contains(counted) || quantity.Definite && terms.NamedCaseNouns.Contains(counted))) return true;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        int first = sentence.FirstToken, end = first + sentence.TokenCount;
        // Along a list of sums: "Rs10, Rs30 and Rs 200 denominations", "coins of Rs5, Rs10 …".
        // The noun follows the last sum of the list right away ("Rs1,000, stamp duty …" is another item).
        for (var k = quantity.LastToken + 1; k < end && k <= quantity.LastToken + 16; k++)
        {
            var t = tokens[k];
            if (terms.DenominationNouns.Contains(t.Text)) return k > quantity.LastToken + 1 && tokens[k - 1].Text is not ("," or "and" or "or" or "&");
            if (!InSumList(t)) break;
        }

        for (var k = quantity.FirstToken - 1; k >= first && k >= quantity.FirstToken - 16; k--)
        {
            var t = tokens[k];
            if (t.Text == "of" && k - 1 >= first && terms.DenominationNouns.Contains(tokens[k - 1].Text) && tokens[k + 1].Text.IndexOfAny(Digits) >= 0) return true;
            if (!InSumList(t)) break;
        }

        return false;
    }

    private static readonly char[] Digits = "0123456789".ToCharArray();

    /// <summary>A token inside a list of sums: a separator, or a part of a sum (digits, a currency, a scale).</summary>
    private static bool InSumList(Token token) =>
        token.Text is "," or "and" or "or" or "&" || token.Kind == TokenKind.Number || token.Text.IndexOfAny(Digits) >= 0 || token.IsWord && token.IsCapitalized && token.Text.Length <= 3
        || token.IsWord && token.Text is "million" or "m" or "bn" or "billion" or "crore" or "lakh" || !token.IsWord && token.Text.Length == 1 && char.IsSymbol(token.Text[0]);

    /// <summary>"winners of the County Shield a record 17 times": how often a record was set or a title won is a competition record.</summary>
    private static bool IsRecordRepeat(Article article, Quantity quantity)
    {
        var k = quantity.FirstToken - 1;
        return quantity.Unit == QuantityUnit.Count && quantity.Noun is "time" && k >= 0 && article.Tokens[k].Text.Equals("record", StringComparison.OrdinalIgnoreCase)
               && article.Tokens[k].SentenceIndex == quantity.SentenceIndex;
    }

    internal static bool IsFigure(Article article, Quantity quantity, double minValue, HashSet<string> exemptNouns, FigureVocabulary terms, bool sports = false, HashSet<string>? cueVerbs = null,
        Dictionary<string, List<int>>? namedNumbers = null) =>
        NotFigureClass(article, quantity, minValue, exemptNouns, terms, sports, cueVerbs, namedNumbers) is null;

    /// <summary>Why a quantity is not a figure (the class that decided it, for the eval's decision trace), or null for a figure.</summary>
    internal static string? NotFigureClass(Article article, Quantity quantity, double minValue, HashSet<string> exemptNouns, FigureVocabulary terms, bool sports = false, HashSet<string>? cueVerbs = null,
        Dictionary<string, List<int>>? namedNumbers = null)
    {
        if (IsOpenKindModifier(article, quantity, terms)) return "open-kind-modifier";
        if (IsPackageSize(article, quantity, terms)) return "package-size";
        if (IsRank(article, quantity, terms)) return "rank";
        if (IsMemberSet(article, quantity, terms)) return "member-set";
        if (RefersBack(article, quantity)) return "refers-back";
        if (IsNumberOfName(article, quantity, namedNumbers, terms)) return "number-of-name";
        if (IsSpelledDigits(article, quantity)) return "spelled-digits";
        if (quantity.Unit is QuantityUnit.Duration or QuantityUnit.Age) return "duration-or-age";
        if (IsOpenDurationModifier(article, quantity)) return "open-duration-modifier";
        if (IsListNumber(article, quantity)) return "list-number";
        // A record counts titles, prizes and goals; a sum is still a sum ("a £25,000 prize").
        if (quantity.Noun is { } noun && exemptNouns.Contains(noun) && quantity.Unit != QuantityUnit.Currency) return "exempt-noun";
        if (EndsDateRange(article, quantity)) return "ends-date-range";
        if (IsScoreBetweenNames(article, quantity)) return "score-between-names";
        if (IsConditional(article, quantity)) return "conditional";
        if (IsNarrated(article, quantity, terms)) return "narrated";
        if (IsRecordRepeat(article, quantity)) return "record-repeat";
        if (CountsTestMatches(article, quantity)) return "test-matches";
        if (NamesDenomination(article, quantity, terms)) return "denomination";
        if (quantity.Unit is QuantityUnit.Percent or QuantityUnit.Currency) return quantity.Value > 0 ? null : "zero-amount";

        // "A mother of five was shot dead": a parent's children are a family, even in a sentence about an event.
        if (quantity.Unit == QuantityUnit.Count && CountsOwnChildren(article, quantity)) return "own-children";

        // A count of people or things an event affects is a figure at any size, even after "the" ("the 23 soldiers killed").
        if (quantity.Unit == QuantityUnit.Count && IsEventCount(article, quantity, terms, sports)) return null;

        // Otherwise small counts after "the" or a possessive identify known things ("the two countries", "his three
        // children"); a large one still tells how many ("the 1,100 schools", "Delphi's 200,000 employees").
        // A definite measure names a known thing ("the 10,000m"); a capitalised number word after a capitalised word is
        // part of a name ("Ocean's Twelve", "the Big Four").
        if (quantity.Definite && quantity.Qualifier == QuantityQualifier.Exact && quantity.Unit == QuantityUnit.Measure) return "definite-measure";
        if (quantity.SpelledOut && IsNumberWordInName(article, quantity)) return "number-word-in-name";
        if (quantity.Value >= minValue) return null;
        if (quantity.Definite && quantity.Qualifier == QuantityQualifier.Exact) return "definite-small-count";

        // Small counts and measures stated as news; in match reports they are results and records.
        // (In match reports only counts of people outside the play: "four people were ejected from the ground".)
        if (sports && !(quantity.Noun is { } counted && terms.PersonNouns.Contains(counted) && !SportsStatNouns.Contains(counted) && !SportsPeople.Contains(counted))) return "sports-small-count";
        return IsStatedSmallCount(article, quantity, terms, cueVerbs) ? null : "small-count-not-stated";
    }

    /// <summary>
    /// A small count of people or things stated as news is a figure at any size ("four people were ejected from the
    /// ground", "charged along with three other men", "signals from two antennas"), and so is a measure ("four miles
    /// off the shore", "7.9 mm"). Not a known set: a definite or possessive count ("the two suspects", "his two
    /// children"), a part of a set ("two of his brothers", "one of three films"), a set noun ("two daughters", "two
    /// ways"), a count its names follow ("two sons, Avi and Joel"), or the source itself ("two US officials told AFP",
    /// "according to two studies").
    /// </summary>
    internal static bool IsStatedSmallCount(Article article, Quantity quantity, FigureVocabulary terms, HashSet<string>? cueVerbs)
    {
        if (quantity.Definite || quantity.Value <= 0) return false;
        if (quantity.Unit == QuantityUnit.Measure || IsMultiple(article, quantity) || IsMagnitude(article, quantity)) return true;
        // Counts are whole numbers written as such: "Android 5.0 Lollipop" is a version.
        if (quantity.Unit != QuantityUnit.Count || quantity.Noun is not { } noun || quantity.Value < 2 || quantity.Value != Math.Floor(quantity.Value)
            || quantity.NounSpan is not { } nounSpan || article.Tokens[quantity.LastToken].Text.IndexOf('.') >= 0) return false;
        var tokens = article.Tokens;
        // The word right after the number too, when it is a set noun in the plural: "have four children together" (the
        // extractor's noun runs on past an irregular plural). A singular set noun there modifies the noun after it, which
        // is what is counted: "two party leaders", "three country managers", "four side roads" are figures.
        if (terms.SetNouns.Contains(noun) || quantity.LastToken + 1 < tokens.Count && tokens[quantity.LastToken + 1].SentenceIndex == quantity.SentenceIndex
            && IsPluralForm(tokens[quantity.LastToken + 1].Text) && terms.SetNouns.Contains(tokens[quantity.LastToken + 1].Text)) return false;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        var after = quantity.LastToken + 1;
        // "the mother of two teenagers", "a father of three": a parent's children, a family, not news.
        if (quantity.FirstToken - 2 >= first && tokens[quantity.FirstToken - 1].Text == "of" && ParentWords.Contains(tokens[quantity.FirstToken - 2].Text)) return false;
        if (after < end && tokens[after].Text is "of" or "-" or "–") return false;
        // "one of three films", "each of the 24 girls": a part of a set. "Bodies of two men", "a group of four" count.
        var before = quantity.FirstToken - 1;
        if (before - 1 >= first && tokens[before].Text is "of" && (tokens[before - 1].Kind == TokenKind.Number || Quantifiers.Contains(tokens[before - 1].Text))) return false;
        if (before - 1 >= first && tokens[before].Text is "to" && tokens[before - 1].Text.Equals("according", StringComparison.OrdinalIgnoreCase)) return false;
        if (before >= first && tokens[before].Text == "," && IsAppositiveToNames(article, before, first)) return false;

        // After the counted noun: a list of its names, or a cue verb whose source it is ("three suspects allegedly admitted").
        var k = after;
        while (k < end && tokens[k].Span.End <= nounSpan.End) k++;
        if (k < end)
        {
            var next = tokens[k].Text;
            if (next is "," or ":" or "(" or "—" or "–" or "-" && k + 1 < end && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized) return false;
            while (k + 1 < end && next is "allegedly" or "also" or "reportedly" or "later" or "have" or "had" or "has") next = tokens[++k].Text;
            if (cueVerbs is not null && cueVerbs.Contains(next)) return false;
        }

        return !NamedInEnumeration(article, quantity, after, end, terms) && !(NamedInNextSentence(article, quantity, nounSpan, end) && !HasEventWord(article, quantity.SentenceIndex, terms));
    }

    /// <summary>
    /// "two senators voted against the bill: Ann Reyes of Ohio and Tom H. Hale of Maine", "two former
    /// allies of Chile -- Peru and Bolivia -- tabled it": a colon, dash or bracket a few words after the
    /// count opens a list that names exactly as many things as it counts. The count picks out a named set; drop it and
    /// the sentence says the same.
    /// </summary>
    private static bool NamedInEnumeration(Article article, Quantity quantity, int after, int end, FigureVocabulary terms)
    {
        var tokens = article.Tokens;
        var open = -1;
        var opener = "";
        for (var k = after; k < end && k <= after + 10; k++)
        {
            var text = tokens[k].Text;
            if (text is ":" or "(" or "—" or "–" or "-") { open = k; opener = text; break; }
            // A word that opens the list ("located at", "namely", also after a comma: ", namely").
            var listed = MatchListOpener(tokens, text == "," ? k + 1 : k, end, terms);
            if (listed >= 0) { open = listed; break; }
            if (text is "," or ";" or "." || tokens[k].Kind == TokenKind.Number) return false;
        }

        if (open < 0) return false;
        if (opener.Length == 0) return quantity.Value >= 2 && LeadingNames(tokens, open + 1, end) == quantity.Value && !HasEventWord(article, quantity.SentenceIndex, terms);
        var start = open + 1;
        while (start < end && tokens[start].Text == opener) start++; // "--"
        var items = 0;
        var words = 0;
        var expectName = true;
        bool? eventWord = null;
        var k2 = start;
        for (; k2 < end; k2++)
        {
            var token = tokens[k2];
            var text = token.Text;
            if (text is "," or "and" or "&")
            {
                if (expectName) { if (text == "and" && items > 0 && tokens[k2 - 1].Text == ",") continue; return false; }
                expectName = true;
                continue;
            }

            if (text == ")" && opener == "(" || text == opener || text is "." or ";" or "!" or "?") break;
            if (expectName)
            {
                // An item may name a place after its preposition: "two underpasses — at Garden Chowk and River Chowk —".
                // Places that people come from or are held at say nothing of who they are: not with an event word
                // ("Three nationals -- from A, B and C -- were arrested" counts the arrested).
                // (the sentence is read for one once, whatever the number of items).
                var at = ItemPrepositions.Contains(text) && k2 + 1 < end && !(eventWord ??= HasEventWord(article, quantity.SentenceIndex, terms)) ? k2 + 1 : k2;
                var head = tokens[at].Text is "the" or "The" && at + 1 < end ? tokens[at + 1] : tokens[at];
                if (!head.IsWord || !head.IsCapitalized) return false;
                items++;
                words = 0;
                expectName = false;
            }

            if (token.Kind == TokenKind.Number || ++words > 8) return false;
        }

        return !expectName && items >= 2 && items == quantity.Value;
    }

    /// <summary>A noun's plural form: a regular plural in -s (not -ss), or an irregular one ("children", "men").</summary>
    private static bool IsPluralForm(string word) =>
        word.Length > 3 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
        || IrregularPlurals.Contains(word);

    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "children", "grandchildren", "men", "women", "people", "feet", "teeth", "mice", "geese",
    };

    /// <summary>Prepositions of place that may open each item of a list of named places after a colon, dash or bracket.</summary>
    private static readonly HashSet<string> ItemPrepositions = new(StringComparer.Ordinal) { "at", "in", "on", "near", "from" };

    /// <summary>
    /// An <c>eventWords</c> word anywhere in the sentence: "two suspects, identified as A and B, were arrested" counts the
    /// arrested even though it names them, so a list of names does not make such a count identify.
    /// </summary>
    private static bool HasEventWord(Article article, int sentenceIndex, FigureVocabulary terms)
    {
        var sentence = article.Sentences[sentenceIndex];
        var tokens = article.Tokens;
        for (var k = sentence.FirstToken; k < sentence.FirstToken + sentence.TokenCount; k++)
        {
            if (tokens[k].IsWord && terms.EventWords.Contains(tokens[k].Text)) return true;
        }

        return false;
    }

    /// <summary>The last token of a <c>listOpeners</c> term of figures.yml that starts at <paramref name="k"/>, or -1.</summary>
    private static int MatchListOpener(IReadOnlyList<Token> tokens, int k, int end, FigureVocabulary terms)
    {
        if (k >= end || !tokens[k].IsWord) return -1;
        foreach (var term in terms.ListOpeners)
        {
            var parts = term.Parts;
            if (k + parts.Length > end) continue;
            var match = true;
            for (var i = 0; i < parts.Length && match; i++) match = TermMatcher.Normalize(tokens[k + i].Text).Equals(parts[i], StringComparison.OrdinalIgnoreCase);
            if (match) return k + parts.Length - 1;
        }

        return -1;
    }

    /// <summary>
    /// "… under plans drawn up by two software firms. Acme and Brightwave are building …": a count whose noun ends its sentence,
    /// and a next sentence (in its paragraph or the next) that opens with a list of exactly as many names as its subject,
    /// introduces the set the names then pick out.
    /// </summary>
    private static bool NamedInNextSentence(Article article, Quantity quantity, TextSpan nounSpan, int end)
    {
        if (quantity.Value < 2 || quantity.Value > 12) return false;
        var tokens = article.Tokens;
        var k = quantity.LastToken + 1;
        while (k < end && tokens[k].Span.End <= nounSpan.End) k++;
        if (!(k == end || k + 1 == end && tokens[k].Text is "." or "!")) return false;
        var next = quantity.SentenceIndex + 1;
        if (next >= article.Sentences.Count) return false;
        var sentence = article.Sentences[next];
        var items = LeadingNames(tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, verbAfter: true);
        return items >= 2 && items == quantity.Value;
    }

    /// <summary>
    /// How many names a list from <paramref name="start"/> gives ("Ann, Bo and Cy", each name one to four capitalised
    /// words joined by commas, "and" or "&amp;"): the list ends at a lower-case word (with <paramref name="verbAfter"/>,
    /// only there) or at the end of its sentence; -1 when the text there is no such list.
    /// </summary>
    private static int LeadingNames(IReadOnlyList<Token> tokens, int start, int end, bool verbAfter = false)
    {
        var items = 0;
        var words = 0;
        // A list coordinates its last name ("Ann, Bo and Cy"): "Consequently, Acme's …" is no list.
        bool joined = false, lastJoined = false;
        for (var j = start; j < end; j++)
        {
            var token = tokens[j];
            if (token.Text is "," or "and" or "&")
            {
                if (words == 0 && !(token.Text == "and" && j > start && tokens[j - 1].Text == ",")) return -1;
                words = 0;
                joined = token.Text != ",";
                continue;
            }

            if (token.IsWord && token.IsCapitalized)
            {
                if (words == 0) { items++; lastJoined = joined; joined = false; }
                if (++words > 4) return -1;
                continue;
            }

            // The list ends after a name: at a lower-case word (the verb), or at the end of the sentence; without a verb
            // after it also at a comma after a name (", namely Ann and Bo, by the spring").
            if (words == 0 && !verbAfter && token.IsWord && j > start && tokens[j - 1].Text == "," && items >= 2 && (j < 2 || tokens[j - 2].IsWord)) return lastJoined ? items : -1;
            if (words == 0 || !(token.IsWord || !verbAfter && token.Text is "." or ";" or ")")) return -1;
            return lastJoined ? items : -1;
        }

        return verbAfter || words == 0 || !lastJoined ? -1 : items;
    }

    private static bool IsNumberWordInName(Article article, Quantity quantity)
    {
        var tokens = article.Tokens;
        var k = quantity.FirstToken;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        return k > first && tokens[k].IsWord && tokens[k].IsCapitalized && tokens[k - 1].IsWord && tokens[k - 1].IsCapitalized;
    }

    /// <summary>", Omar Latif and Karim Nasser, have been charged": names between commas, then an auxiliary.</summary>
    private static bool NamesAsideBeforeVerb(IReadOnlyList<Token> tokens, int comma, int end)
    {
        for (var k = comma + 1; k < end && k < comma + 14; k++)
        {
            if (tokens[k].Text == ",") return k + 1 < end && tokens[k + 1].Text is "have" or "has" or "had" or "were" or "was" or "are" or "is" or "been";
            if (!tokens[k].IsWord || !(tokens[k].IsCapitalized || tokens[k].Text is "and" or "or")) return false;
        }

        return false;
    }

    /// <summary>Verbs of saying and arguing whose subject is a source ("two officials told AFP", "dozens of officials argue").</summary>
    private static readonly HashSet<string> SourceVerbs = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "told", "tell", "tells", "argue", "argues", "argued", "insist", "insists", "insisted", "contend", "contends", "contended",
    };

    private static readonly HashSet<string> Quantifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "each", "some", "many", "most", "all", "both", "none", "either", "neither", "any", "several", "few", "two", "three", "four", "five",
    };

    /// <summary>
    /// "The regulator and 20 states suing the carmaker say …", "Two US officials told AFP": a count inside the
    /// subject of a verb of saying describes the source, not a claim.
    /// </summary>
    internal static bool CountsTheSource(Article article, Quantity quantity, HashSet<string>? cueVerbs)
    {
        if (cueVerbs is null || quantity.Unit != QuantityUnit.Count || quantity.NounSpan is not { } nounSpan) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var end = sentence.FirstToken + sentence.TokenCount;
        var k = quantity.LastToken + 1;
        while (k < end && tokens[k].Span.End <= nounSpan.End) k++;
        var aside = false;
        for (var words = 0; k < end && words < 8; k++, words++)
        {
            var token = tokens[k];
            // "dozens of parents and councillors across the region _ argue …": the count sits in a dash aside
            // whose close stands right before the verb.
            if (token.Text is "_" or "—" or "–" or "-" && !aside && k + 1 < end && SourceVerbs.Contains(tokens[k + 1].Text))
            {
                aside = true;
                continue;
            }

            if (!token.IsWord || token.Text is "that" or "who" or "which" or "were" or "was" or "are" or "is" or "have" or "has" or "had" or "will" or "would") return false;
            // "the mill employs 7,600 staff and insists …": a second predicate of the subject, not the count's verb.
            if (token.Text == "and" && k + 1 < end && SourceVerbs.Contains(tokens[k + 1].Text)) return false;
            if (SourceVerbs.Contains(token.Text)) return words < 5 || aside;
        }

        return false;
    }

    /// <summary>
    /// "Pondimin and Redux, two prescription diet drugs": a count set off by a comma after a noun phrase that names
    /// things describes them (not after an opening adverbial: "In Wyoming, three attempts … failed").
    /// </summary>
    private static bool IsAppositiveToNames(Article article, int comma, int first)
    {
        var tokens = article.Tokens;
        var k = comma - 1;
        if (k < first || !tokens[k].IsWord || !tokens[k].IsCapitalized) return false;
        while (k > first && tokens[k - 1].Text is not ("," or ";" or ":" or "(")) k--;
        return !Lexicon.FunctionWords.IsFunctionWord(tokens[k].Text.ToLowerInvariant());
    }

    /// <summary>
    /// "Three persons were killed in a crash", "killed four", "two suspects were arrested", "injuring 12": an event word close to
    /// the count (before it, or after it and its noun), and the count not a part of a known set ("one of the suspects").
    /// </summary>
    internal static bool IsEventCount(Article article, Quantity quantity, FigureVocabulary terms) => IsEventCount(article, quantity, terms, sports: false);

    /// <summary>
    /// As above; in a match report (<paramref name="sports"/>) the <c>playWords</c> of figures.yml ("shot") name the play,
    /// not an event: "drove an angled shot from 20 yards" counts no one hurt.
    /// </summary>
    internal static bool IsEventCount(Article article, Quantity quantity, FigureVocabulary terms, bool sports)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Value < 1) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        var after = quantity.LastToken + 1;

        // "a seven- month custody battle": a count joined by a hyphen to what follows is a compound modifier.
        if (after < end && tokens[after].Text is "-" or "–") return false;
        // Before the count: "killed four", "arrested two men", "charged along with three other men".
        for (var k = Math.Max(first, quantity.FirstToken - 3); k < quantity.FirstToken; k++)
        {
            if (terms.EventWords.Contains(tokens[k].Text) && !(sports && terms.PlayWords.Contains(tokens[k].Text))) return true;
        }

        var limit = quantity.LastToken + 6;
        for (var k = after; k < end && k <= limit; k++)
        {
            var text = tokens[k].Text;

            // "At least four guards, including two women, were hurt", "three officers - A, B and C - injured":
            // an aside after the noun does not separate the count from its event.
            if (text is "," or "-" or "–" or "—" && k + 1 < end && (tokens[k + 1].Text is "including" or "among" or "mostly" or "all" || tokens[k + 1].IsCapitalized && (text != "," || NamesAsideBeforeVerb(tokens, k, end))))
            {
                var close = k + 1;
                // A dash aside may list names with their fathers' names ("three men — Karim (son of Rashid), Tariq
                // (son of Yousaf), … — were held"): it runs longer than a comma's.
                var reach = text == "," ? 14 : 48;
                while (close < end && close < k + reach && tokens[close].Text != text && tokens[close].Text is not ("." or ";")) close++;
                if (close < end && tokens[close].Text == text)
                {
                    limit += close - k + 1;
                    k = close;
                    continue;
                }
            }

            if (text is "." or ";" or ":" || tokens[k].Kind == TokenKind.Number) break;
            if (terms.EventWords.Contains(text) && !(sports && terms.PlayWords.Contains(text))) return true;
        }

        return IsSubjectOfEventPassive(article, quantity, terms, sports, after, end);
    }

    /// <summary>How far after the count its clause's verb may stand: a subject with a long modifier or a list of names.</summary>
    private const int SubjectReach = 24;

    /// <summary>How many words a prepositional phrase in the subject may hold ("from the Gadoon Industrial Estate station").</summary>
    private const int PhraseWords = 6;

    /// <summary>
    /// The count is the subject of a passive of an event: "two policemen from the station in the district were
    /// martyred", "two suspects, A, alias B, and C, were arrested". Past the counted noun come only what modifies it —
    /// phrases of place or origin that a preposition opens, names set off by commas or dashes — then a form of "be"
    /// (or "have been"); the participle after it (past "also", "all", "later", an -ly adverb, "been") says what
    /// happened to what was counted. Anything else after the noun (a verb: "20 players sent a letter … talks were
    /// held"; an infinitive: "five children to take up … when he was arrested") ends the subject. Only an indefinite
    /// count at the head of its clause (the sentence's start, or after a comma or a conjunction): a definite one may
    /// name people the copy has named ("The two men - along with … - were indicted").
    /// </summary>
    private static bool IsSubjectOfEventPassive(Article article, Quantity quantity, FigureVocabulary terms, bool sports, int after, int end)
    {
        if (quantity.Definite || quantity.NounSpan is not { } noun) return false;
        var tokens = article.Tokens;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        var head = quantity.FirstToken - 1;
        // The conjunction may open the sentence with a capital ("When two guards … were wounded, …").
        if (head >= first && !ClauseHeads.Contains(tokens[head].Text)) return false;
        var k = after;
        while (k < end && tokens[k].Span.End <= noun.End) k++;
        var limit = Math.Min(end, k + SubjectReach);
        var inQuote = tokens[quantity.FirstToken].InQuotation;
        while (k < limit)
        {
            var text = tokens[k].Text;
            if (tokens[k].InQuotation != inQuote) return false;
            if (text is "was" or "were" or "is" or "are" or "have" or "has" or "had")
            {
                // A passive: a form of "be", or "have been" ("two teams have held talks" is the subject's own act).
                if (text is "have" or "has" or "had" && !(k + 1 < end && tokens[k + 1].Text == "been")) return false;
                var v = k + 1;
                while (v < end && v <= k + 4 && (tokens[v].Text is "been" or "also" or "all" or "both" or "later" or "reportedly" or "allegedly" or "being" or "then" or "subsequently"
                                                 || tokens[v].IsWord && tokens[v].Text.Length > 4 && tokens[v].Text.EndsWith("ly", StringComparison.Ordinal))) v++;
                return v < end && terms.EventWords.Contains(tokens[v].Text) && !(sports && terms.PlayWords.Contains(tokens[v].Text));
            }

            if (SubjectPrepositions.Contains(text))
            {
                // A phrase of place or origin: a few words up to the next preposition, comma, dash or verb of "be".
                var words = 0;
                k++;
                while (k < limit && tokens[k].IsWord && !SubjectPrepositions.Contains(tokens[k].Text) && !(tokens[k].Text is "was" or "were" or "is" or "are" or "have" or "has" or "had")
                       && !(tokens[k].Text is "who" or "which" or "that" or "when" or "after" or "before" or "while" or "where"))
                {
                    if (++words > PhraseWords) return false;
                    k++;
                }

                if (words == 0) return false;
                continue;
            }

            if (text is "," or "—" or "–" or "-")
            {
                // Names set off: capitalised words, "alias", "and", commas.
                k++;
                while (k < limit && (tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Text is "alias" or "and" or "," or "—" or "–" or "-")) k++;
                continue;
            }

            return false;
        }

        return false;
    }

    /// <summary>What may stand right before a count that heads its clause: a comma or a conjunction, in any case.</summary>
    private static readonly HashSet<string> ClauseHeads = new(StringComparer.OrdinalIgnoreCase) { ",", "and", "but", "when", "after", "as", "while", "where" };

    /// <summary>Prepositions that open a phrase of place or origin inside a subject: "two policemen from the station in Swabi".</summary>
    private static readonly HashSet<string> SubjectPrepositions = new(StringComparer.Ordinal) { "from", "of", "in", "at", "on", "near", "inside", "belonging" };

    /// <summary>
    /// Settled history: the figure's sentence is anchored only in years at least two before the article's
    /// (<paramref name="referenceYear"/>) — "Vane, who wounded seven people in Ghent in 2012" in copy of 2015, "In
    /// 2003, exports fell by 1.8%" in copy of 2005 — and holds no time of the story itself (a weekday, "today", "this
    /// year", "last week"), no cumulative span ("since 2001") and no later year. Last year's figures are still news (the
    /// annual results), so a year before the article's is not history. A year after "founded", "born", "established" and
    /// the like describes an entity, not the time of the figure, and anchors nothing.
    /// </summary>
    internal static bool IsSettledHistory(Article article, Quantity quantity, int referenceYear)
    {
        if (referenceYear <= 0) return false;
        var anchor = HistoryAnchor(article, quantity.SentenceIndex, referenceYear);
        if (anchor != 0) return anchor > 0;
        // A past-tense sentence with no time of its own goes on in the time of the sentence before it in its paragraph:
        // "In 1988, a musical adaptation was staged. It closed after five shows, losing $7 million." Only the one sentence
        // before, and not a sentence in the present or future ("More than 500 cases have been confirmed"): a narrative
        // that returns to the story's time says so by its tense.
        var previous = quantity.SentenceIndex - 1;
        return previous >= 0 && article.Sentences[previous].BlockIndex == article.Sentences[quantity.SentenceIndex].BlockIndex
               && !HasPresentTense(article, quantity.SentenceIndex) && HistoryAnchor(article, previous, referenceYear) > 0;
    }

    private static bool HasPresentTense(Article article, int sentenceIndex)
    {
        var tokens = article.Tokens;
        var sentence = article.Sentences[sentenceIndex];
        for (var k = sentence.FirstToken; k < sentence.FirstToken + sentence.TokenCount; k++)
        {
            if (PresentAuxiliaries.Contains(tokens[k].Text)) return true;
        }

        return false;
    }

    /// <summary>Auxiliaries and copulas of the present and future: a sentence holding one speaks of the story's time.</summary>
    private static readonly HashSet<string> PresentAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "am", "has", "have", "will", "shall", "can", "may", "must", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll",
    };

    /// <summary>Whether the sentence is anchored in settled history (1), in the story's own time (-1), or in no time (0).</summary>
    private static int HistoryAnchor(Article article, int sentenceIndex, int referenceYear)
    {
        var tokens = article.Tokens;
        var sentence = article.Sentences[sentenceIndex];
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        var settled = false;
        for (var k = first; k < end; k++)
        {
            var text = tokens[k].Text;
            if (tokens[k].IsWord)
            {
                if (StoryTimeWords.Contains(text)) return -1;
                if (text is "this" or "last" or "past" or "next" && k + 1 < end && tokens[k + 1].Text is "week" or "month" or "year" or "weekend" or "night" or "season") return -1;
                continue;
            }

            if (YearAnchor(tokens, first, k) is not { } year) continue;
            if (year >= referenceYear - 1 || k > first && tokens[k - 1].Text.Equals("since", StringComparison.OrdinalIgnoreCase)) return -1;
            if (!DescribesEntity(tokens, first, k)) settled = true;
        }

        return settled ? 1 : 0;
    }

    /// <summary>
    /// The year a history is measured from: the article's date, or for an undated article the latest year it names as a
    /// time (not a target or the end of a span: "by 2008", "until 2010"); 0 when it names none.
    /// </summary>
    internal static int ReferenceYear(Article article)
    {
        if (article.Date is { } date) return date.Year;
        var tokens = article.Tokens;
        var latest = 0;
        foreach (var sentence in article.Sentences)
        {
            var first = sentence.FirstToken;
            for (var k = first; k < first + sentence.TokenCount; k++)
            {
                if (tokens[k].Kind != TokenKind.Number || YearAnchor(tokens, first, k) is not { } year || year <= latest) continue;
                if (k > first && tokens[k - 1].Text.ToLowerInvariant() is "by" or "until" or "till" or "through" or "to" or "before" or "-" or "–") continue;
                latest = year;
            }
        }

        return latest;
    }

    /// <summary>A four-digit year 1900–2099 written as a time: after "in", "of", "since", a month or a day, or with a possessive.</summary>
    private static int? YearAnchor(IReadOnlyList<Token> tokens, int first, int k)
    {
        var text = tokens[k].Text;
        if (tokens[k].Kind != TokenKind.Number || text.Length != 4 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2099) return null;
        if (k + 1 < tokens.Count && tokens[k + 1].Text is "'s" or "’s" or "'" or "’") return year;
        if (k == first) return null;
        var before = tokens[k - 1].Text;
        if (YearPrepositions.Contains(before) || Months.Contains(before)) return year;
        // "May 5, 2014"
        return before == "," && k - 3 >= first && tokens[k - 2].Kind == TokenKind.Number && Months.Contains(tokens[k - 3].Text) ? year : null;
    }

    private static bool DescribesEntity(IReadOnlyList<Token> tokens, int first, int k)
    {
        for (var j = Math.Max(first, k - 3); j < k; j++)
        {
            if (EntityTimeWords.Contains(tokens[j].Text)) return true;
        }

        return false;
    }

    private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "since", "during", "from", "between", "and", "through", "until", "till", "to", "by", "before", "after", "early", "late", "mid", "mid-", "around", "circa",
    };

    /// <summary>Words of the time of the story itself: a figure beside them is current, whatever older year is named.</summary>
    private static readonly HashSet<string> StoryTimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "tonight",
        "now", "currently", "recently", "latest",
    };

    /// <summary>Words that make the year after them a description of an entity ("founded in 1995"), not the figure's time.</summary>
    private static readonly HashSet<string> EntityTimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "founded", "established", "born", "formed", "built", "set", "created", "incorporated", "opened", "launched",
    };
}
