using System;
using System.Collections.Generic;
using System.IO;
using EditorialLint.RuleFiles;

namespace EditorialLint.BuiltIn;

/// <summary>
/// EDL0002's built-in data: <c>BuiltIn/Data/attribution.yml</c> and <c>figures.yml</c>, embedded in Core and read by
/// the same rule-file kinds (<c>kind: attribution</c>, <c>kind: figures</c>) that read a desk's files, so the built-in
/// vocabulary and a desk's additions are one model.
/// </summary>
internal static class BuiltInTerms
{
    private static readonly Lazy<RuleFileSet> Files = new(Load);

    public static AttributionTerms Attribution => Single<AttributionTerms>();

    public static FigureTerms Figures => Single<FigureTerms>();

    /// <summary>Load errors of the embedded files (none in a good build; a test checks).</summary>
    public static IReadOnlyList<Rules.Finding> Errors => Files.Value.Errors;

    private static T Single<T>()
        where T : class
    {
        foreach (var item in Files.Value.Data.GetAll<T>()) return item;
        throw new InvalidOperationException($"EDL0002's built-in {typeof(T).Name} did not load: {string.Join("; ", Files.Value.Errors)}");
    }

    private static RuleFileSet Load()
    {
        var files = new List<RuleFileText>();
        foreach (var name in new[] { "attribution", "figures" })
        {
            var resource = "EditorialLint.BuiltIn." + name + ".yml";
            using var stream = typeof(BuiltInTerms).Assembly.GetManifestResourceStream(resource)
                               ?? throw new InvalidOperationException("Missing embedded resource " + resource);
            using var reader = new StreamReader(stream);
            files.Add(new RuleFileText("builtin/EDL0002/" + name + ".yml", reader.ReadToEnd()));
        }

        return RuleFileSet.Load(files);
    }
}

/// <summary>
/// The words that attribute a claim: the built-in attribution data plus what options and rule files add. Cue verbs
/// given by lemma are expanded to their forms here, once per run.
/// </summary>
internal sealed class AttributionVocabulary
{
    internal static readonly char[] Space = { ' ' };

    public AttributionVocabulary(IEnumerable<string> extraVerbs, IEnumerable<string> extraPhrases, IEnumerable<string> sources, IEnumerable<AttributionCues>? extraCues = null)
    {
        var all = new List<AttributionCues> { BuiltInTerms.Attribution.Cues };
        if (extraCues is not null) all.AddRange(extraCues);
        var builtIn = BuiltInTerms.Attribution;

        Verbs = Set();
        EvidenceVerbs = Set();
        Documents = Set();
        DataDocuments = Set();
        NounForms = Set();
        ActionLemmas = Set();
        Hedges = Set();
        SourceNouns = Set();
        AddresseeVerbs = Set();
        ClauseVerbs = Set();
        TagVerbs = Set();
        OpinionVerbs = Set();
        QuestionVerbs = Set();
        ThatVerbs = Set();
        BodyNouns = Set();
        AccusationVerbs = Set();
        AccusationPrepositions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        PlaceDocuments = Set();
        ClaimNouns = Set();
        Lemmas = Set();
        foreach (var cues in all)
        {
            foreach (var entry in cues.CueVerbs) AddLemma(Verbs, entry);
            foreach (var entry in cues.EvidenceVerbs) AddLemma(EvidenceVerbs, entry);
            foreach (var entry in cues.ClauseVerbs) AddForms(ClauseVerbs, entry);
            foreach (var entry in cues.TagVerbs) AddForms(TagVerbs, entry);
            foreach (var entry in cues.OpinionVerbs) AddForms(OpinionVerbs, entry);
            foreach (var entry in cues.QuestionVerbs) AddForms(QuestionVerbs, entry);
            foreach (var entry in cues.ThatVerbs) AddForms(ThatVerbs, entry);
            foreach (var entry in cues.AccusationVerbs)
            {
                // "accuse of": the lemma, then the preposition that opens what the accused is said to have done.
                var parts = entry.Trim().Split(Space, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0) continue;
                var forms = Set();
                AddForms(forms, parts[0]);
                foreach (var form in forms)
                {
                    AccusationVerbs.Add(form);
                    if (parts.Length > 1) AccusationPrepositions[form] = parts[1];
                }
            }
            foreach (var word in cues.PlaceDocuments) PlaceDocuments.Add(word);
            foreach (var word in cues.BodyNouns) BodyNouns.Add(word);
            foreach (var word in cues.ClaimNouns) ClaimNouns.Add(word);
            foreach (var word in cues.Documents)
            {
                Documents.Add(word);
                DataDocuments.Add(word);
            }

            foreach (var word in cues.Statements) Documents.Add(word);
            foreach (var word in cues.NounForms) NounForms.Add(word);
            foreach (var word in cues.ActionVerbs) ActionLemmas.Add(word);
            foreach (var word in cues.Hedges) Hedges.Add(word);
            foreach (var word in cues.SourceNouns) SourceNouns.Add(word);
            foreach (var entry in cues.AddresseeVerbs) AddForms(AddresseeVerbs, entry);
        }

        // Every form of an action-like cue verb, irregular ones from its cue-verb entry ("seek sought").
        ActionForms = Set();
        foreach (var lemma in ActionLemmas) AddForms(ActionForms, lemma);
        foreach (var cues in all)
        {
            foreach (var entry in cues.CueVerbs)
            {
                var parts = entry.Trim().Split(Space, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > 1 && ActionLemmas.Contains(parts[0])) AddForms(ActionForms, entry);
            }
        }

        foreach (var v in builtIn.ReportingVerbs) Verbs.Add(v.Trim());
        foreach (var v in extraVerbs) Verbs.Add(v.Trim());

        // Listed phrases and sources are terms of the one matcher every rule file's term list uses (whole tokens, a
        // hyphenated name as written, ' = ’, a possessive allowed after the last word); they ignore case, as
        // they always have here.
        var phrases = new List<Term>();
        foreach (var p in builtIn.SourcePhrases) AddTerm(phrases, p);
        foreach (var p in extraPhrases) AddTerm(phrases, p);
        Phrases = new TermMatcher(phrases);
        var names = new List<Term>();
        foreach (var s in sources) AddTerm(names, s);
        Sources = new TermMatcher(names);
    }

