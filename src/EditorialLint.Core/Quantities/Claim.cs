using System.Collections.Generic;

namespace EditorialLint.Quantities;

/// <summary>
/// A quantity with what it measures: "23 Pakistani soldiers were martyred in Kurram" is the count of soldiers
/// (<see cref="Noun"/>) killed (<see cref="Event"/>) in Kurram (<see cref="Places"/>).
/// Two claims with the same <see cref="Key"/> are statements of the same quantity. Produced by
/// <see cref="ClaimExtractor.Extract(Text.Article)"/>; immutable.
/// </summary>
public sealed class Claim
{
    public Claim(Quantity quantity, string noun, string nounText, string @event, IReadOnlyList<string> scope, bool update, double low, double high, bool inLead = false, bool inHeading = false, IReadOnlyList<double>? sentenceValues = null, IReadOnlyList<string>? places = null, IReadOnlyList<string>? incidents = null, IReadOnlyList<string>? countries = null, IReadOnlyList<string>? days = null, int sites = 0, bool daily = false, bool settled = false)
    {
        IsSettled = settled;
        Quantity = quantity;
        Noun = noun;
        NounText = nounText;
        Event = @event;
        Scope = scope;
        IsUpdate = update;
        Low = low;
        High = high;
        InLead = inLead || inHeading;
        InHeading = inHeading;
        SentenceValues = sentenceValues ?? System.Array.Empty<double>();
        Places = places ?? System.Array.Empty<string>();
        Incidents = incidents ?? System.Array.Empty<string>();
        Countries = countries ?? System.Array.Empty<string>();
        Days = days ?? System.Array.Empty<string>();
        Sites = sites;
        Daily = daily;
        Key = @event + "|" + (noun.Length == 0 ? "people" : noun) + "|" + string.Join(",", scope);
    }

    public Quantity Quantity { get; }

    /// <summary>What is counted, folded: "soldier" for "troops", "people" for "persons" or "others".</summary>
    public string Noun { get; }

    /// <summary>The counted noun as written, with the event unless the noun says it: "soldiers killed", "dead".</summary>
    public string NounText { get; }

    /// <summary>What happened to them, folded: "killed" for "martyred", "died", "dead"; "injured"; "arrested"; "aboard"; …</summary>
    public string Event { get; }

    /// <summary>Where the figure happened, below country level, folded and sorted: names after a locative ("in Quetta",
    /// "at the Bataclan") or before an incident word ("Kyiv strike"); the dateline's place when the clause names none.
    /// Empty for national figures and for figures with no place.</summary>
    public IReadOnlyList<string> Places { get; }

    /// <summary>Countries (and demonyms) the claim's clause names as places, folded: "in neighbouring Tanzania".</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Days the sentence puts the figure on ("on Saturday", "in the last 24 hours"), as dates when the article
    /// is dated, else as weekday names; sorted.</summary>
    public IReadOnlyList<string> Days { get; }

    /// <summary>How many sites the clause puts the figure at ("in two Atlanta offices": 2; "at several checkposts":
    /// <see cref="int.MaxValue"/>), or 0. A smaller such figure may be a part of a total stated without sites.</summary>
    public int Sites { get; }

    /// <summary>True for a count that is a part of a total by its own sentence: "55 others infected" beside "seven died"
    /// (those infected besides the dead), "six in Leeds and one in Bradford" (one place's share). Compared only
    /// with counts that are parts too, never with the total.</summary>
    public bool IsPart { get; internal set; }

    /// <summary>The site a body count tells of when its article splits the event's toll by site: "Three died there" after a
    /// sentence that takes the gunman into one firm, "Two people were found dead" after one that takes him into
    /// the other. Empty for every other count. A site's count is a part of the event's, compared only with counts of the
    /// same site, never with the whole toll nor with another site's.</summary>
    public string Site { get; internal set; } = string.Empty;

    /// <summary>How many incidents or sites the claim's clause counts over: 1 for one site ("an explosion", "the concert
    /// hall"), 2 for several ("five blasts", "a series of attacks"), 0 when it does not say. A count of one site is not
    /// the count of several.</summary>
    public int Reach { get; internal set; }

