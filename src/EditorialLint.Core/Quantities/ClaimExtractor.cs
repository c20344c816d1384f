using System;
using System.Collections.Generic;
using System.Globalization;
using EditorialLint.Lexicon;
using EditorialLint.Text;

namespace EditorialLint.Quantities;

/// <summary>
/// Finds the claims of an article: counts of people or things with an event that happened to them ("23 soldiers were
/// killed", "killing at least 40 people", "239 passengers on board"), scoped by the names and time anchors of their
/// sentence. Quoted figures, contested claims ("the Taliban claimed"), increments ("another 5") and counts with no
/// event are not claims. Pure and linear in the article's length.
/// </summary>
public static class ClaimExtractor
{
    /// <summary>Event words, folded to what happened.</summary>
    private static readonly Dictionary<string, string> Events = new(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = "killed", ["kill"] = "killed", ["kills"] = "killed", ["killing"] = "killed", ["died"] = "killed", ["dead"] = "killed",
        ["martyred"] = "killed", ["perished"] = "killed", ["slain"] = "killed", ["deaths"] = "killed", ["death"] = "killed",
        ["lives"] = "killed", ["drowned"] = "killed", ["left"] = "left",
        ["injured"] = "injured", ["wounded"] = "injured", ["hurt"] = "injured", ["injuring"] = "injured", ["wounding"] = "injured",
        ["injures"] = "injured", ["injure"] = "injured",
        ["arrested"] = "arrested", ["detained"] = "arrested", ["arresting"] = "arrested", ["rounded"] = "arrested",
        ["missing"] = "missing", ["displaced"] = "displaced", ["evacuated"] = "evacuated", ["rescued"] = "rescued",
        ["kidnapped"] = "abducted", ["abducted"] = "abducted", ["abducting"] = "abducted", ["kidnapping"] = "abducted",
        ["aboard"] = "aboard", ["board"] = "aboard", ["carrying"] = "aboard",
        ["pledged"] = "pledged", ["offered"] = "offered", ["donated"] = "donated",
        ["destroyed"] = "destroyed", ["damaged"] = "damaged", ["homeless"] = "homeless", ["infected"] = "infected",
    };

