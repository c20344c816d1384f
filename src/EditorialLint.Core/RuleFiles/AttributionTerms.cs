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
        FileLocation? origin = null,
        AttributionCues? cues = null)
    {
        ReportingVerbs = reportingVerbs ?? Array.Empty<string>();
        SourcePhrases = sourcePhrases ?? Array.Empty<string>();
        Sources = sources ?? Array.Empty<string>();
        Origin = origin;
        Cues = cues ?? AttributionCues.Empty;
    }

    /// <summary>The structured cue vocabulary (cue verbs by lemma, cue nouns, hedges, …) a file adds.</summary>
    public AttributionCues Cues { get; }

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
/// The parts of an attribution's vocabulary beyond plain verb forms: cue verbs given by lemma (with irregular forms),
/// cue nouns (documents and statements), forms that are as often nouns, verbs that are also actions, agentless
/// hedges and source nouns that stand without a determiner. Every list may be empty.
/// </summary>
public sealed class AttributionCues
{
    public static readonly AttributionCues Empty = new();

    public AttributionCues(
        IReadOnlyList<string>? cueVerbs = null,
        IReadOnlyList<string>? evidenceVerbs = null,
        IReadOnlyList<string>? documents = null,
        IReadOnlyList<string>? statements = null,
        IReadOnlyList<string>? nounForms = null,
        IReadOnlyList<string>? actionVerbs = null,
        IReadOnlyList<string>? hedges = null,
        IReadOnlyList<string>? sourceNouns = null,
        IReadOnlyList<string>? addresseeVerbs = null,
        IReadOnlyList<string>? clauseVerbs = null,
        IReadOnlyList<string>? tagVerbs = null,
        IReadOnlyList<string>? opinionVerbs = null,
        IReadOnlyList<string>? questionVerbs = null,
        IReadOnlyList<string>? claimNouns = null,
        IReadOnlyList<string>? thatVerbs = null,
        IReadOnlyList<string>? bodyNouns = null,
        IReadOnlyList<string>? accusationVerbs = null,
        IReadOnlyList<string>? placeDocuments = null)
    {
        PlaceDocuments = placeDocuments ?? Array.Empty<string>();
        AccusationVerbs = accusationVerbs ?? Array.Empty<string>();
        BodyNouns = bodyNouns ?? Array.Empty<string>();
        ThatVerbs = thatVerbs ?? Array.Empty<string>();
        QuestionVerbs = questionVerbs ?? Array.Empty<string>();
        ClaimNouns = claimNouns ?? Array.Empty<string>();
        OpinionVerbs = opinionVerbs ?? Array.Empty<string>();
        ClauseVerbs = clauseVerbs ?? Array.Empty<string>();
        TagVerbs = tagVerbs ?? Array.Empty<string>();
        AddresseeVerbs = addresseeVerbs ?? Array.Empty<string>();
        CueVerbs = cueVerbs ?? Array.Empty<string>();
        EvidenceVerbs = evidenceVerbs ?? Array.Empty<string>();
        Documents = documents ?? Array.Empty<string>();
        Statements = statements ?? Array.Empty<string>();
        NounForms = nounForms ?? Array.Empty<string>();
        ActionVerbs = actionVerbs ?? Array.Empty<string>();
        Hedges = hedges ?? Array.Empty<string>();
        SourceNouns = sourceNouns ?? Array.Empty<string>();
    }

    /// <summary>Communication and evidential verbs that cue an attribution with an agent, each "lemma irregular…"
    /// ("say said", "write wrote written"); the regular -s, -ed and -ing forms are derived.</summary>
    public IReadOnlyList<string> CueVerbs { get; }

    /// <summary>Verbs (same form as <see cref="CueVerbs"/>) whose subject may be a document ("the survey showed").</summary>
    public IReadOnlyList<string> EvidenceVerbs { get; }

    /// <summary>Cue nouns for documents and data ("survey", "figures"): their findings may carry across a paragraph.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>Cue nouns for statements ("statement", "notification"): they source their own sentence.</summary>
    public IReadOnlyList<string> Statements { get; }

    /// <summary>Verb forms that are as often plural nouns ("states", "reports"): cues only when what follows fits a verb.</summary>
    public IReadOnlyList<string> NounForms { get; }

    /// <summary>Cue lemmas that are actions on a number right after them ("added 200 jobs", "claimed 40 lives").</summary>
    public IReadOnlyList<string> ActionVerbs { get; }

    /// <summary>Participles that after "be" with no agent hedge a claim ("it has been learnt", "is estimated").</summary>
    public IReadOnlyList<string> Hedges { get; }

    /// <summary>Sources that stand as a subject without a determiner ("police said", "officials told", pronouns).</summary>
    public IReadOnlyList<string> SourceNouns { get; }