    private static void AddTerm(List<Term> terms, string text)
    {
        if (Term.Create(text, TermCase.Ignore) is { } term) terms.Add(term);
    }

    /// <summary>The bare forms of cue verbs ("say", "state", "estimate"): as often nouns or infinitives, so a verb only
    /// after a subject that agrees with them (a pronoun, a plural, a modal).</summary>
    public HashSet<string> Lemmas { get; }

    /// <summary>Every form of the verbs that attribute only as a tag set off by commas ("the envoy continued,").</summary>
    public HashSet<string> TagVerbs { get; }

    /// <summary>Every form of the cue verbs of belief, expectation and argument, whose frames do not run on.</summary>
    public HashSet<string> OpinionVerbs { get; }

    /// <summary>Every form of the verbs that report a question ("questioned why …").</summary>
    public HashSet<string> QuestionVerbs { get; }

    /// <summary>Verbs that attribute only before the clause they govern ("conceded that …"); see <see cref="AttributionCues.ThatVerbs"/>.</summary>
    public HashSet<string> ThatVerbs { get; }

    /// <summary>Verbs of accusing, every form ("accused", "charges"); see <see cref="AttributionCues.AccusationVerbs"/>.</summary>
    public HashSet<string> AccusationVerbs { get; }

    /// <summary>The preposition of each accusation verb form ("accused" → "of", "charges" → "with").</summary>
    public Dictionary<string, string> AccusationPrepositions { get; }

    /// <summary>Texts a figure can be stated in ("budget", "accord"); see <see cref="AttributionCues.PlaceDocuments"/>.</summary>
    public HashSet<string> PlaceDocuments { get; }

    /// <summary>Nouns of bodies and roles that speak; see <see cref="AttributionCues.BodyNouns"/>.</summary>
    public HashSet<string> BodyNouns { get; }

    /// <summary>Nouns of statement and forecast that report the "that" clause after them ("made a prediction that …").</summary>
    public HashSet<string> ClaimNouns { get; }

    /// <summary>Every form of the verbs of saying whose bare complement is a reported clause ("said 40 were killed").</summary>
    public HashSet<string> ClauseVerbs { get; }

    private void AddLemma(HashSet<string> set, string entry)
    {
        AddForms(set, entry);
        var parts = entry.Trim().Split(Space, StringSplitOptions.RemoveEmptyEntries);
        // A lemma whose past is the same form ("put", "forecast") is as often a past tense: not a bare form.
        if (parts.Length > 0 && Array.IndexOf(parts, parts[0], 1) < 0) Lemmas.Add(parts[0]);
    }