    /// <summary>The <see cref="Reach"/> of a round-up of separate incidents ("six killed in road crashes on Saturday"): one
    /// desk's gathering of a day's crashes, not one event's count, so two desks' round-ups are not compared.</summary>
    public const int RoundUp = 3;

    /// <summary>True for a figure of a rolling day ("in the last 24 hours"): without the article's date it cannot be
    /// matched with another article's.</summary>
    public bool Daily { get; }

    /// <summary>True for a running tally (killed, injured, arrested, missing, displaced, …): a count that moves while a
    /// story unfolds, so a later higher figure is an update. Everything else (people on board, crew, passengers,
    /// attackers, ages, pledges) is a fixed fact of the event and conflicts at any distance in time.</summary>
    public bool IsTally => Tallies.Contains(Event) && !IsSettled;

    /// <summary>True for a figure anchored in a year before its article's ("in 1999", "last year"): settled history, which
    /// no longer moves, so it conflicts at any distance in time like a fixed fact.</summary>
    public bool IsSettled { get; }

    /// <summary>True for the age of a named person: fixed as of a date (a birthday may fall between two articles).</summary>
    public bool IsAge => Event == "age";

    private static readonly HashSet<string> Tallies = new(System.StringComparer.Ordinal)
    {
        "killed", "injured", "arrested", "missing", "displaced", "evacuated", "rescued", "infected", "abducted", "destroyed", "damaged", "homeless",
    };

    /// <summary>True when the claim has a place below country level to be compared by.</summary>
    public bool IsScoped => Places.Count > 0;

    /// <summary>Kinds of incident the claim's sentence names ("violence", "crash", "quake", "weather", …), sorted.</summary>
    public IReadOnlyList<string> Incidents { get; }

    /// <summary>Narrowing words: in-text time anchors ("since 2021", "last october"), "including gunman", "on the ground", "total".</summary>
    public IReadOnlyList<string> Scope { get; }

    /// <summary>True when the sentence reports a change ("rose to", "revised", "now stands at"): a new value, not a rival one.</summary>
    public bool IsUpdate { get; }

    /// <summary>What the text allows: the quantity's interval, with round exact figures read as rounded ("17,000" ≈ 16,500–17,500).</summary>
    public double Low { get; }
    public double High { get; }

    /// <summary>True for a claim of the headline or the lede (the first sentences): the story's main figure.</summary>
    public bool InLead { get; }

    /// <summary>True for a claim of a headline.</summary>
    public bool InHeading { get; }

    /// <summary>Event, noun (a bare count such as "killing 23" is of people) and scope words: claims that may state the
    /// same quantity share a key; <see cref="ClaimMatch.SameQuantity"/> then checks their places, days and incidents.</summary>
    public string Key { get; }

    /// <summary>The short figure text for messages: "25 soldiers killed".</summary>
    public string Figure => (Event == "age" ? Quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : Quantity.Text) + " " + NounText;

    /// <summary>Every figure of the claim's sentence, the claim's own included.</summary>
    public IReadOnlyList<double> SentenceValues { get; }

    /// <summary>True when the two intervals share no value, neither sentence gives the other's figure as well
    /// ("12 people dead: nine in the offices" gives nine as a part of twelve, not as a rival count), and the smaller one
    /// is not counted at a set of sites the larger one is not ("nine in two offices" vs "12 killed").</summary>
    public bool Contradicts(Claim other) =>
        (High < other.Low || other.High < Low) && !Mentions(other.Quantity.Value) && !other.Mentions(Quantity.Value) &&
        !PartAtSites(this, other) && !PartAtSites(other, this);

    /// <summary>"killed nine people in two Atlanta offices" below "Atlanta gunman kills 12": the smaller figure counts
    /// only some sites, so it may be a part of the total.</summary>
    private static bool PartAtSites(Claim part, Claim total) => part.Sites > 0 && total.Sites == 0 && part.High < total.Low;

    private bool Mentions(double value)
    {
        foreach (var v in SentenceValues)
        {
            if (v == value && v != Quantity.Value) return true;
        }

        return false;
    }

    public override string ToString() => Figure + " [" + Low + ", " + High + "] " + Key + (IsUpdate ? " (update)" : string.Empty);
}