    /// <summary>Verbs of telling (lemma and irregular forms): their first object is the addressee ("told reporters that …").</summary>
    public IReadOnlyList<string> AddresseeVerbs { get; }

    /// <summary>Verbs of saying (lemma and irregular forms) whose bare complement is a reported clause ("said 40 were
    /// killed"): their frames report a proposition, so they may carry to the following sentence that continues it.</summary>
    public IReadOnlyList<string> ClauseVerbs { get; }

    /// <summary>Verbs (lemma and irregular forms) that attribute only as a tag set off by commas ("In April, the envoy
    /// continued, 54 …"; "…, he concluded."): elsewhere they are ordinary verbs ("the rain continued for 3 days").</summary>
    public IReadOnlyList<string> TagVerbs { get; }

    /// <summary>Cue verbs of belief, expectation and argument (lemma and irregular forms: "believe", "predict",
    /// "argue"): a frame of one of them gives one opinion, so it does not carry to the sentences after it.</summary>
    public IReadOnlyList<string> OpinionVerbs { get; }

    /// <summary>Verbs that report a question (lemma and irregular forms: "question", "ask"): a cue only before its
    /// indirect question ("questioned why …", "asked whether …"); "police questioned 40 suspects" is an act.</summary>
    public IReadOnlyList<string> QuestionVerbs { get; }

    /// <summary>Nouns of statement and forecast ("prediction", "claim", "warning") that report the clause after them
    /// when a verb with an agent makes or gives them ("made a prediction that 20 million …").</summary>
    public IReadOnlyList<string> ClaimNouns { get; }

    /// <summary>Verbs of saying, advising and judging (lemma and irregular forms: "confess", "advise", "conclude") that
    /// attribute only before the reported clause they govern ("conceded that …", "advised the board that …"): with a
    /// plain object they are acts or describe one ("confessed to three slayings", "reaffirmed its commitment").</summary>
    public IReadOnlyList<string> ThatVerbs { get; }

    /// <summary>Nouns of bodies and roles that speak ("group", "agency", "spokesman"): a relative "that" after one
    /// stands for it as the agent of a cue verb ("a relief group that says it has fed …").</summary>
    public IReadOnlyList<string> BodyNouns { get; }

    /// <summary>Verbs of accusing, each a lemma and its preposition ("accuse of", "charge with"): with an agent, what the accused is said to
    /// have done ("accused the army of killing 12", "charged the clerk with stealing $40,000") is the agent's claim, from the
    /// preposition after the object; without one ("was charged with …") no one is named.</summary>
    public IReadOnlyList<string> AccusationVerbs { get; }

    /// <summary>Nouns of texts that state figures without being data or statements ("budget", "bill", "accord"): a figure
    /// "mentioned in the budget" or "listed in the accord" is stated there (beside the documents and statements).</summary>
    public IReadOnlyList<string> PlaceDocuments { get; }