    /// <summary>Every form of every cue verb ("say", "says", "said", "saying").</summary>
    public HashSet<string> Verbs { get; }

    /// <summary>Every form of the verbs whose subject may be a document ("shows", "found").</summary>
    public HashSet<string> EvidenceVerbs { get; }

    /// <summary>Cue nouns: documents, data and statements.</summary>
    public HashSet<string> Documents { get; }

    /// <summary>Cue nouns for data (not statements): a named one's findings may carry across its paragraph.</summary>
    public HashSet<string> DataDocuments { get; }

    public HashSet<string> NounForms { get; }

    /// <summary>Lemmas of cue verbs that are also actions on a number ("added 200 jobs").</summary>
    public HashSet<string> ActionLemmas { get; }

    /// <summary>Every form of those lemmas ("seek", "seeks", "seeking", "sought").</summary>
    public HashSet<string> ActionForms { get; }

    public HashSet<string> Hedges { get; }

    public HashSet<string> SourceNouns { get; }

    /// <summary>Forms of verbs of telling, whose first object is the addressee, not the content.</summary>
    public HashSet<string> AddresseeVerbs { get; }

    /// <summary>Phrases that introduce a source ("according to").</summary>
    public TermMatcher Phrases { get; }

    /// <summary>Names that are a source wherever they stand in a sentence.</summary>
    public TermMatcher Sources { get; }

    public bool IsDocumentVerb(string word) => EvidenceVerbs.Contains(word);

    public bool IsDocumentNoun(string word) => Documents.Contains(word);

    /// <summary>
    /// Every word a cue of <see cref="AttributionMap"/>'s scan can start at after its phrase matchers (cue, evidence,
    /// tag and question verbs, documents and statements, claim nouns, plus the map's own words): built once per
    /// vocabulary, so the scan rules out an ordinary word with one lookup instead of ten.
    /// </summary>
    internal HashSet<string>? CueStartWords;

    /// <summary>Every word other than a sentence's first that <see cref="AttributionMap"/>'s per-word sentence checks
    /// (hedges, times, data nouns, respondents) start at: built once per vocabulary, one lookup per word.</summary>
    internal HashSet<string>? SentenceCheckWords;

    /// <summary>True when <paramref name="form"/> is a form of an action-like cue lemma ("added" of "add").</summary>
    public bool IsActionForm(string form)
    {
        foreach (var lemma in ActionLemmas)
        {
            if (form.StartsWith(lemma, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>"say said" → say, says, saying, said; "note" → note, notes, noted, noting; "testify testified" → …, testifies.</summary>
    internal static void AddForms(HashSet<string> set, string entry)
    {
        var parts = entry.Trim().Split(Space, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return;
        var lemma = parts[0];
        set.Add(lemma);
        set.Add(ThirdPerson(lemma));
        set.Add(Gerund(lemma));
        if (parts.Length > 1)
        {
            for (var i = 1; i < parts.Length; i++) set.Add(parts[i]);
        }
        else
        {
            set.Add(Past(lemma));
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    internal static string ThirdPerson(string lemma)
    {
        if (lemma.EndsWith("y", StringComparison.Ordinal) && lemma.Length > 1 && !IsVowel(lemma[lemma.Length - 2])) return lemma.Substring(0, lemma.Length - 1) + "ies";
        if (lemma.EndsWith("s", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal)
            || lemma.EndsWith("x", StringComparison.Ordinal) || lemma.EndsWith("z", StringComparison.Ordinal) || lemma.EndsWith("o", StringComparison.Ordinal))
            return lemma + "es";
        return lemma + "s";
    }

    private static string Past(string lemma)
    {
        if (lemma.EndsWith("e", StringComparison.Ordinal)) return lemma + "d";
        if (lemma.EndsWith("y", StringComparison.Ordinal) && lemma.Length > 1 && !IsVowel(lemma[lemma.Length - 2])) return lemma.Substring(0, lemma.Length - 1) + "ied";
        return lemma + "ed";
    }

    private static string Gerund(string lemma)
    {
        if (lemma.EndsWith("ee", StringComparison.Ordinal)) return lemma + "ing";
        if (lemma.EndsWith("e", StringComparison.Ordinal) && lemma.Length > 2) return lemma.Substring(0, lemma.Length - 1) + "ing";
        return lemma + "ing";
    }

    internal static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