    /// <summary>Nouns that carry their own event: "23 deaths", "50 injured", "the dead".</summary>
    private static readonly Dictionary<string, (string Noun, string Event)> EventNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["death"] = ("people", "killed"), ["fatality"] = ("people", "killed"), ["dead"] = ("people", "killed"), ["body"] = ("people", "killed"),
        ["injured"] = ("people", "injured"), ["injury"] = ("people", "injured"), ["wounded"] = ("people", "injured"),
        ["martyr"] = ("people", "killed"), ["victim"] = ("victim", string.Empty), ["missing"] = ("people", "missing"),
        ["arrest"] = ("people", "arrested"), ["infection"] = ("people", "infected"),
    };

    private static readonly Dictionary<string, string> NounFolds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = "people", ["other"] = "people", ["individual"] = "people", ["troop"] = "soldier", ["serviceman"] = "soldier",
        ["servicemen"] = "soldier", ["aboard"] = "people", ["militant"] = "militant", ["terrorist"] = "militant", ["insurgent"] = "militant",
    };

    /// <summary>Words between the counted noun and its event: "23 soldiers were reportedly killed".</summary>
    private static readonly HashSet<string> Auxiliaries = Set(
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "reportedly", "also", "all", "later", "confirmed",
        "reported", "believed", "feared", "said", "to", "so", "far", "as", "got", "remain", "remained", "who", "that", "lost", "their", "in", "the",
        "listed", "declared", "pronounced", "found");

    private static readonly HashSet<string> Updates = Set(
        "rose", "risen", "rise", "rising", "rises", "climbed", "climbing", "increased", "increasing", "jumped", "mounted", "mounting",
        "reached", "reaching", "revised", "bringing", "brought", "raising", "raised", "updated", "surged", "soared", "now",
        "swelled", "grown", "grew", "hiked", "lowered", "reduced", "dropped", "fell", "corrected", "recount", "downgraded",
        "crosses", "crossed", "tops", "topped", "passes", "passed", "exceeds", "exceeded", "surpasses", "surpassed");

    /// <summary>Counted nouns that are a fixed fact of the event by themselves: the crew, the passengers, the attackers.</summary>
    private static readonly Dictionary<string, string> FixedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["crew"] = "crew", ["sailor"] = "crew", ["crewman"] = "crew", ["crewmen"] = "crew", ["crewmember"] = "crew", ["seaman"] = "crew",
        ["seamen"] = "crew", ["submariner"] = "crew", ["passenger"] = "passengers",
    };

    /// <summary>Words of what a vehicle can carry, not what it carried: "typically holds 248 passengers".</summary>
    private static readonly HashSet<string> Capacity = Set("holds", "hold", "capacity", "carries", "seats", "seating", "accommodate", "accommodating", "typically", "daily", "annually", "thousands", "hundreds");

    private static readonly HashSet<string> Hospitalised = Set("hospitalized", "hospitalised", "hospitalization", "hospitalisation");
    private static readonly HashSet<string> Hospitals = Set("hospital", "hospitals");
    private static readonly HashSet<string> Remaining = Set("remain", "remained", "remains", "remaining", "still");

    private static readonly HashSet<string> Increments = Set("another", "more", "additional", "further", "extra", "new", "other");

    private static readonly HashSet<string> Contested = Set("claimed", "claims", "claim", "alleged", "allegedly", "denied", "disputed", "if", "would", "could", "may", "might", "plan", "plans", "planned", "target", "expected", "projected");

    private static readonly HashSet<string> NotNames = Set(
        "the", "a", "an", "in", "on", "at", "of", "and", "but", "mr", "mrs", "ms", "dr", "he", "she", "it", "they", "we", "i",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "this", "that", "these", "those", "there", "when", "after", "before", "some",
        "about", "at", "least", "more", "than", "over", "up", "nearly", "almost", "around", "as", "many", "meanwhile", "elsewhere",
        "separately", "earlier", "later", "however", "also", "according", "police", "officials", "official", "sources",
        // Reporting verbs and conjunctions that open a sentence before a surname ("Said Jolie:", "So Jolie", "Where Jolie"):
        // not given names.
        "said", "says", "told", "asked", "added", "so", "where", "while", "if", "because", "then", "now", "yet", "or", "for",
        "with", "by", "from", "to", "though", "although", "since", "until", "unless", "once", "like", "unlike");

    /// <summary>"father of three": the number that follows counts a person's children.</summary>
    private static readonly HashSet<string> Parents = Set("father", "mother", "parent", "parents", "grandfather", "grandmother", "grandparents", "dad", "mum", "mom");

    /// <summary>News agencies credited in a sentence: who reports a figure is not what it counts.</summary>
    private static readonly HashSet<string> Wires = Set("afp", "ap", "reuters", "xinhua", "app", "pti", "ani", "bbc", "cnn", "nni", "inp", "dpa", "efe", "anadolu", "irna", "wafa", "online", "copyright");

    private static readonly HashSet<string> MonthWords = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /// <summary>Sentences (headlines included) that make the lede.</summary>
    private const int LeadSentences = 3;

    /// <summary>
    /// The most figures a sentence may hold and still give claims (counts, ages, magnitudes). Each figure's checks read its
    /// whole sentence (scope, places, days, clause words), so a sentence of n figures costs n × its length; a news
    /// sentence holds a handful, and one with more than this is a table or a run-on export (the same line pasted
    /// thousands of times without a full stop), read as no statement at all so that the cost stays linear.
    /// </summary>
    internal const int MaxFiguresPerSentence = 64;

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>The claims of an article, in text order.</summary>
    public static IReadOnlyList<Claim> Extract(Article article)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        return Extract(article, QuantityExtractor.Extract(article));
    }

    /// <summary>The claims of the context's article, from the quantities the rules share (see <see cref="Rules.ArticleContext.SharedMemo{T}"/>).</summary>
    internal static IReadOnlyList<Claim> Extract(Rules.ArticleContext context) =>
        context.SharedMemo("claims", () => Extract(context.Article, QuantityExtractor.Extract(context)));

    private static List<Claim> Extract(Article article, IReadOnlyList<Quantity> shared)
    {
        var quantities = WithOnes(article, shared);
        var claims = new List<Claim>();
        Dictionary<string, string>? incidentYears = null;
        var tokens = article.Tokens;
        var values = new Dictionary<int, List<double>>();
        List<string>? ledeDays = null;
        Dictionary<string, string?>? fullNames = null;
        var starts = new Dictionary<int, List<int>>();
        int? copyYear = null;
        Dictionary<int, string>? sites = null;
        foreach (var quantity in quantities)
        {
            if (!values.TryGetValue(quantity.SentenceIndex, out var list)) values.Add(quantity.SentenceIndex, list = new List<double>());
            list.Add(quantity.Value);
            if (!starts.TryGetValue(quantity.SentenceIndex, out var firsts)) starts.Add(quantity.SentenceIndex, firsts = new List<int>());
            firsts.Add(quantity.FirstToken);
        }

        foreach (var quantity in quantities)
        {
            // A run-on "sentence" holding more figures than any statement does (a pasted table, a bad export) gives no
            // claims: each figure's checks read its whole sentence, so reading them all would cost figures × length.
            if (starts[quantity.SentenceIndex].Count > MaxFiguresPerSentence) continue;
            if (quantity.Unit == QuantityUnit.Age)
            {
                if (AgeClaim(article, quantity, values[quantity.SentenceIndex], ref fullNames) is { } age) claims.Add(age);
                continue;
            }

            if (quantity.Unit != QuantityUnit.Count || quantity.InQuotation || quantity.Value <= 0 || IsTeaser(article, quantity.SentenceIndex)) continue;
            var sentence = article.Sentences[quantity.SentenceIndex];
            int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
            if (quantity.FirstToken > first && Increments.Contains(tokens[quantity.FirstToken - 1].Text)) continue;

            // "a club treasurer and father of three who was killed": how many children a victim had, not a toll.
            if (quantity.FirstToken > first + 1 && tokens[quantity.FirstToken - 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase) &&
                Parents.Contains(tokens[quantity.FirstToken - 2].Text)) continue;

            // "three of the 307 people aboard": a part of a count, not the count.
            if (quantity.LastToken + 1 < end && tokens[quantity.LastToken + 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)) continue;

            var nounToken = NounToken(article, quantity, end);
            var noun = quantity.Noun;

            // "118 crew went down": the word right after the number names the crew even where the shared extractor
            // took another word for the counted noun.
            if (quantity.LastToken + 1 < end && FixedNouns.ContainsKey(tokens[quantity.LastToken + 1].Text) && !FixedNouns.ContainsKey(noun ?? string.Empty))
            {
                nounToken = quantity.LastToken + 1;
                noun = tokens[nounToken].Text.ToLowerInvariant();
            }

            var after = nounToken >= 0 ? nounToken + 1 : quantity.LastToken + 1;
            if (after < end && Increments.Contains(tokens[after].Text)) continue;
            string? ev = null;
            if (noun is not null && EventNouns.TryGetValue(noun, out var folded))
            {
                noun = folded.Noun;
                if (folded.Event.Length > 0) ev = folded.Event;
            }

            if (noun is not null && NounFolds.TryGetValue(noun, out var fold)) noun = fold;
            if (noun is not null && nounToken < 0) continue;
            var before = EventBefore(tokens, quantity.FirstToken, first);
            ev ??= EventAfter(tokens, after, end) ?? before;

            // "killing at least 265 people on board": a toll among those on board, not how many were on board.
            if (ev == "aboard" && before is { } done && done != "aboard" && quantity.FirstToken > first && Events.ContainsKey(tokens[quantity.FirstToken - 1].Text)) ev = done;

            // "attacks … killed two others", "30, 40 or 50 more": more people beyond a count already given, or a list.
            if (quantity.Noun == "other" && before is not null && ev == before && InSentence(claims, quantity.SentenceIndex, ev)) continue;
            if (quantity.LastToken + 2 < end && tokens[quantity.LastToken + 1].Text is "," or "or" && tokens[quantity.LastToken + 2].Kind == TokenKind.Number) continue;

            // Who was on board, and who attacked, are facts of the event, stated with or without a verb: "a submarine
            // with 118 crew", "116 sailors on board", "the 10 assailants". Not "attackers killed" (a tally of them).
            // Only the whole crew: not "10 cabin crew" or "169 Indian passengers" (a part), nor "242 passengers and crew" (two
            // groups in one figure).
            if (noun is not null && FixedNouns.TryGetValue(noun, out var fact) && (ev is null || ev == "aboard" && fact != "attackers"))
            {
                if (nounToken != quantity.LastToken + 1 || HasAny(tokens, first, end, Capacity) || nounToken + 2 < end && tokens[nounToken + 1].Text is "and" or "&" or "plus" && FixedNouns.ContainsKey(tokens[nounToken + 2].Text)) continue;
                ev = fact;
                noun = string.Empty;
            }

            // "killing 23", "23 were killed", "the death toll stood at 23": a count of unnamed people.
            if (noun is null && ev is null && TollBefore(tokens, quantity.FirstToken, first)) ev = "killed";

            // "27 killed near Gaza", "Seven arrested", "217 aboard", "Four servicemen martyred in Waziristan": a participle
            // right after the figure, or after the one to three words that name what is counted, is the event (headlines and
            // lists drop the verb "were"), whatever word the shared extractor took for the noun.
            if (ev is null && ParticipleAfter(tokens, quantity.LastToken + 1, end) is { } participle)
            {
                ev = participle.Event;
                nounToken = participle.Noun;
                noun = nounToken < 0 ? null : Singular(tokens[nounToken].Text.ToLowerInvariant());
                if (noun is not null && NounFolds.TryGetValue(noun, out var refold)) noun = refold;
                if (noun is not null && EventNouns.ContainsKey(noun)) noun = "people";
            }
            if (ev is null || ev == "left") continue;
            noun ??= string.Empty;
            var (clauseFrom, clauseTo) = Clause(tokens, quantity, first, end);
            if (HasAny(tokens, clauseFrom, clauseTo + 1, Contested)) continue;

            var scope = new SortedSet<string>(StringComparer.Ordinal);
            // "the death of six workers and left three others, including a driver, injured": an "including" narrows the
            // figure it follows, not every figure of the sentence.
            var sentenceStarts = starts[quantity.SentenceIndex];
            var ownStart = quantity.FirstToken;
            ReadScope(article, first, end, scope, owns: t => NearestBefore(sentenceStarts, t) == ownStart);

            // "… in May 2009, when a cargo jet overran the runway. Three of the 307 people aboard died.":
            // a sentence that names nothing itself tells of what the sentence before it names, and of its time.
            // "… another 767 came down in Peru in 1991. The Andes Air crash killed all 223 people aboard.": a sentence
            // with no time of its own after one that tells of years ago (two or more before the copy's) tells of that time too,
            // even when it names the other incident.
            if (!HasTimeAnchor(scope) && quantity.SentenceIndex > 0 && article.Sentences[quantity.SentenceIndex - 1].BlockIndex == sentence.BlockIndex)
            {
                var bare = !NamesAnything(tokens, first + 1, end);
                var previous = article.Sentences[quantity.SentenceIndex - 1];
                var inherited = new SortedSet<string>(StringComparer.Ordinal);
                ReadScope(article, previous.FirstToken, previous.FirstToken + previous.TokenCount, inherited, directions: false);
                foreach (var anchor in inherited)
                {
                    if (IsTimeAnchor(anchor) && (bare || IsHistory(article, anchor, ref copyYear) && Days(article, tokens, first, end).Count == 0)) scope.Add(anchor);
                }
            }

            // "The Olympic bombing killed one person" in copy whose headline reads "1996 Olympics Bombing": an incident the
            // article names with a year tells of that year wherever it is named again.
            if (article.Date is { } copyDate && !HasTimeAnchor(scope) && IncidentYear(tokens, clauseFrom, clauseTo + 1, incidentYears ??= IncidentYears(article)) is { } named &&
                int.Parse(named, NumberStyles.None, CultureInfo.InvariantCulture) < copyDate.Year)
                scope.Add(named);

            if (after < end && tokens[after].Text.Equals("on", StringComparison.OrdinalIgnoreCase) && after + 1 < end && tokens[after + 1].Text.Equals("board", StringComparison.OrdinalIgnoreCase) && ev is not ("aboard" or "crew" or "passengers"))
                scope.Add("on board");
            // "the two passengers who boarded with forged tickets", "three passengers who checked in but never boarded": a
            // relative clause after the counted noun picks a group out of it by what its verb says they did, so counts of one
            // noun picked out by different verbs are of two groups.
            if (PickedOutBy(tokens, after, end) is { } picked) scope.Add("who " + picked);
            // "10 people hurt in the blast remain hospitalized": those still in hospital are a part of the injured.
            if (HasAny(tokens, clauseFrom, clauseTo + 1, Hospitalised) || HasAny(tokens, clauseFrom, clauseTo + 1, Remaining) && HasAny(tokens, clauseFrom, clauseTo + 1, Hospitals))
                scope.Add("in hospital");
            var places = Places(article, sentence, quantity, nounToken, out var countries, out var atSites);
            if (HasAny(tokens, first, end, OtherIncident)) continue;
            if (quantity.SentenceIndex >= LeadSentences && article.Date is { } copyDay && EarlierDatedIncident(article, first, quantity.FirstToken, sentenceStarts, copyDay)) continue;
            var (low, high) = Interval(quantity);
            // The figure's own clause reports the change ("the toll rose to 31"); "chances are slim now" elsewhere does not.
            var update = HasAny(tokens, clauseFrom, clauseTo + 1, Updates);
            var nounText = nounToken < 0 ? ev : ev is "crew" or "passengers" && noun.Length == 0 ? tokens[nounToken].Text : EventNouns.TryGetValue(quantity.Noun ?? string.Empty, out var own) && own.Event.Length > 0 ? tokens[nounToken].Text : tokens[nounToken].Text + " " + ev;
            var lead = quantity.SentenceIndex < LeadSentences;
            var heading = lead && article.GetBlock(sentence).Kind == BlockKind.Heading;
            var days = Days(article, tokens, first, end);

            // A headline has no weekday; it tells of the day its lede names ("Two killed in Quetta blast" / "… on Saturday").
            if (heading && days.Count == 0) days = ledeDays ??= LedeDays(article);
            // "… over the past 24 hours. In these crashes, 13 people died": the daily figure may be given a sentence later.
            var daily = IsDaily(tokens, first, end) || quantity.SentenceIndex > 0 && article.Sentences[quantity.SentenceIndex - 1].BlockIndex == sentence.BlockIndex &&
                        IsDaily(tokens, article.Sentences[quantity.SentenceIndex - 1].FirstToken, first);
            // "seven patients died and 55 others were infected": the others are those infected besides the dead, a part of
            // everyone infected; "six in Leeds and one in Bradford": one place's share of a total.
            var part = quantity.Noun == "other" && IncludesTheDead.Contains(ev) && InSentence(claims, quantity.SentenceIndex, "killed") ||
                       SharedOut(tokens, quantity, nounToken, first, end);
            claims.Add(new Claim(quantity, noun, nounText, ev, new List<string>(scope), update, low, high, lead, heading, values[quantity.SentenceIndex], places, Incidents(tokens, first, end), countries, days, atSites, daily, Settled(article, scope))
            {
                IsPart = part,
                Reach = Reach(tokens, clauseFrom, clauseTo + 1),
                Site = places.Count == 0 && !lead ? SiteBefore(article, quantity, clauseTo, first, end, sites ??= new Dictionary<int, string>()) : string.Empty,
            });
        }

        SplitBySite(article, claims);
        Magnitudes(article, claims);
        return claims;
    }

    /// <summary>True when a claim of sentence <paramref name="sentenceIndex"/> tells of <paramref name="ev"/>. Claims are
    /// added in text order, so only the tail of the list is that sentence's: read back to the first claim of an earlier
    /// sentence (not the whole list once per figure).</summary>
    private static bool InSentence(List<Claim> claims, int sentenceIndex, string? ev)
    {
        for (var i = claims.Count - 1; i >= 0 && claims[i].Quantity.SentenceIndex >= sentenceIndex; i--)
        {
            if (claims[i].Quantity.SentenceIndex == sentenceIndex && claims[i].Event == ev) return true;
        }

        return false;
    }

    /// <summary>
    /// The site a placeless body count tells of, from the sentence before it: "… then walked into the Delta Loans office on
    /// Mill Street. Three died there." (an anaphoric "there" after the figure), or "… then went on to the Harbour
    /// Finance branch across the square. / Two people were found dead." (a sentence that names nothing, in the paragraph of the sentence before or a paragraph of its own). The
    /// site is the places of that sentence (<see cref="Claim.Places"/>), joined; empty when there is none. Kept only when
    /// the article splits the key by site (<see cref="SplitBySite"/>).
    /// </summary>
    private static string SiteBefore(Article article, Quantity quantity, int clauseTo, int first, int end, Dictionary<int, string> known)
    {
        var index = quantity.SentenceIndex;
        if (index == 0) return string.Empty;
        var tokens = article.Tokens;
        var there = false;
        for (var t = quantity.LastToken + 1; t <= clauseTo && t < end; t++)
        {
            // "Three died there", "were killed inside"; not "there were 307 people aboard", "out there".
            if (SiteAnaphora.Contains(tokens[t].Text) && !(t + 1 < end && Existential.Contains(tokens[t + 1].Text)) && !(tokens[t - 1].Text.Equals("out", StringComparison.OrdinalIgnoreCase))) there = true;
        }

        if (!there && NamesAnything(tokens, first + 1, end)) return string.Empty;
        var sentence = article.Sentences[index];
        var previous = article.Sentences[index - 1];
        var block = article.Blocks[sentence.BlockIndex];
        var ownParagraph = index + 1 >= article.Sentences.Count || article.Sentences[index + 1].BlockIndex != sentence.BlockIndex;
        var alone = ownParagraph && previous.BlockIndex != sentence.BlockIndex;
        if (previous.BlockIndex != sentence.BlockIndex && !alone || block.Kind == BlockKind.Heading || IsTeaser(article, index - 1) || previous.TokenCount == 0) return string.Empty;
        // Each sentence's places are read once however many figures follow it.
        if (!known.TryGetValue(index - 1, out var site)) known.Add(index - 1, site = string.Join(",", PlacesIn(article, previous, previous.FirstToken, previous.FirstToken + previous.TokenCount - 1, -1, -1, -1, out _)));
        return site;
    }

    private static readonly HashSet<string> SiteAnaphora = Set("there", "inside");
    private static readonly HashSet<string> Existential = Set("is", "are", "was", "were", "have", "has", "had", "'s", "\u2019s", "will", "would", "may", "might", "seems", "seemed", "appear", "appeared");

    /// <summary>
    /// An article splits a count by site when it gives one key's counts at two or more different sites (<see
    /// cref="SiteBefore"/>; neither site's places within the other's): each of them is then that site's part of the event,
    /// not the event's toll. A site count alone in its article is left as it was (the site may be the whole event: "A bomb
    /// went off at the Marriott. At least 53 people were killed."), and so is a site that is the story's own place (the
    /// places of the headline and lede, <see cref="StoryPlaces"/>: "Atlanta" in copy headlined "Atlanta gunman kills 12").
    /// </summary>
    private static void SplitBySite(Article article, List<Claim> claims)
    {
        Dictionary<string, List<Claim>>? byKey = null;
        HashSet<string>? story = null;
        Dictionary<string, bool>? storySites = null;
        foreach (var claim in claims)
        {
            if (claim.Site.Length == 0) continue;
            story ??= new HashSet<string>(StoryPlaces(article), StringComparer.Ordinal);
            storySites ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            // Each site is checked once however many figures tell of it.
            if (!storySites.TryGetValue(claim.Site, out var own)) storySites.Add(claim.Site, own = Array.TrueForAll(claim.Site.Split(','), story.Contains));
            if (own)
            {
                claim.Site = string.Empty;
                continue;
            }

            byKey ??= new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
            if (!byKey.TryGetValue(claim.Key, out var list)) byKey.Add(claim.Key, list = new List<Claim>());
            list.Add(claim);
        }

        if (byKey is null) return;
        foreach (var list in byKey.Values)
        {
            var split = false;
            for (var i = 0; i < list.Count && !split; i++)
            {
                // Two sites bound the work: a key's site counts are few, and the first two different sites settle it.
                for (var j = i + 1; j < list.Count && j < i + 8 && !split; j++) split = DifferentSites(list[i].Site, list[j].Site);
            }

            if (split) continue;
            foreach (var claim in list) claim.Site = string.Empty;
        }
    }

    private static bool DifferentSites(string a, string b)
    {
        if (a == b) return false;
        var x = a.Split(',');
        var y = b.Split(',');
        return !Array.TrueForAll(x, p => Array.IndexOf(y, p) >= 0) && !Array.TrueForAll(y, p => Array.IndexOf(x, p) >= 0);
    }

    /// <summary>
    /// A quake's magnitude: "magnitude 7.4", "magnitude of 7.4", "7.4-magnitude", "7.4 magnitude", "7.4 on the Richter
    /// scale", "measuring 7.4" (in a sentence about a quake). A fixed fact of the quake, read with its stated precision:
    /// "7.4" allows 7.35–7.45, so 7.5 and 7.4 are two figures. Not in a quotation, not for an aftershock or a figure the
    /// sentence projects ("could", "expected"), never negative or above 10.
    /// </summary>
    private static void Magnitudes(Article article, List<Claim> claims)
    {
        var tokens = article.Tokens;
        // The cap counts number tokens, not figures as the other claims do: this loop reads its sentence once per number
        // token (a magnitude is not a figure), so the tokens it visits are what must be bounded for the cost to stay
        // linear. A sentence with that many numbers is a table or an export, not a quake report.
        var numbers = new int[article.Sentences.Count];
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Number && token.SentenceIndex >= 0 && token.SentenceIndex < numbers.Length) numbers[token.SentenceIndex]++;
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Number || token.InQuotation || numbers[token.SentenceIndex] > MaxFiguresPerSentence || !double.TryParse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < 1 || value >= 10) continue;
            if (IsTeaser(article, token.SentenceIndex)) continue;
            var sentence = article.Sentences[token.SentenceIndex];
            int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
            string Word(int i) => i >= first && i < end ? tokens[i].Text.ToLowerInvariant() : string.Empty;
            var next = Word(t + 1) == "-" ? Word(t + 2) : Word(t + 1);
            var stated = next == "magnitude" || Word(t - 1) == "magnitude" || Word(t - 1) == "of" && Word(t - 2) == "magnitude" ||
                         Word(t + 1) == "on" && Word(t + 2) == "the" && Word(t + 3) == "richter" ||
                         Word(t - 1) is "measuring" or "measured" && HasAny(tokens, first, end, QuakeWords);
            if (!stated || Word(t - 1) == "another" || HasAny(tokens, first, end, Another) || IsSuperseded(Word, t) || HasAny(tokens, first, end, Contested) || HasAny(tokens, first, end, Aftershocks) || HasAny(tokens, first, end, OtherIncident)) continue;
            var decimals = token.Text.IndexOf('.') is var dot and >= 0 ? token.Text.Length - dot - 1 : 0;
            var half = 0.5 * Math.Pow(10, -decimals) - 1e-9;
            var quantity = new Quantity(token.Span, token.Text, value, value - half, value + half, QuantityQualifier.Exact, QuantityUnit.Measure, "magnitude", null, null, false, token.SentenceIndex, t, t, false, false);
            var scope = new SortedSet<string>(StringComparer.Ordinal);
            ReadScope(article, first, end, scope, directions: false);
            var lead = token.SentenceIndex < LeadSentences;
            var heading = lead && article.GetBlock(sentence).Kind == BlockKind.Heading;
            claims.Add(new Claim(quantity, string.Empty, "magnitude", "magnitude", new List<string>(scope), HasAny(tokens, first, end, Updates), quantity.Low, quantity.High, lead, heading, new[] { value }, null, null, null, Days(article, tokens, first, end)));
        }
    }

    /// <summary>A figure the sentence itself marks as replaced: "a preliminary magnitude of 7.8, later downgraded to 7.4",
    /// "9.0, upgraded from 8.9". The replaced figure is no claim; the one it became still is.</summary>
    private static bool IsSuperseded(Func<int, string> word, int t)
    {
        for (var back = 1; back <= 4; back++)
            if (SupersededMarks.Contains(word(t - back))) return true;
        return word(t - 1) == "from" && Revisions.Contains(word(t - 2));
    }

    private static readonly HashSet<string> SupersededMarks = Set("preliminary", "initially", "originally", "earlier");

    private static readonly HashSet<string> Revisions = Set("upgraded", "downgraded", "revised", "raised", "lowered", "corrected");

    /// <summary>"Another sharp tremor with a magnitude of 5.0": a second quake.</summary>
    private static readonly HashSet<string> Another = Set("another", "second", "new");

    private static readonly HashSet<string> QuakeWords = Set("quake", "earthquake", "tremor", "temblor", "magnitude", "richter");

    private static readonly HashSet<string> Aftershocks = Set("aftershock", "aftershocks", "forecast", "greater", "stronger");

    /// <summary>
    /// A person's age with the person's full name right beside it: "Mark O. Barton, 44,", "44-year-old Mark Barton",
    /// "Salah Abdeslam, a 26-year-old". The claim's place is the name (first and last word,
    /// lower case), so only ages of one named person are compared; a surname alone (a family) is not enough.
    /// </summary>
    private static Claim? AgeClaim(Article article, Quantity quantity, IReadOnlyList<double> sentenceValues, ref Dictionary<string, string?>? fullNames)
    {
        if (quantity.InQuotation || quantity.Qualifier != QuantityQualifier.Exact || quantity.Value < 1 || quantity.Value > 119) return null;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
        var name = NameBefore(tokens, quantity.FirstToken, first) ?? NameAfter(tokens, quantity.LastToken + 1, end);
        if (name is null && SurnameBefore(tokens, quantity.FirstToken, first) is { } surname)
        {
            // "Lawrence, 18" in a story that names one Lawrence in full ("Stephen Lawrence") is that person; a story
            // that names two (Stephen and Doreen Lawrence) leaves the surname to no one.
            fullNames ??= FullNames(article);
            if (fullNames.TryGetValue(surname, out var full) && full is not null) name = (full, full);
        }

        var lead = quantity.SentenceIndex < LeadSentences;
        if (name is null)
        {
            // "Matthew, 11, and Mychelle, 7" / "8-year-old Mychelle": a person named by one word. Such a claim has no
            // place, so it is never compared within its article (a surname alone may be a family); the corpus pass
            // compares it within its event, through the one full name of that event that holds the word.
            var lone = LoneName(tokens, quantity, first, end);
            if (lone > quantity.LastToken)
            {
                // "the 23-year-old Jolie says" in a story that names one Jolie in full ("Angelina Jolie") is that person,
                // as "Lawrence, 18" is.
                fullNames ??= FullNames(article);
                if (fullNames.TryGetValue(tokens[lone].Text.ToLowerInvariant(), out var whole) && whole is not null) name = (whole, whole);
            }

            if (name is null) return lone < 0 ? null : new Claim(quantity, tokens[lone].Text.ToLowerInvariant(), "(age of " + tokens[lone].Text + ")", "age", Array.Empty<string>(), false, quantity.Value, quantity.Value, lead, false, sentenceValues);
        }

        var person = name.Value;

        // "On Oct. 6, 1998, Paul Hendry, 21, and …" in copy of late 1999: a sentence that opens on a time of a year
        // before the copy's tells of then, and its ages are ages at that time, compared only with ages given as of the same
        // year. A year elsewhere in the sentence ("the 1993 stabbing of 17-year-old Stephen Lawrence") dates the event,
        // not the age.
        var asOf = new List<string>();
        if (article.Date is { } copy && tokens[first].Text is "On" or "In" or "By" or "During")
        {
            for (var t = first + 1; t < quantity.FirstToken && t <= first + 6; t++)
            {
                if (IsYear(tokens[t].Text) && int.Parse(tokens[t].Text, NumberStyles.None, CultureInfo.InvariantCulture) < copy.Year && t + 1 < quantity.FirstToken && tokens[t + 1].Text == ",")
                {
                    asOf.Add(tokens[t].Text);
                    break;
                }
            }
        }

        return new Claim(quantity, person.Key, "(age of " + person.Display + ")", "age", asOf, false, quantity.Value, quantity.Value, lead, false, sentenceValues, new[] { person.Key });
    }

    /// <summary>The token of a one-word name beside an age — "Mychelle, 7" (<see cref="SurnameBefore"/>) or
    /// "8-year-old Mychelle, said …" (one capitalised word that starts no longer name) — that is not a title, country,
    /// calendar or English word; or -1.</summary>
    private static int LoneName(IReadOnlyList<Token> tokens, Quantity quantity, int first, int end)
    {
        if (SurnameBefore(tokens, quantity.FirstToken, first) is not null)
        {
            var t = quantity.FirstToken - 1;
            if (tokens[t].Text is "a" or "an") t--;
            return t - 1;
        }

        var start = quantity.LastToken + 1;
        while (start < end && tokens[start].Text is "-" or "year" or "old" or "years") start++;
        if (start >= end) return -1;
        var word = tokens[start];
        if (!word.IsWord || !word.IsCapitalized || word.IsAllCaps || word.Text.Length < 3 || word.InQuotation) return -1;
        if (start + 1 < end && tokens[start + 1].IsWord && tokens[start + 1].IsCapitalized) return -1;
        var lower = word.Text.ToLowerInvariant();
        return NotNames.Contains(lower) || Titles.Contains(lower) || IsCountryLike(Fold(lower)) || EnglishLexicon.IsEnglishWord(lower) ? -1 : start;
    }

    /// <summary>Titles that make a name run a title and a name ("Officer Barton"), not a first and last name.</summary>
    private static readonly HashSet<string> Titles = Set(
        "president", "prime", "minister", "officer", "sergeant", "captain", "general", "colonel", "major", "lieutenant",
        "chief", "judge", "justice", "senator", "governor", "mayor", "prince", "princess", "king", "queen", "sir", "lord",
        "lady", "rev", "father", "sister", "brother", "imam", "maulana", "sheikh", "professor", "prof", "police", "inspector",
        "maj", "gen", "col", "capt", "lt", "sgt", "cpl", "pvt", "adm", "cmdr", "gov", "sen", "rep", "det", "supt", "dr", "mr", "mrs", "ms");

    /// <summary>"Mark O. Barton, 44" / "Abdeslam, a 26-year-old": the name that ends right before.</summary>
    private static (string Key, string Display)? NameBefore(IReadOnlyList<Token> tokens, int start, int first)
    {
        var t = start - 1;
        if (t >= first && tokens[t].Text is "a" or "an") t--;
        // Not "Rickelton (16)": in sports copy a bracketed number after a name is a score.
        if (t < first || tokens[t].Text != ",") return null;
        return NameRun(tokens, t - 1, first, backwards: true);
    }

    /// <summary>"Lawrence, 18" / "Abaaoud, a 28-year-old": a lone capitalised word (not a title, country or calendar
    /// word) right before, lower case.</summary>
    private static string? SurnameBefore(IReadOnlyList<Token> tokens, int start, int first)
    {
        var t = start - 1;
        if (t >= first && tokens[t].Text is "a" or "an") t--;
        if (t - 1 < first || tokens[t].Text != ",") return null;
        var word = tokens[t - 1];
        if (!word.IsWord || !word.IsCapitalized || word.IsAllCaps || word.Text.Length < 3 || word.InQuotation) return null;
        // "But Jones, a 51-year-old": a conjunction opening the sentence is no first name.
        if (t - 2 >= first && tokens[t - 2].IsWord && tokens[t - 2].IsCapitalized && !NotNames.Contains(tokens[t - 2].Text.ToLowerInvariant())) return null;
        var lower = word.Text.ToLowerInvariant();
        return NotNames.Contains(lower) || Titles.Contains(lower) || IsCountryLike(Fold(lower)) || EnglishLexicon.IsEnglishWord(lower) ? null : lower;
    }

    /// <summary>Surname → "first last" for every surname the article gives with exactly one first name (null when it
    /// gives it with two: a family). One pass over the tokens.</summary>
    private static Dictionary<string, string?> FullNames(Article article)
    {
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        var tokens = article.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            // A capitalised word continues a name run only within its sentence, after a word not in capitals: "Angelina" under
            // the headline "… ON THE EDGE" starts one.
            if (!tokens[t].IsWord || !tokens[t].IsCapitalized || tokens[t].IsAllCaps ||
                t > 0 && tokens[t - 1].IsWord && tokens[t - 1].IsCapitalized && !tokens[t - 1].IsAllCaps && tokens[t - 1].SentenceIndex == tokens[t].SentenceIndex) continue;
            var last = t;
            while (last + 1 < tokens.Count && last - t < 3 && tokens[last + 1].IsWord && tokens[last + 1].IsCapitalized && !tokens[last + 1].IsAllCaps) last++;
            if (last == t) continue;
            // "British Brian Jones", "Maj. Gen. David Hale", "Because Barton …" at a sentence's start: the name starts
            // after the title, the nationality or the ordinary word.
            var start = t;
            while (start < last && (NotAGivenName(tokens[start].Text.ToLowerInvariant()) || tokens[start].Text.Length < 2 ||
                                    last - start >= 2 && (start == 0 || tokens[start - 1].SentenceIndex != tokens[start].SentenceIndex) && EnglishLexicon.IsEnglishWord(tokens[start].Text.ToLowerInvariant()))) start++;
            var firstName = tokens[start].Text.ToLowerInvariant();
            var surname = tokens[last].Text.ToLowerInvariant();
            if (start == last || NotNames.Contains(firstName) || Titles.Contains(firstName) || tokens[start].Text.Length < 2)
            {
                t = last;
                continue;
            }

            var full = firstName + " " + surname;
            if (!names.TryGetValue(surname, out var known)) names.Add(surname, full);
            else if (known is not null && known != full) names[surname] = null;
            t = last;
        }

        return names;
    }

    /// <summary>A word that may stand before a name but is no given name: a title, a nationality, a calendar word.</summary>
    private static bool NotAGivenName(string lower) => Titles.Contains(lower) || NotNames.Contains(lower) || IsCountryLike(Fold(lower));

    /// <summary>"44-year-old Mark Barton": the name that starts right after.</summary>
    private static (string Key, string Display)? NameAfter(IReadOnlyList<Token> tokens, int start, int end)
    {
        while (start < end && tokens[start].Text is "-" or "year" or "old" or "years") start++;
        return NameRun(tokens, start, end, backwards: false);
    }

    /// <summary>Two to four capitalised words (initials allowed in between), none a title, a country or a calendar
    /// word, read from <paramref name="from"/> in one direction.</summary>
    private static (string Key, string Display)? NameRun(IReadOnlyList<Token> tokens, int from, int limit, bool backwards)
    {
        var words = new List<string>();
        var t = from;
        while (backwards ? t >= limit : t < limit)
        {
            var token = tokens[t];
            if (token.Text == "." && words.Count > 0) { t += backwards ? -1 : 1; continue; }
            if (!token.IsWord || !token.IsCapitalized || token.IsAllCaps && token.Text.Length > 1 || words.Count == 4) break;
            words.Add(token.Text);
            t += backwards ? -1 : 1;
        }

        if (backwards) words.Reverse();
        words.RemoveAll(w => w.Length == 1);

        // "Maj Gen David Hale", "British balloonist" aside, "Swiss Bertrand Piccard": a title or a nationality before the
        // name is not part of it.
        while (words.Count > 2 && NotAGivenName(words[0].ToLowerInvariant())) words.RemoveAt(0);
        if (words.Count < 2) return null;
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            if (NotNames.Contains(lower) || Titles.Contains(lower) || IsCountryLike(Fold(lower))) return null;
        }

        return (words[0].ToLowerInvariant() + " " + words[words.Count - 1].ToLowerInvariant(), string.Join(" ", words));
    }

    /// <summary>
    /// True for a sentence of a teaser: a paragraph that ends cut off with "..." (news pages close with the openings of
    /// other stories, "MARDAN: Suspected militants killed four..."). It is another story's copy, not this article's.
    /// </summary>
    public static bool IsTeaser(Article article, int sentenceIndex)
    {
        if (article is null || sentenceIndex < 0 || sentenceIndex >= article.Sentences.Count) return false;
        var block = article.GetBlock(article.Sentences[sentenceIndex]);
        var end = block.Span.Start + block.Span.Length;
        while (end > block.Span.Start && char.IsWhiteSpace(article.Text[end - 1])) end--;
        return end - block.Span.Start >= 3 && (article.Text[end - 1] == '\u2026' || string.CompareOrdinal(article.Text, end - 3, "...", 0, 3) == 0);
    }

    /// <summary>Round exact figures are read as rounded: "17,000" allows 16,500–17,500; "200" allows 150–250.</summary>
    private static (double Low, double High) Interval(Quantity quantity)
    {
        if (quantity.Qualifier != QuantityQualifier.Exact || quantity.Value < 100) return (quantity.Low, quantity.High);
        var step = 1.0;
        while (step * 10 <= quantity.Value && Math.Abs(quantity.Value % (step * 10)) < 1e-9) step *= 10;
        return step < 100 ? (quantity.Low, quantity.High) : (quantity.Value - step / 2, quantity.Value + step / 2);
    }

    private static int NounToken(Article article, Quantity quantity, int end)
    {
        if (quantity.NounSpan is not { } span) return -1;
        for (var t = quantity.LastToken + 1; t < end && t <= quantity.LastToken + 8; t++)
        {
            if (article.Tokens[t].Span.Start == span.Start) return t;
        }

        return -1;
    }

    /// <summary>"seriously", "critically", "reportedly": a lower-case -ly word that is not a noun or adjective of time.</summary>
    private static bool IsAdverb(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Text.Length > 4 && token.Text.EndsWith("ly", StringComparison.Ordinal) && !NotAdverbs.Contains(token.Text);

    private static readonly HashSet<string> NotAdverbs = Set("family", "daily", "weekly", "monthly", "yearly", "early", "rally", "assembly", "supply", "ally", "belly", "jelly", "bully");

    private static string? EventAfter(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var t = from; t < end && t < from + 5; t++)
        {
            var text = tokens[t].Text;
            if (text.Equals("on", StringComparison.OrdinalIgnoreCase) && t + 1 < end && tokens[t + 1].Text.Equals("board", StringComparison.OrdinalIgnoreCase)) return "aboard";
            if (Events.TryGetValue(text, out var ev) && ev != "aboard") return ev;
            // "were seriously injured", "were listed as injured": adverbs and copulas of reporting stand between.
            if (!Auxiliaries.Contains(text) && !IsAdverb(tokens[t])) return text.Equals("aboard", StringComparison.OrdinalIgnoreCase) ? "aboard" : null;
        }

        return null;
    }

    /// <summary>Words that end a counted noun phrase before its participle: "buildings that killed" is no count of the killed.</summary>
    private static readonly HashSet<string> NotInNounPhrase = Set(
        "that", "who", "which", "whom", "whose", "and", "or", "of", "the", "a", "an", "in", "on", "at", "by", "for", "from", "with",
        "to", "as", "than", "were", "was", "are", "is", "have", "has", "had", "been", "be", "people", "persons");

    /// <summary>"27 killed", "Seven arrested", "25 Russian Servicemen Killed": the event word right after the figure (no noun:
    /// people), or after one to three words of a noun phrase (its last word is the counted noun). Not "left", "board",
    /// "carrying", whose sense needs more context.</summary>
    private static (string Event, int Noun)? ParticipleAfter(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var t = from; t < end && t <= from + 3; t++)
        {
            var token = tokens[t];
            if (!token.IsWord) return null;
            if (Events.TryGetValue(token.Text, out var ev) && ev is not ("left" or "aboard" or "pledged" or "offered" or "donated") || token.Text.Equals("aboard", StringComparison.OrdinalIgnoreCase))
            {
                if (t > from && (tokens[t - 1].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || !char.IsLetter(tokens[t - 1].Text[tokens[t - 1].Text.Length - 1]))) return null;

                // "Seven men killed 129 people", "seven killed themselves": a verb with an object counts the perpetrators.
                for (var o = t + 1; o < end && o <= t + 3; o++)
                {
                    if (tokens[o].Kind == TokenKind.Number || tokens[o].Text is "themselves" or "himself" or "herself" or "people" or "civilians") return null;
                    if (!tokens[o].IsWord) break;
                }

                return (ev ?? "aboard", t == from ? -1 : t - 1);
            }

            if (NotInNounPhrase.Contains(token.Text) || Events.ContainsKey(token.Text)) return null;
        }

        return null;
    }

    private static string Singular(string word) =>
        word.EndsWith("men", StringComparison.Ordinal) ? word : word.EndsWith("ies", StringComparison.Ordinal) ? word.Substring(0, word.Length - 3) + "y" : word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) : word;

    private static string? EventBefore(IReadOnlyList<Token> tokens, int start, int first)
    {
        for (var t = start - 1; t >= first && t >= start - 4; t--)
        {
            var text = tokens[t].Text;
            if (Events.TryGetValue(text, out var ev)) return ev;
            // "killed all 217 passengers", "killing all eight": the whole of a count is the count.
            if (!(text is "the" or "a" or "of" or "lives" or "up" or "had" or "have" or "has" or "all")) return null;
        }

        return null;
    }

    private static bool TollBefore(IReadOnlyList<Token> tokens, int start, int first)
    {
        for (var t = start - 1; t >= first && t >= start - 4; t--)
        {
            if (tokens[t].Text.Equals("toll", StringComparison.OrdinalIgnoreCase)) return t > first && tokens[t - 1].Text.Equals("death", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>The clause of a figure: its sentence cut at ";", "while", "but", "including", … (<see cref="ClauseBreaks"/>).</summary>
    private static (int From, int To) Clause(IReadOnlyList<Token> tokens, Quantity quantity, int first, int end)
    {
        int from = quantity.FirstToken, to = quantity.LastToken;
        while (from > first && !ClauseBreaks.Contains(tokens[from - 1].Text)) from--;
        while (to + 1 < end && !ClauseBreaks.Contains(tokens[to + 1].Text)) to++;
        return (from, to);
    }

    private static bool HasAny(IReadOnlyList<Token> tokens, int first, int end, HashSet<string> words)
    {
        for (var t = first; t < end; t++)
        {
            if (tokens[t].IsWord && words.Contains(tokens[t].Text)) return true;
        }

        return false;
    }

    /// <summary>Time anchors and narrowing phrases of the sentence.</summary>
    /// <summary>True when the figure is anchored in a year before the article's (not "since": a span that still grows):
    /// "the Olympic bombing of 1996 killed two" in copy of 1998 is settled history, not a tally that may still move.</summary>
    private static bool Settled(Article article, SortedSet<string> scope)
    {
        if (article.Date is not { } date) return false;
        foreach (var anchor in scope)
        {
            if (anchor.Length >= 4 && IsYear(anchor.Substring(0, 4)) && int.Parse(anchor.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) < date.Year) return true;
        }

        return false;
    }

    /// <summary>True for a time anchor two or more years before the copy: the dated article's year, else the latest year
    /// undated copy mentions (<paramref name="copyYear"/> caches it; 0 when unknown).</summary>
    private static bool IsHistory(Article article, string anchor, ref int? copyYear)
    {
        if (anchor.Length < 4 || !IsYear(anchor.Substring(0, 4))) return false;
        copyYear ??= article.Date?.Year ?? LatestYear(article) ?? 0;
        return copyYear > 0 && int.Parse(anchor.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) <= copyYear - 2;
    }

    /// <summary>True for a scope word that anchors the figure in time: a year, a month, "since 2021", "last year".</summary>
    private static bool IsTimeAnchor(string anchor) =>
        anchor.Length >= 4 && IsYear(anchor.Substring(0, 4)) || MonthWords.Contains(anchor) ||
        anchor.StartsWith("since ", StringComparison.Ordinal) || anchor.StartsWith("last ", StringComparison.Ordinal) || anchor.StartsWith("this ", StringComparison.Ordinal) || anchor.StartsWith("during ", StringComparison.Ordinal);

    private static bool HasTimeAnchor(SortedSet<string> scope)
    {
        foreach (var anchor in scope)
        {
            if (IsTimeAnchor(anchor)) return true;
        }

        return false;
    }

    /// <summary>True when the tokens hold a capitalised word outside quotations: a name of a place, person, body or time.</summary>
    private static bool NamesAnything(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            if (tokens[t].IsWord && tokens[t].IsCapitalized && !tokens[t].InQuotation && !NotNames.Contains(tokens[t].Text)) return true;
        }

        return false;
    }

    /// <summary>
    /// The verb of a relative clause right after a counted noun ("passengers who boarded with …" gives "boarded"), or null:
    /// no such clause, or one that picks out no group because it states the event itself ("people who were killed", "who
    /// lost their lives") or where they were ("who were on board").
    /// </summary>
    private static string? PickedOutBy(IReadOnlyList<Token> tokens, int t, int end)
    {
        if (t + 1 >= end || tokens[t].Text is not ("who" or "that")) return null;
        // "2.3 million total births that year": a determiner, not a clause.
        if (tokens[t].Text == "that" && TimeNouns.Contains(tokens[t + 1].Text)) return null;
        string? verb = null;
        for (var i = t + 1; i < end && i <= t + RelativeClauseReach; i++)
        {
            if (!tokens[i].IsWord) break;
            var word = tokens[i].Text.ToLowerInvariant();
            if (Events.ContainsKey(word) || EventNouns.ContainsKey(Singular(word)) || ClauseEventWords.Contains(word)) return null;
            if (verb is null && !RelativeClauseFillers.Contains(word))
            {
                if (tokens[i].IsCapitalized || Whereabouts.Contains(word)) return null;
                verb = word;
            }
        }

        return verb;
    }

    /// <summary>Words of a relative clause read for its verb and for an event word ("who were later killed").</summary>
    private const int RelativeClauseReach = 4;

    /// <summary>Auxiliaries and adverbs before a relative clause's verb.</summary>
    private static readonly HashSet<string> RelativeClauseFillers = Set(
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "did", "do", "does", "not", "never", "reportedly",
        "also", "all", "later", "then", "still", "allegedly", "both", "would", "will", "since");

    /// <summary>Words that state the event in a relative clause beside the event words: "martyrs who embraced martyrdom".</summary>
    private static readonly HashSet<string> ClauseEventWords = Set("martyrdom");

    /// <summary>Nouns a "that" before them makes a determiner: "that year", "that night".</summary>
    private static readonly HashSet<string> TimeNouns = Set("year", "day", "week", "month", "night", "morning", "evening", "afternoon", "time", "weekend");

    /// <summary>Clause openers that say where a group was, not what it did: "passengers who were on board" is every one.</summary>
    private static readonly HashSet<string> Whereabouts = Set("on", "aboard", "onboard", "in", "inside", "at", "among", "travelling", "traveling", "flying", "there",
        "staying", "living", "working", "sitting", "standing", "waiting", "passing", "near", "nearby");

    /// <summary>The latest of <paramref name="starts"/> before token <paramref name="t"/>, or -1.</summary>
    private static int NearestBefore(List<int> starts, int t)
    {
        var best = -1;
        foreach (var start in starts)
        {
            if (start < t && start > best) best = start;
        }

        return best;
    }

    /// <summary>The scope words of tokens [first, end); <paramref name="owns"/> says whether an "including …" at a token
    /// narrows the claim's own figure (null: every one does).</summary>
    private static void ReadScope(Article article, int first, int end, SortedSet<string> scope, bool directions = true, Func<int, bool>? owns = null)
    {
        var tokens = article.Tokens;
        for (var t = first; t < end; t++)
        {
            var text = tokens[t].Text.ToLowerInvariant();
            var next = t + 1 < end ? tokens[t + 1].Text.ToLowerInvariant() : string.Empty;
            if (text is "since" or "last" or "in" or "this" or "during" && (IsYear(next) || MonthWords.Contains(next) || text is "since" or "last" or "this" && next is "year" or "month" or "week" or "january"))
            {
                var anchor = text == "in" ? next : text + " " + next;
                if (text == "last" && MonthWords.Contains(next) && article.Date is { } date) anchor = MonthYear(date, next, before: true);
                // "last year" in copy of 2000 is 1999, the same year another article writes out.
                else if (text == "last" && next == "year" && article.Date is { } dated) anchor = (dated.Year - 1).ToString(CultureInfo.InvariantCulture);
                // "in August", "last August", "in 1998" in a dated article name the time of the story itself (its event
                // happened then); only a cumulative span ("since 2021", "this year") or an older time narrows the count.
                if (!(text is "in" or "last" or "during" && IsCurrent(article, anchor))) scope.Add(anchor);
            }
            else if (IsYear(text) && (t == first || !IsYear(tokens[t - 1].Text)) && !IsCurrent(article, text)) scope.Add(text);
            else if (text is "including" or "excluding" or "besides" && (owns is null || owns(t)) && t + 1 < end && tokens[t + 1].Kind != TokenKind.Number && !NumberWords.TryGetUnit(tokens[t + 1].Text.ToLowerInvariant(), out _) &&
                     !IsCountryLike(Fold((tokens[t + 1].Text.ToLowerInvariant() is "the" or "a" or "two" or "three" or "one" && t + 2 < end ? tokens[t + 2] : tokens[t + 1]).Text.ToLowerInvariant())))
            {
                // "including the gunman" narrows the count; "including the United States" (a country) and "including 12
                // Americans" (a part of it) do not.
                var what = tokens[t + 1].Text.ToLowerInvariant() is "the" or "a" or "two" or "three" or "one" && t + 2 < end ? tokens[t + 2].Text : tokens[t + 1].Text;
                scope.Add(text + " " + what.ToLowerInvariant().TrimEnd('s'));
            }
            // "killed 131 people including five on the ground": the place narrows the figure it follows (the five), not the 131.
            else if (text == "on" && next == "the" && t + 2 < end && tokens[t + 2].Text.Equals("ground", StringComparison.OrdinalIgnoreCase) && (owns is null || owns(t))) scope.Add("on the ground");
            // "A total of 89 people were killed", "the overall toll": the whole count, what an unqualified toll states too.
            else if (directions && Directions.Contains(text) && t + 1 < end && tokens[t + 1].IsCapitalized && tokens[t + 1].IsWord && !tokens[t].IsCapitalized)
            {
                // "in the southern Gaza Strip" and "in the central Gaza Strip" are two parts of one territory.
                scope.Add(text + " part");
            }
            else if (text is "nationwide" or "countrywide" || text == "across" && next is "the" or "country") scope.Add("nationwide");
        }
    }

    private static readonly HashSet<string> Directions = Set(
        "northern", "southern", "eastern", "western", "central", "northwestern", "northeastern", "southwestern", "southeastern",
        "north-western", "north-eastern", "south-western", "south-eastern");

    /// <summary>True when a time anchor ("1998", "1998-08", "august") falls in the year up to a dated article's date: the
    /// time of the story, not of another count. Undated articles keep every anchor.</summary>
    private static bool IsCurrent(Article article, string anchor)
    {
        if (article.Date is not { } date) return false;
        // "the accident last week, which killed 114": the week before the copy is the time of the story itself.
        if (MonthWords.Contains(anchor) || anchor == "last week") return true;
        if (anchor.Length >= 4 && int.TryParse(anchor.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return year == date.Year || year == date.Year - 1 && (anchor.Length == 4 ? date.Month <= 6 : anchor.Length == 7 && int.TryParse(anchor.Substring(5), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month > date.Month);
        return false;
    }

    private static string MonthYear(DateTime date, string month, bool before)
    {
        var m = DateTime.ParseExact(month, "MMMM", CultureInfo.InvariantCulture).Month;
        var year = before && m >= date.Month ? date.Year - 1 : date.Year;
        return year.ToString(CultureInfo.InvariantCulture) + "-" + m.ToString("00", CultureInfo.InvariantCulture);
    }

    private static bool IsYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100;

    /// <summary>The places of the claim's clause below country level (see <see cref="Claim.Places"/>), folded (lower
    /// case, possessive dropped, cut to five letters so "Pakistani" and "Pakistan" agree) and sorted; the countries it
    /// names as places; and how many sites it counts. Words that start a sentence or a headline count only when they
    /// are not ordinary English words.</summary>
    private static List<string> Places(Article article, Sentence sentence, Quantity quantity, int nounToken, out List<string> countries, out int atSites)
    {
        var tokens = article.Tokens;
        int from = quantity.FirstToken, to = quantity.LastToken;
        while (from > sentence.FirstToken && !ClauseBreaks.Contains(tokens[from - 1].Text)) from--;
        while (to + 1 < sentence.FirstToken + sentence.TokenCount && !ClauseBreaks.Contains(tokens[to + 1].Text)) to++;
        var places = PlacesIn(article, sentence, from, to, quantity.FirstToken, quantity.LastToken, nounToken, out countries);
        atSites = AtSeveralSites(tokens, from, to, quantity);
        return places;
    }

    /// <summary>
    /// Where the article's story happened: the places (as <see cref="Claim.Places"/>, below country level) that its
    /// headline and lede name, whether or not a figure stands beside them. A body figure that names no place of its own
    /// ("Twelve soldiers were killed in the fighting") is the count of this story: two articles of one event whose ledes
    /// put the story at one spot (both "… in Bannu") state one quantity with it, on any day.
    /// </summary>
    public static IReadOnlyList<string> StoryPlaces(Article article)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        var places = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < article.Sentences.Count && i < LeadSentences; i++)
        {
            if (IsTeaser(article, i)) continue;
            var sentence = article.Sentences[i];
            if (sentence.TokenCount == 0) continue;
            places.UnionWith(PlacesIn(article, sentence, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount - 1, -1, -1, -1, out _));
        }

        return new List<string>(places);
    }

    /// <summary>When the article's story happened, for a figure that names no place nor day of its own (as
    /// <see cref="StoryPlaces"/>): the days of its lede (<see cref="Claim.Days"/>), and whether the headline or lede gives
    /// the figures of a rolling day ("over the past 24 hours": "In these crashes, 13 people died" further down is that
    /// day's statistic, and the next day's report of the same words is another day's).</summary>
    public static (IReadOnlyList<string> Days, bool Daily) StoryTime(Article article)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        var daily = false;
        for (var i = 0; i < article.Sentences.Count && i < LeadSentences; i++)
        {
            var sentence = article.Sentences[i];
            if (!IsTeaser(article, i) && IsDaily(article.Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount)) daily = true;
        }

        return (LedeDays(article), daily);
    }

    /// <summary>The places of the tokens <paramref name="from"/>..<paramref name="to"/> (a clause) of one sentence, skipping
    /// the figure's own tokens <paramref name="skipFrom"/>..<paramref name="skipTo"/>.</summary>
    private static List<string> PlacesIn(Article article, Sentence sentence, int from, int to, int skipFrom, int skipTo, int nounToken, out List<string> countries)
    {
        countries = new List<string>();
        var bodyPlaces = new SortedSet<string>(StringComparer.Ordinal);
        var datelinePlaces = new SortedSet<string>(StringComparer.Ordinal);
        var bodyCountry = false;
        var placeRun = false;
        var tokens = article.Tokens;
        var heading = article.GetBlock(sentence).Kind == BlockKind.Heading;
        var dateline = Dateline.End(tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        for (var t = from; t <= to; t++)
        {
            var token = tokens[t];
            if (!token.IsWord || !token.IsCapitalized || token.InQuotation || (t >= skipFrom && t <= skipTo))
            {
                // A run of place names continues through "and", commas and hyphens: "in Paris and Saint-Denis", "Srinagar, India".
                if (!(placeRun && token.Text is "," or "and" or "-" or "&")) placeRun = false;
                continue;
            }

            // Headlines are telegraphic ("Five dead as Bannu families clash"): their names are taken as places.
            var isPlace = t < dateline || placeRun || heading || PlaceCue(tokens, t, from, to);
            placeRun = isPlace;
            var lower = token.Text.ToLowerInvariant();
            var bare = Possessive(lower);
            if (bare.Length < 2 || NotNames.Contains(bare) || NotNames.Contains(bare.TrimEnd('s')) || Wires.Contains(bare)) continue;
            var initial = t == sentence.FirstToken || t == dateline || tokens[t - 1].Text is "\"" or "\u201C" or "(" or ":";
            if ((initial || heading || token.IsAllCaps && lower.Length > 4) && EnglishLexicon.IsEnglishWord(lower) && t != nounToken - 1) continue;
            lower = Fold(lower);
            if (t >= dateline && IsCountryLike(lower)) bodyCountry = true;

            // "detained four passengers … attempting to travel to Lithuania" and "… seven … to Italy": where the counted
            // people went (or came from) is part of what the figure counts.
            if (!isPlace && t - 1 >= from && tokens[t - 1].Text is "to" or "from" && !(t - 2 >= from && tokens[t - 2].Text.Equals("according", StringComparison.OrdinalIgnoreCase)) &&
                !token.Text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && !token.Text.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase) && CountryNames.IsCountryLevel(lower) && !countries.Contains(lower)) countries.Add(lower);
            if (!isPlace) continue;
            if (t < dateline) datelinePlaces.Add(lower);
            else if (IsCountryLike(lower)) { if (CountryNames.IsCountryLevel(lower)) countries.Add(lower); }
            else bodyPlaces.Add(lower);
        }

        // The dateline says where the report was filed; it is the figure's place only when the clause names none
        // (not even a country: "IZMIT, Turkey _ … more than 10,000 dead in Turkey" is the national toll).
        if (bodyPlaces.Count > 0 || !bodyCountry)
        {
            foreach (var name in datelinePlaces)
            {
                if (!IsCountryLike(name)) bodyPlaces.Add(name);
            }
        }

        return new List<string>(bodyPlaces);
    }

    /// <summary>Parts of country and territory names that say nothing local on their own: "Gaza Strip", "West Bank",
    /// "United States", "New York" keeps "york".</summary>
    private static readonly HashSet<string> GenericPlaceWords = new(StringComparer.Ordinal)
    {
        "new", "north", "south", "east", "west", "unite", "state", "repub", "strip", "bank", "kingd", "centr", "great", "city", "upper", "lower",
    };

    private static bool IsCountryLike(string folded) => CountryNames.IsCountryLevel(folded) || GenericPlaceWords.Contains(folded);

    /// <summary>Days a claim's sentence puts it on, resolved against the article's date when it has one: "on Saturday"
    /// in an article of Sunday 1 June is 2025-05-31; "in the last 24 hours" is the article's day. Two claims on different
    /// days are different incidents (the daily road-accident figures, two blasts in one city on consecutive nights).</summary>
    private static List<string> Days(Article article, IReadOnlyList<Token> tokens, int first, int end, bool statementDays = false)
    {
        var days = new List<string>();
        for (var t = first; t < end; t++)
        {
            if (!tokens[t].IsWord || tokens[t].InQuotation) continue;
            var text = tokens[t].Text;
            string? day = null;
            var weekday = Array.FindIndex(WeekdayNames, w => w.Equals(text, StringComparison.OrdinalIgnoreCase));
            if (weekday >= 0 && !(t + 1 < end && tokens[t + 1].Text is "'s" or "’s") && (statementDays || !DatesStatement(tokens, first, t)))
            {
                if (article.Date is { } date)
                {
                    var back = ((int)date.DayOfWeek - weekday + 7) % 7;
                    day = date.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                else
                {
                    day = WeekdayNames[weekday];
                }
            }
            else if (text is "last" or "past" && t + 2 < end && tokens[t + 1].Text == "24" && tokens[t + 2].Text.StartsWith("hour", StringComparison.OrdinalIgnoreCase))
            {
                day = article.Date is { } date ? "24h " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "24h";
            }

            if (day is not null && !days.Contains(day)) days.Add(day);
        }

        days.Sort(StringComparer.Ordinal);
        return days;
    }

    /// <summary>Verbs of saying whose weekday is the day of the statement, not of what it counts.</summary>
    private static readonly HashSet<string> StatementVerbs = Set(
        "said", "says", "told", "announced", "confirmed", "reported", "stated", "added", "tweeted", "wrote", "disclosed",
        "revealed", "briefed", "informed", "insisted", "estimated");

    /// <summary>Nouns of a statement whose weekday is the day it was made: "in a statement on Monday", "at a news conference Monday".</summary>
    private static readonly HashSet<string> StatementNouns = Set("statement", "conference", "briefing", "interview", "release", "bulletin", "tweet", "post");

    /// <summary>Words that may stand between a statement and its weekday: "said late on Monday" ("said that on Monday …"
    /// dates what follows).</summary>
    private static readonly HashSet<string> StatementGap = Set("on", "late", "early");

    /// <summary>
    /// True when the weekday at <paramref name="t"/> dates the statement of the sentence, not its count: "officials said on
    /// Monday", "the army said Wednesday that 120 militants were killed", "told reporters on Tuesday", "in a statement on
    /// Monday". A desk reports a running tally as of the day it is said; the day of the saying is when the copy was written
    /// (the article's date), not a day the count is of, so it does not make the figure that day's count. A headline still
    /// takes its lede's day, the statement's included (<see cref="LedeDays"/>).
    /// </summary>
    private static bool DatesStatement(IReadOnlyList<Token> tokens, int first, int t)
    {
        var u = t - 1;
        while (u >= first && StatementGap.Contains(tokens[u].Text)) u--;
        if (u < first) return false;
        if (StatementVerbs.Contains(tokens[u].Text) || StatementNouns.Contains(tokens[u].Text) && OpensStatement(tokens, first, u)) return true;
        // "told reporters on Monday", "told The Associated Press on Monday", "said in a statement on Monday": the object of
        // the saying, up to four words, between the verb and the day.
        for (var v = u - 1; v >= first && v >= u - 4; v--)
        {
            if (!tokens[v].IsWord) return false;
            if (tokens[v].Text is "told" or "informed" or "briefed") return true;
        }

        return false;
    }

    /// <summary>
    /// The statement noun at <paramref name="noun"/> closes a phrase of the telling that "in", "during" (or, for a
    /// conference or briefing, "at") opens within four words: "in a statement", "in a press release", "at a news
    /// conference". Not "attacked a check post on Monday" or "at a police post on Monday": a post, a release, a
    /// conference may be where or what the event was.
    /// </summary>
    private static bool OpensStatement(IReadOnlyList<Token> tokens, int first, int noun)
    {
        var gathering = tokens[noun].Text.Equals("conference", StringComparison.OrdinalIgnoreCase) || tokens[noun].Text.Equals("briefing", StringComparison.OrdinalIgnoreCase);
        for (var v = noun - 1; v >= first && v >= noun - 4; v--)
        {
            if (!tokens[v].IsWord) return false;
            var word = tokens[v].Text;
            if (word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("during", StringComparison.OrdinalIgnoreCase)
                || gathering && word.Equals("at", StringComparison.OrdinalIgnoreCase)) return true;
            if (word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("on", StringComparison.OrdinalIgnoreCase)) return false;
        }

        return false;
    }

    /// <summary>The days of the first lede sentence (not a headline) that names one, the day of its statement included.</summary>
    private static List<string> LedeDays(Article article)
    {
        for (var i = 0; i < article.Sentences.Count && i < LeadSentences; i++)
        {
            var sentence = article.Sentences[i];
            if (article.GetBlock(sentence).Kind == BlockKind.Heading) continue;
            // The day the lede's statement was made ("the army's press office said on Monday") is the news day of the story: a
            // headline, which has no sentence of its own, is of that day (two reports of recurring raids on different days).
            var days = Days(article, article.Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, statementDays: true);
            if (days.Count > 0) return days;
        }

        return new List<string>();
    }

    /// <summary>True when the sentence gives the figure for a rolling day ("in the last 24 hours", "past 24 hours"):
    /// a daily statistic, which changes every day.</summary>
    private static bool IsDaily(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var t = first; t + 2 < end; t++)
        {
            if (tokens[t].Text is "last" or "past" && tokens[t + 1].Text == "24" && tokens[t + 2].Text.StartsWith("hour", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static readonly string[] WeekdayNames = { "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" };

    /// <summary>
    /// How many sites the clause puts the figure at — "killed nine people in two Atlanta offices" (2), "in three KP
    /// operations" (3), "at several checkposts" (int.MaxValue) — or 0. Such a figure may be a part of the story's total
    /// (his family died at home), and two figures over different numbers of sites count different things.
    /// </summary>
    private static int AtSeveralSites(IReadOnlyList<Token> tokens, int from, int to, Quantity quantity)
    {
        for (var t = from; t < to; t++)
        {
            if (t >= quantity.FirstToken && t <= quantity.LastToken || !Locatives.Contains(tokens[t].Text)) continue;
            var next = tokens[t + 1];
            var word = Array.IndexOf(SiteCountWords, next.Text.ToLowerInvariant());
            if (word >= 0) return word + 2;
            if (next.Text.ToLowerInvariant() is "several" or "multiple" or "various" or "different") return int.MaxValue;
            if (next.Kind == TokenKind.Number && int.TryParse(next.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 2 and < 1000) return n;
        }

        return 0;
    }

    /// <summary>Events whose count includes the people who died of it: the dead were infected too, so "55 others
    /// infected" beside "seven died" is not the count of everyone infected.</summary>
    private static readonly HashSet<string> IncludesTheDead = Set("infected");

    /// <summary>True when the figure is one place's share of a total the sentence splits by place: "killed six people
    /// in Leeds and one in Bradford", "one in Bradford and six in Leeds". The figure names a
    /// place right after it (its noun between), and a sibling count ("and one in X", "N at X,") stands beside it.</summary>
    private static bool SharedOut(IReadOnlyList<Token> tokens, Quantity quantity, int nounToken, int first, int end)
    {
        var at = Math.Max(quantity.LastToken, nounToken) + 1;
        if (!(at + 1 < end && Locatives.Contains(tokens[at].Text) && (tokens[at + 1].IsCapitalized || tokens[at + 1].Text == "the" && at + 2 < end && tokens[at + 2].IsCapitalized))) return false;
        // A sibling after: skip the place's run of names to "and" or ",", then a count and a locative.
        var t = at + 1;
        while (t < end && (tokens[t].IsCapitalized || tokens[t].Text == "the")) t++;
        if (t + 2 < end && tokens[t].Text is "and" or "," && IsCount(tokens[t + 1]) && Locatives.Contains(tokens[t + 2].Text)) return true;
        // A sibling before: "… one in Westchester and six in New York City".
        var b = quantity.FirstToken - 1;
        if (b - 1 < first || tokens[b].Text is not ("and" or ",")) return false;
        b--;
        while (b > first && (tokens[b].IsCapitalized || tokens[b].Text == "the")) b--;
        return b - 1 >= first && Locatives.Contains(tokens[b].Text) && IsCount(tokens[b - 1]);
    }

    private static bool IsCount(Token token) =>
        token.Kind == TokenKind.Number && !token.Text.Contains(".") || token.IsWord && NumberWords.TryGetUnit(token.Text.ToLowerInvariant(), out _);

    /// <summary>How many incidents or sites a clause counts over (see <see cref="Claim.Reach"/>): 1 for one named site ("a
    /// violent apartment bloc explosion", "the scene", "the concert hall"), 2 for several ("Five Terrorist Blasts",
    /// "a series of terror attacks"), 0 when it does not say. Several wins: "two blasts … one explosion" tells of both.</summary>
    private static int Reach(IReadOnlyList<Token> tokens, int from, int end)
    {
        var one = false;
        for (var t = from; t < end; t++)
        {
            if (!tokens[t].IsWord || tokens[t].InQuotation) continue;
            var word = tokens[t].Text.ToLowerInvariant();
            // "six killed in road crashes", "in different road mishaps": a round-up of separate incidents, which two desks
            // need not gather alike.
            // A count of the crashes ("in 1,377 road accidents", "in two road accidents") makes them a statistic or a set.
            if (RoundUpIncidents.Contains(word) && (t - 1 >= from && RoundUpMarks.Contains(tokens[t - 1].Text.ToLowerInvariant()) || t - 2 >= from && RoundUpMarks.Contains(tokens[t - 2].Text.ToLowerInvariant())) &&
                !(t - 1 >= from && IsCount(tokens[t - 1]) || t - 2 >= from && IsCount(tokens[t - 2]) || t - 3 >= from && IsCount(tokens[t - 3]))) return Claim.RoundUp;
            if (SeveralIncidents.Contains(word))
            {
                // "Five Terrorist Blasts", "six separate attacks", "a series of terror attacks", "a wave of bombings".
                for (var b = t - 1; b >= from && b >= t - 3; b--)
                {
                    var w = tokens[b].Text.ToLowerInvariant();
                    if (IsCount(tokens[b]) && w != "one" && w != "1" || w is "series" or "wave" or "string" or "spate" or "multiple" or "several" or "coordinated") return 2;
                }
            }
            else if (OneSite.Contains(word) && t - 1 >= from && !(t + 1 < end && tokens[t + 1].Text == "of"))
            {
                // "a violent apartment bloc explosion", "the scene", "the concert hall": an article within three words before.
                for (var b = t - 1; b >= from && b >= t - 4; b--)
                {
                    if (tokens[b].Text.ToLowerInvariant() is "a" or "an" or "the" or "this" or "that") { one = true; break; }
                    if (!tokens[b].IsWord) break;
                }
            }
        }

        return one ? 1 : 0;
    }

    /// <summary>Plural incident words a count or a "series of" makes several incidents.</summary>
    private static readonly HashSet<string> SeveralIncidents = Set("blasts", "explosions", "bombings", "attacks", "shootings", "crashes", "accidents", "strikes", "airstrikes");

    /// <summary>Plural words for incidents that happen apart from one another (road crashes), which a round-up gathers.</summary>
    private static readonly HashSet<string> RoundUpIncidents = Set("accidents", "crashes", "mishaps", "collisions", "incidents");

    /// <summary>Words before them that make them separate incidents: "road accidents", "different road mishaps".</summary>
    private static readonly HashSet<string> RoundUpMarks = Set("road", "traffic");

    /// <summary>Singular incident and venue words: one site of what happened.</summary>
    private static readonly HashSet<string> OneSite = Set("blast", "explosion", "bombing", "shooting", "scene", "hall", "venue", "theatre", "theater", "stadium", "restaurant", "cafe", "building");

    private static readonly string[] SiteCountWords = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };

    /// <summary>Words before a name that make it a place: "killed in Quetta", "at the Bataclan", "near Khairpur".</summary>
    private static readonly HashSet<string> Locatives = Set("in", "at", "near", "outside", "inside", "into", "across", "off", "around", "from", "within", "throughout");

    /// <summary>Incident words, by kind. Claims of one place whose sentences name incidents of different kinds are
    /// different events: a blast and a road accident in Quetta on one day are two stories.</summary>
    private static readonly Dictionary<string, string> IncidentWords = IncidentTable();

    private static Dictionary<string, string> IncidentTable()
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(string kind, params string[] words)
        {
            foreach (var word in words) table[word] = kind;
        }

        Add("violence", "blast", "blasts", "bomb", "bombs", "bombing", "bombings", "bomber", "bombers", "explosion", "explosions", "explosive", "explosives", "ied",
            "attack", "attacks", "attacked", "attacker", "attackers", "gunman", "gunmen", "shooting", "shootings", "gunfire", "ambush", "ambushed", "raid", "raids",
            "airstrike", "airstrikes", "strike", "strikes", "missile", "missiles", "drone", "drones", "shelling", "clash", "clashes", "firing", "suicide", "massacre",
            "assault", "militants", "terrorists", "terrorist", "insurgents", "offensive", "fighting", "battle", "ibo", "ibos",
            "operation", "operations");
        Add("crash", "crash", "crashes", "crashed", "collision", "collided", "accident", "accidents", "derailed", "derailment", "plane", "jet", "aircraft",
            "airliner", "flight", "helicopter", "bus", "train", "truck", "van", "car", "vehicle", "boat", "ferry", "capsized", "sank", "shipwreck");
        Add("quake", "earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks", "tsunami");
        Add("weather", "flood", "floods", "flooding", "flooded", "rain", "rains", "downpour", "landslide", "landslides", "monsoon", "storm", "storms",
            "cyclone", "hurricane", "typhoon", "tornado", "tornadoes", "heatwave", "heatstroke", "avalanche", "lightning", "snowfall", "blizzard");
        Add("fire", "blaze", "inferno", "fires", "wildfire", "wildfires");
        Add("collapse", "collapse", "collapsed", "caved", "roof");
        Add("stampede", "stampede", "crush");
        Add("disease", "covid", "coronavirus", "dengue", "cholera", "outbreak", "epidemic", "virus", "measles", "polio", "malaria", "infections", "pandemic");
        return table;
    }

    /// <summary>How many days before the copy a day must be for an incident dated to it to be another than the story's.</summary>
    private const int OtherIncidentDays = 7;

    /// <summary>
    /// True when the body sentence, before the figure at <paramref name="figure"/> and with no other figure between, brings in
    /// an incident with "a" or "an" and dates it to a day of its own a week or more before the copy: "earlier shootings,
    /// including a family quarrel July 12 that killed seven people" in copy of 30 July is another incident cited for
    /// comparison, not the story's. The story's own incident is told with "the" ("the Aug. 7 bombing") or on its own days.
    /// </summary>
    private static bool EarlierDatedIncident(Article article, int first, int figure, List<int> figureStarts, DateTime copyDay)
    {
        var tokens = article.Tokens;
        var from = first;
        foreach (var start in figureStarts)
        {
            if (start < figure && start >= from) from = start + 1;
        }

        for (var t = from; t < figure; t++)
        {
            if (!tokens[t].Text.Equals("a", StringComparison.OrdinalIgnoreCase) && !tokens[t].Text.Equals("an", StringComparison.OrdinalIgnoreCase)) continue;
            // "a domestic dispute July 12", "a bombing on Aug. 7": up to three plain words, then the day.
            for (var u = t + 1; u < figure && u <= t + 4; u++)
            {
                var word = tokens[u].Text.TrimEnd('.');
                if (MonthNumbers.TryGetValue(word, out var month))
                {
                    var next = u + 1 < figure && tokens[u + 1].Text == "." ? u + 2 : u + 1;
                    if (u == t + 1 || next >= figure || DayOfMonth(tokens[next]) is not { } day || day > DateTime.DaysInMonth(copyDay.Year, month)) break;
                    var dated = new DateTime(copyDay.Year, month, day);
                    if (dated > copyDay) dated = dated.AddYears(-1);
                    if ((copyDay - dated).TotalDays >= OtherIncidentDays) return true;
                    break;
                }

                if (!tokens[u].IsWord || tokens[u].IsCapitalized) break;
            }
        }

        return false;
    }

    /// <summary>Words that set a figure apart from the story's own: "in a separate attack", "a similar blast last year".</summary>
    private static readonly HashSet<string> OtherIncident = Set("separate", "separately", "similar", "previous", "previously", "elsewhere");

    private static List<string> Incidents(IReadOnlyList<Token> tokens, int first, int end)
    {
        var kinds = new List<string>();
        for (var t = first; t < end; t++)
        {
            if (tokens[t].IsWord && !tokens[t].InQuotation && IncidentWords.TryGetValue(tokens[t].Text, out var kind) && !kinds.Contains(kind)) kinds.Add(kind);
        }

        kinds.Sort(StringComparer.Ordinal);
        return kinds;
    }

    /// <summary>A name is a place when a locative stands before it ("in Quetta", "at the Bataclan") or an incident
    /// word right after its run of capitalised words ("Quetta blast", "Paris attacks", "Atlanta shooting").</summary>
    private static bool PlaceCue(IReadOnlyList<Token> tokens, int t, int from, int to)
    {
        var before = t - 1;
        for (var skipped = 0; skipped < 2 && before >= from && PlaceModifiers.Contains(tokens[before].Text); skipped++) before--;
        if (before >= from && (Locatives.Contains(tokens[before].Text) || Struck.Contains(tokens[before].Text))) return true;
        // "the bombing of the U.S. Embassy", "the attack on the Bataclan": the target an attack is named by is where it happened.
        if (before - 1 >= from && tokens[before].Text is "of" or "on" && IncidentWords.TryGetValue(tokens[before - 1].Text, out var kind) && kind == "violence" &&
            !tokens[before - 1].IsCapitalized) return true;
        var after = t + 1;
        while (after <= to && tokens[after].IsWord && tokens[after].IsCapitalized) after++;
        if (after > to || !tokens[after].IsWord || tokens[after].IsCapitalized) return false;
        var next = tokens[after].Text;
        return IncidentWords.ContainsKey(next) || PlaceNouns.Contains(next);
    }

    /// <summary>Words between a locative and its place: "in the Bataclan", "in two Atlanta offices", "in northern Kurram".</summary>
    private static readonly HashSet<string> PlaceModifiers = Set(
        "the", "a", "an", "two", "three", "four", "several", "its", "their", "his", "her", "neighbouring", "neighboring", "nearby",
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northwest", "northeast", "southwest",
        "southeast", "north-west", "north-east", "south-west", "south-east", "remote", "restive", "downtown", "suburban", "rural");

    /// <summary>Verbs whose object is the place an incident hit: "a blast struck Quetta's Killi Mangal area".</summary>
    private static readonly HashSet<string> Struck = Set("struck", "strikes", "hit", "hits", "rocked", "rocks", "jolted", "shook", "lashed", "battered");

    /// <summary>Nouns after a name that make it a place: "Killi Mangal area", "Bannu district", "Brewery Road".</summary>
    private static readonly HashSet<string> PlaceNouns = Set(
        "area", "areas", "district", "districts", "city", "town", "village", "villages", "province", "region", "valley", "tehsil",
        "county", "neighbourhood", "neighborhood", "suburb", "bazaar", "market", "camp", "refugee", "border", "port", "airport",
        "station", "highway", "motorway", "road", "street", "square", "mosque", "church", "school", "hospital", "hotel", "prison",
        "jail", "mall", "building", "factory", "mine", "coalmine", "stadium", "island", "coast", "river", "dam");

    private static string Possessive(string lower) =>
        lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal) ? lower.Substring(0, lower.Length - 2) : lower;

    /// <summary>Ends of clauses: a name beyond them scopes another statement ("19 died at La Belle Equipe, while 15 were killed at Le Carillon").</summary>
    private static readonly HashSet<string> ClauseBreaks = Set(";", "while", "whereas", "but", "although", "though", "including", "besides");

    /// <summary>A name folded as <see cref="TopNames"/> folds it ("abrini" → "abrin").</summary>
    public static string FoldName(string name) => Fold((name ?? string.Empty).ToLowerInvariant());

    private static string Fold(string lower)
    {
        lower = Possessive(lower).TrimEnd('\'', '\u2019');
        return lower.Length > 5 ? lower.Substring(0, 5) : lower;
    }

    /// <summary>The latest year (1900–2099, four digits, not a figure's part) the article's own copy mentions, or null: for
    /// undated copy, the best evidence of when it was written.</summary>
    public static int? LatestYear(Article article)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        int? latest = null;
        var tokens = article.Tokens;
        var teaser = -1;
        var teaserBlock = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Number || token.Text.Length != 4 || !IsYear(token.Text)) continue;
            if (token.SentenceIndex != teaser)
            {
                teaser = token.SentenceIndex;
                teaserBlock = IsTeaser(article, teaser);
            }

            if (teaserBlock || t > 0 && tokens[t - 1].Text is "$" or "£" or "€" or "Rs" or "No" or "no" or "#") continue;
            var year = int.Parse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture);
            if (latest is null || year > latest) latest = year;
        }

        return latest;
    }

    private static readonly Dictionary<string, int> MonthNumbers = new(StringComparer.Ordinal)
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6, ["July"] = 7, ["August"] = 8,
        ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12, ["Jan"] = 1, ["Feb"] = 2, ["Mar"] = 3, ["Apr"] = 4,
        ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8, ["Sep"] = 9, ["Sept"] = 9, ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
    };

    /// <summary>The latest calendar day the article's own copy mentions ("13 November", "Nov. 18, 2015", "on 18 November"),
    /// as (year or null, month, day), or null: for undated copy, the best evidence of how far the story had gone when it
    /// was written (an article that tells of the raid of 18 November was written after one that tells only of the attacks
    /// of the 13th). A day with no year beside it is read in the latest year the article mentions.</summary>
    /// <summary>
    /// The weekdays an article names ("on Saturday", "Sunday's raids"), as a mask (bit 0 Monday … bit 6 Sunday); teasers of
    /// other stories aside. Undated coverage of one event is ordered by how far into the event's week its copy has got:
    /// a piece that tells of Tuesday was written after one that tells only of the Friday night and the Saturday.
    /// </summary>
    public static int Weekdays(Article article)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        var mask = 0;
        var tokens = article.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (!token.IsWord || !token.IsCapitalized || !WeekdayNumbers.TryGetValue(token.Text, out var day) || (mask & (1 << day)) != 0) continue;
            // "on Tuesday, Jan. 14, 2014", "Friday 13 November": a weekday with its date is that date (a caption of another
            // year, the day of the attacks), not a day of the event's week.
            var next = t + 1 < tokens.Count && tokens[t + 1].Text == "," ? t + 2 : t + 1;
            if (next < tokens.Count && (tokens[next].Kind == TokenKind.Number || MonthNumbers.ContainsKey(tokens[next].Text.TrimEnd('.')))) continue;
            if (!IsTeaser(article, token.SentenceIndex)) mask |= 1 << day;
        }

        return mask;
    }

    private static readonly Dictionary<string, int> WeekdayNumbers = new(StringComparer.Ordinal)
    {
        ["Monday"] = 0, ["Tuesday"] = 1, ["Wednesday"] = 2, ["Thursday"] = 3, ["Friday"] = 4, ["Saturday"] = 5, ["Sunday"] = 6,
    };

    public static (int? Year, int Month, int Day)? LatestDay(Article article)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        (int? Year, int Month, int Day)? latest = null;
        foreach (var found in CalendarDays(article))
        {
            if (latest is not { } known || Later(found, known) > 0) latest = found;
        }

        return latest;
    }

    /// <summary>Every calendar day the article's own copy names ("13 November", "Nov. 18, 2015"; teasers of other stories
    /// aside), in text order, as (year or null, month, day): a day with no year beside it is read in the latest year the
    /// article mentions.</summary>
    public static IEnumerable<(int? Year, int Month, int Day)> CalendarDays(Article article)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        var tokens = article.Tokens;
        var fallbackYear = LatestYear(article);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (!token.IsWord || !MonthNumbers.TryGetValue(token.Text.TrimEnd('.'), out var month)) continue;
            if (IsTeaser(article, token.SentenceIndex)) continue;
            var next = t + 1 < tokens.Count && tokens[t + 1].Text == "." ? t + 2 : t + 1;
            int day;
            int yearAt;
            if (next < tokens.Count && DayOfMonth(tokens[next]) is { } after) { day = after; yearAt = next + 1; }
            else if (t > 0 && DayOfMonth(tokens[t - 1]) is { } before) { day = before; yearAt = next; }
            else continue;
            if (yearAt < tokens.Count && tokens[yearAt].Text == ",") yearAt++;
            int? year = yearAt < tokens.Count && tokens[yearAt].Kind == TokenKind.Number && IsYear(tokens[yearAt].Text)
                ? int.Parse(tokens[yearAt].Text, NumberStyles.None, CultureInfo.InvariantCulture) : fallbackYear;
            yield return (year, month, day);
        }
    }

    /// <summary>Which of two days <see cref="LatestDay"/> found is later: positive when <paramref name="a"/> is, negative
    /// when <paramref name="b"/> is, 0 when they are less than two days apart. Years decide when both are known.</summary>
    public static int Later((int? Year, int Month, int Day) a, (int? Year, int Month, int Day) b)
    {
        if (a.Year is { } ya && b.Year is { } yb && ya != yb) return ya.CompareTo(yb);
        // A day or two apart says little: the latest day a text names only bounds when it was written (copy of the 14th
        // may be a week old), so two stages of a story are told apart only when their latest days are two days or more apart.
        var gap = a.Month * 31 + a.Day - (b.Month * 31 + b.Day);
        return Math.Abs(gap) < 2 ? 0 : Math.Sign(gap);
    }

    private static int? DayOfMonth(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length <= 2 && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;


    /// <summary>Persons a lone "one" counts: "one person was killed", "killed one man".</summary>
    private static readonly HashSet<string> OnePersonNouns = Set(
        "person", "man", "woman", "child", "boy", "girl", "soldier", "policeman", "officer", "civilian", "militant", "worker",
        "student", "guard", "resident", "journalist", "pilgrim", "miner", "firefighter");

    /// <summary>Words before "one" that make it something else than a count of one: "another one", "at least one", "the one".</summary>
    private static readonly HashSet<string> NotOne = Set("another", "least", "than", "over", "about", "nearly", "almost", "some", "the", "no", "any", "every", "each", "only", "which", "this", "that");

    /// <summary>The shared quantities plus the lone "one" the shared extractor leaves out (a bare "one" is rarely a figure):
    /// "The Olympic bombing killed one person", "One policeman was killed", "a blast that killed one and injured 100".
    /// Only a "one" that names a person with an event, or stands right after a verb of killing or wounding.</summary>
    internal static IReadOnlyList<Quantity> WithOnes(Article article, IReadOnlyList<Quantity> quantities)
    {
        List<Quantity>? all = null;
        var tokens = article.Tokens;
        var next = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            // Runs over every token of every article: the length rules out almost all of them first.
            if (token.Text.Length != 3 || !token.IsWord || token.InQuotation || !token.Text.Equals("one", StringComparison.OrdinalIgnoreCase)) continue;
            var sentence = article.Sentences[token.SentenceIndex];
            int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
            if (t > first && NotOne.Contains(tokens[t - 1].Text)) continue;
            var verb = t > first && Events.TryGetValue(tokens[t - 1].Text, out var ev) && ev is "killed" or "injured";
            var noun = t + 1 < end && tokens[t + 1].IsWord && OnePersonNouns.Contains(tokens[t + 1].Text) ? t + 1 : -1;
            // A bare "one" after the verb is a count only when the sentence goes on to another count of the incident
            // ("killed one and injured more than 100"); "Police shot and killed one." points back at one of the attackers.
            if (noun < 0 && !(verb && t + 2 < end && tokens[t + 1].Text is "and" or "," && (Events.ContainsKey(tokens[t + 2].Text) || t + 3 < end && Events.ContainsKey(tokens[t + 3].Text)))) continue;
            if (noun >= 0 && !verb && EventAfter(tokens, noun + 1, end) is null) continue;
            all ??= new List<Quantity>(quantities.Count + 4);
            while (next < quantities.Count && quantities[next].FirstToken < t) all.Add(quantities[next++]);
            all.Add(new Quantity(token.Span, token.Text, 1, 1, 1, QuantityQualifier.Exact, QuantityUnit.Count, null,
                noun < 0 ? null : tokens[noun].Text.ToLowerInvariant(), noun < 0 ? null : tokens[noun].Span, false, token.SentenceIndex, t, t, true, false));
        }

        if (all is null) return quantities;
        while (next < quantities.Count) all.Add(quantities[next++]);
        return all;
    }

    /// <summary>Words of an incident a name and a year can name ("the 1996 Olympic bombing"), not of the vehicles or the
    /// people in it.</summary>
    private static bool NamedIncident(string word) =>
        IncidentWords.ContainsKey(word) && !NotNamedIncidents.Contains(word);

    private static readonly HashSet<string> NotNamedIncidents = Set(
        "plane", "jet", "aircraft", "airliner", "flight", "helicopter", "bus", "train", "truck", "van", "car", "vehicle", "boat", "ferry",
        "militants", "terrorists", "terrorist", "insurgents", "drone", "drones", "missile", "missiles", "operation", "operations", "attacker",
        "attackers", "gunman", "gunmen", "bomber", "bombers", "suicide", "explosive", "explosives", "firing", "rain", "rains", "roof", "virus");

    /// <summary>Incidents the article names with a year, by the folded names of the incident: "1996 Olympics Bombing",
    /// "the Olympic park bombing of 1996", "the 1996 bombing at Centennial Olympic Park" all give olymp → 1996.</summary>
    private static Dictionary<string, string> IncidentYears(Article article)
    {
        var years = new Dictionary<string, string>(StringComparer.Ordinal);
        var tokens = article.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!tokens[t].IsWord || !NamedIncident(tokens[t].Text)) continue;
            var sentence = article.Sentences[tokens[t].SentenceIndex];
            int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
            string? year = null;
            // "<year> Olympics Bombing", "the 1996 Olympic park bombing": a year up to four words before.
            var from = t;
            for (var b = t - 1; b >= first && b >= t - 4; b--)
            {
                if (IsYear(tokens[b].Text)) { year = tokens[b].Text; from = b + 1; break; }
                if (!tokens[b].IsWord) break;
            }

            // "the Olympic park bombing of 1996".
            if (year is null && t + 2 < end && tokens[t + 1].Text is "of" or "in" && IsYear(tokens[t + 2].Text))
            {
                year = tokens[t + 2].Text;
                from = t;
                while (from - 1 >= first && from > t - 4 && tokens[from - 1].IsWord && !NotNames.Contains(tokens[from - 1].Text)) from--;
            }

            if (year is null) continue;
            var to = t;
            // "the 1996 bombing at Riverside Memorial Park": the names of the place after it.
            if (from == t && t + 1 < end && tokens[t + 1].Text is "at" or "in")
            {
                from = t + 2;
                to = from;
                while (to < end && to < from + 4 && tokens[to].IsWord && tokens[to].IsCapitalized) to++;
            }

            for (var n = from; n < to; n++)
            {
                if (!tokens[n].IsWord || !tokens[n].IsCapitalized || NotNames.Contains(tokens[n].Text) || IncidentWords.ContainsKey(tokens[n].Text)) continue;
                var name = Fold(tokens[n].Text.ToLowerInvariant());
                if (!IsCountryLike(name) && !years.ContainsKey(name)) years.Add(name, year);
            }
        }

        return years;
    }

    /// <summary>The year of an incident the article named with one, when tokens [from, end) name it again: a name of it
    /// right before an incident word ("The Olympic bombing", "the Olympics bombing").</summary>
    private static string? IncidentYear(IReadOnlyList<Token> tokens, int from, int end, Dictionary<string, string> years)
    {
        if (years.Count == 0) return null;
        for (var t = from + 1; t < end; t++)
        {
            if (!tokens[t].IsWord || !NamedIncident(tokens[t].Text)) continue;
            for (var n = t - 1; n >= from && n >= t - 3 && tokens[n].IsWord && tokens[n].IsCapitalized; n--)
            {
                if (years.TryGetValue(Fold(tokens[n].Text.ToLowerInvariant()), out var year)) return year;
            }
        }

        return null;
    }

    /// <summary>The names an article uses most, folded as in claims: what it is about, to tell one story from another.</summary>
    public static IReadOnlyCollection<string> TopNames(Article article, int count)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = article.Tokens;
        for (var si = 0; si < article.Sentences.Count; si++)
        {
            var sentence = article.Sentences[si];
            if (IsTeaser(article, si)) continue;
            for (var t = sentence.FirstToken + 1; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = tokens[t];
                if (!token.IsWord || !token.IsCapitalized || token.Text.Length < 3) continue;
                var lower = token.Text.ToLowerInvariant();
                if (NotNames.Contains(lower) || Wires.Contains(lower) || article.GetBlock(sentence).Kind == BlockKind.Heading && EnglishLexicon.IsEnglishWord(lower)) continue;
                var key = Fold(lower);
                counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
            }
        }

        var ordered = new List<KeyValuePair<string, int>>(counts);
        ordered.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var top = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count && i < count; i++) top.Add(ordered[i].Key);
        return top;
    }
}