    public bool IsEmpty => PlaceDocuments.Count + AccusationVerbs.Count + BodyNouns.Count + ThatVerbs.Count + QuestionVerbs.Count + ClaimNouns.Count + OpinionVerbs.Count + TagVerbs.Count + ClauseVerbs.Count + AddresseeVerbs.Count + CueVerbs.Count + EvidenceVerbs.Count + Documents.Count + Statements.Count + NounForms.Count + ActionVerbs.Count + Hedges.Count + SourceNouns.Count == 0;
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
        IReadOnlyList<string>? eventWords = null,
        IReadOnlyList<string>? routineWords = null,
        IReadOnlyList<string>? claimWords = null,
        IReadOnlyList<string>? setNouns = null,
        IReadOnlyList<string>? personNouns = null,
        IReadOnlyList<string>? measureModifiers = null,
        IReadOnlyList<string>? countOnlyWords = null,
        IReadOnlyList<string>? profileWords = null,
        IReadOnlyList<string>? labelNouns = null,
        IReadOnlyList<string>? kindNouns = null,
        IReadOnlyList<string>? packageNouns = null,
        IReadOnlyList<string>? memberNouns = null,
        IReadOnlyList<string>? rankWords = null,
        IReadOnlyList<string>? recordWords = null,
        IReadOnlyList<string>? projectionWords = null,
        IReadOnlyList<string>? changeWords = null,
        IReadOnlyList<string>? multipleWords = null,
        IReadOnlyList<string>? playWords = null,
        IReadOnlyList<string>? matchRecordWords = null,
        IReadOnlyList<string>? matchReportWords = null,
        IReadOnlyList<string>? denominationNouns = null,
        IReadOnlyList<string>? namedCaseNouns = null,
        IReadOnlyList<string>? sameSetNouns = null,
        IReadOnlyList<string>? listOpeners = null,
        IReadOnlyList<string>? courtWords = null,
        IReadOnlyList<string>? narrativeNouns = null,
        IReadOnlyList<string>? imagineWords = null,
        IReadOnlyList<string>? collectiveNouns = null,
        IReadOnlyList<string>? generalPersonNouns = null,
        IReadOnlyList<string>? tollWords = null)
    {
        TollWords = tollWords ?? Array.Empty<string>();
        CollectiveNouns = collectiveNouns ?? Array.Empty<string>();
        GeneralPersonNouns = generalPersonNouns ?? Array.Empty<string>();
        CourtWords = courtWords ?? Array.Empty<string>();
        NarrativeNouns = narrativeNouns ?? Array.Empty<string>();
        ImagineWords = imagineWords ?? Array.Empty<string>();
        SameSetNouns = sameSetNouns ?? Array.Empty<string>();
        ListOpeners = listOpeners ?? Array.Empty<string>();
        NamedCaseNouns = namedCaseNouns ?? Array.Empty<string>();
        DenominationNouns = denominationNouns ?? Array.Empty<string>();
        MatchReportWords = matchReportWords ?? Array.Empty<string>();
        PlayWords = playWords ?? Array.Empty<string>();
        MatchRecordWords = matchRecordWords ?? Array.Empty<string>();
        ProjectionWords = projectionWords ?? Array.Empty<string>();
        ChangeWords = changeWords ?? Array.Empty<string>();
        MultipleWords = multipleWords ?? Array.Empty<string>();
        LabelNouns = labelNouns ?? Array.Empty<string>();
        KindNouns = kindNouns ?? Array.Empty<string>();
        PackageNouns = packageNouns ?? Array.Empty<string>();
        MemberNouns = memberNouns ?? Array.Empty<string>();
        RankWords = rankWords ?? Array.Empty<string>();
        RecordWords = recordWords ?? Array.Empty<string>();
        MeasureModifiers = measureModifiers ?? Array.Empty<string>();
        CountOnlyWords = countOnlyWords ?? Array.Empty<string>();
        ProfileWords = profileWords ?? Array.Empty<string>();
        SetNouns = setNouns ?? Array.Empty<string>();
        PersonNouns = personNouns ?? Array.Empty<string>();
        ExemptNouns = exemptNouns ?? Array.Empty<string>();
        NameWords = nameWords ?? Array.Empty<string>();
        Origin = origin;
        EventWords = eventWords ?? Array.Empty<string>();
        RoutineWords = routineWords ?? Array.Empty<string>();
        ClaimWords = claimWords ?? Array.Empty<string>();
    }

    /// <summary>Words of events ("killed", "arrested", "destroyed"): a count of what they affect is a figure at any size.</summary>
    public IReadOnlyList<string> EventWords { get; }

    /// <summary>Evidence that a figure is routine (market prices, index points, budget heads, weather readings).</summary>
    public IReadOnlyList<string> RoutineWords { get; }

    /// <summary>Evidence that a figure is a contested claim (losses, tolls, estimates, polls), which outweighs routine evidence.</summary>
    public IReadOnlyList<string> ClaimWords { get; }

    /// <summary>Counted nouns (singular, e.g. "daughter", "side") whose small counts describe a known set ("his two
    /// daughters", "both sides") rather than state news: below <c>min_value</c> they are not figures.</summary>
    public IReadOnlyList<string> SetNouns { get; }

    /// <summary>Counted nouns (singular) for people ("man", "officer", "resident"): a small count of people is news,
    /// never a background figure.</summary>
    public IReadOnlyList<string> PersonNouns { get; }

    /// <summary>Event and claim words with an everyday sense beside an amount ("a meeting held", "registered a gain",
    /// "in both cases"): evidence of an event or a claim for a count only.</summary>
    public IReadOnlyList<string> CountOnlyWords { get; }

    /// <summary>Words of an organisation's standing record and ordinary business ("employs", "branches", "hired",
    /// "members"): evidence that a figure is background, as long as no event or claim word is beside it.</summary>
    public IReadOnlyList<string> ProfileWords { get; }

    /// <summary>Nouns after a number glued to its unit that make the number the label of a kind: a race as an event
    /// ("60m hurdles champion", "the 10K category"), a video format ("4K video") or an engine class ("850cc vehicles").</summary>
    public IReadOnlyList<string> LabelNouns { get; }

    /// <summary>Singular nouns that make a count written before them, with no hyphen, a compound modifier naming a kind
    /// ("a five member bench", "a 10 point charter"), as "a five-member bench" is.</summary>
    public IReadOnlyList<string> KindNouns { get; }

    /// <summary>Nouns of a package whose size names the product sold ("a pack of 20 tablets").</summary>
    public IReadOnlyList<string> PackageNouns { get; }

    /// <summary>Counted nouns (singular) of the members of a known body or union: a definite count of them names the
    /// set ("the 17 eurozone finance ministers", "the EU's 27 member states").</summary>
    public IReadOnlyList<string> MemberNouns { get; }

    /// <summary>Words that make a bare number beside them a rank or position ("ranked 542", "the 570 position").</summary>
    public IReadOnlyList<string> RankWords { get; }

    /// <summary>Event words that in a match report name the play, not harm ("an angled shot from 20 yards", "the shot
    /// put"): there they make no count an event count.</summary>
    public IReadOnlyList<string> PlayWords { get; }

    /// <summary>Words that make the number right after them a competition record in a match report ("a career-best
    /// 187", "unbeaten on 65", "a personal best of 10.2").</summary>
    public IReadOnlyList<string> MatchRecordWords { get; }

    /// <summary>Words of match reports: an article with at least four different ones is sports copy.</summary>
    public IReadOnlyList<string> MatchReportWords { get; }

    /// <summary>Nouns that a sum before them names a kind of ("the 20m note", "a Rs1,000 note", "Rs500 stamps"): not a figure.</summary>
    public IReadOnlyList<string> DenominationNouns { get; }

    /// <summary>Nouns that a definite sum before them names a known item by ("in the £190 million case"): not a figure.</summary>
    public IReadOnlyList<string> NamedCaseNouns { get; }

    /// <summary>Groups of counted nouns (one entry, its nouns separated by spaces: "suspect accomplice gunman") that name the
    /// same set: a definite count of one refers back to an earlier count of another of the same value ("three of his
    /// accomplices fled … the remaining three suspects").</summary>
    public IReadOnlyList<string> SameSetNouns { get; }

    /// <summary>Words or phrases after a counted noun that open a list of its members ("four sites located at A, B, C and
    /// D", "two firms, namely A and B"): a list of as many names as the count picks out a named set.</summary>
    public IReadOnlyList<string> ListOpeners { get; }

    /// <summary>Nouns of a told story ("story", "parable", "novel", "film"): people counted in what one tells ("the story of
    /// two men who …") are its characters, not a figure.</summary>
    public IReadOnlyList<string> NarrativeNouns { get; }

    /// <summary>Imperatives that open an imagined scene ("Imagine …", "Picture it."): what the scene counts is not asserted.</summary>
    public IReadOnlyList<string> ImagineWords { get; }

    /// <summary>Person nouns that name a group in the singular ("crew", "staff", "family"): a number said of one may count
    /// its members, so it is not read as one person's age.</summary>
    public IReadOnlyList<string> CollectiveNouns { get; }

    /// <summary>Person nouns that name any person ("people", "men", "individuals"): a definite count of them may refer
    /// back to an earlier count of the same value of any person noun ("eight suspects" … "the eight men").</summary>
    public IReadOnlyList<string> GeneralPersonNouns { get; }
    /// <summary>Words of a casualty toll ("killed", "dead", "injured", "death toll"): a toll the story's headline and lede
    /// do not speak of, stated below them, is background to the story (the warning tier).</summary>
    public IReadOnlyList<string> TollWords { get; }

    /// <summary>Evidence that a figure is a public record (a vote tally, an election result, a court outcome, an
    /// attendance): record evidence in the claim model's score.</summary>
    public IReadOnlyList<string> RecordWords { get; }

    /// <summary>Words of a court's proceedings ("court", "judge", "indicted", "remanded"): a figure beside them is the
    /// court's record, evidence against a warning in the claim model's score that outweighs an event word.</summary>
    public IReadOnlyList<string> CourtWords { get; }

    /// <summary>Words of a projection, target or pledge ("will", "expected", "aims"): weak claim evidence in the claim
    /// model's score.</summary>
    public IReadOnlyList<string> ProjectionWords { get; }

    /// <summary>Verbs of a change in a quantity right before the figure ("rose to", "tripled to", "increasing from"): a
    /// statistic measured over time, claim evidence in the claim model's score.</summary>
    public IReadOnlyList<string> ChangeWords { get; }

    /// <summary>Words of a multiple after the figure ("twice the number", "more than double", "2.5 times more likely"):
    /// a statistic compared with another, claim evidence in the claim model's score.</summary>
    public IReadOnlyList<string> MultipleWords { get; }

    /// <summary>Units of measure that make a hyphenated modifier a measure ("a 200-mph wind", "a 100-page script").</summary>
    public IReadOnlyList<string> MeasureModifiers { get; }

    /// <summary>Counted nouns (singular, e.g. "wicket", "seat") whose figures never need a source.</summary>
    public IReadOnlyList<string> ExemptNouns { get; }

    /// <summary>Words that make the number after them part of a name, like "Section 144": e.g. "Sector", "Block".</summary>
    public IReadOnlyList<string> NameWords { get; }

    public FileLocation? Origin { get; }
}
