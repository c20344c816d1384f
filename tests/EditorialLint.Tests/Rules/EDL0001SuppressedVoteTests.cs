using System.Linq;
using EditorialLint.BuiltIn;
using EditorialLint.Testing;

namespace EditorialLint.Tests.Rules;

/// <summary>
/// EDL0001 and suppression comments: a use an editor silenced is a deliberate spelling, so it is neither reported
/// nor counted; the uses outside the comment's reach still vote.
/// </summary>
public class EDL0001SuppressedVoteTests
{
    private static RuleVerifier Verifier() => new(new SpellingVariantsRule());

    [Fact]
    public void suppressed_uses_do_not_make_the_other_spelling_the_minority() =>
        // Counted, the three silenced uses would outvote the one in a.txt and report it.
        Verifier().VerifyCorpus(
            ("a.txt", "A longstanding feud ended in the valley."),
            ("b.txt", "<!-- editorial-lint disable EDL0001 -->\nA long-standing row. A long-standing rift. A long-standing pact.\n<!-- editorial-lint enable EDL0001 -->\nThe talks went on."));

    [Fact]
    public void suppressed_uses_do_not_vote_within_their_own_article() =>
        Verifier().Verify(
            "<!-- editorial-lint disable-next-line EDL0001 -->\nA long-standing row and a long-standing rift.\n\nA longstanding feud ended.");

    [Fact]
    public void uses_outside_the_comment_still_vote_and_are_reported()
    {
        var verifier = Verifier();
        verifier.VerifyCorpus(
            ("a.txt", "A longstanding feud ended. A longstanding row went on."),
            ("b.txt", "<!-- editorial-lint disable-next-line EDL0001 -->\nA long-standing rift opened.\n\nA {|EDL0001:long-standing|} pact held."));
        var finding = verifier.Lint(
            ("a.txt", "A longstanding feud ended. A longstanding row went on."),
            ("b.txt", "<!-- editorial-lint disable-next-line EDL0001 -->\nA long-standing rift opened.\n\nA long-standing pact held.")).Single(f => f.RuleId == "EDL0001");
        Assert.Contains("'long-standing' ×1", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void a_comment_for_another_rule_does_not_take_the_vote_away() =>
        Verifier().VerifyCorpus(
            ("a.txt", "A {|EDL0001:longstanding|} feud ended in the valley."),
            ("b.txt", "<!-- editorial-lint disable EDL0002 -->\nA long-standing row. A long-standing rift. A long-standing pact."));
}

/// <summary>EDL0001's suggested form: no hyphen after an -ly adverb, whatever the counts.</summary>
public class EDL0001SuggestedFormTests
{
    private static RuleVerifier Verifier() => new(new SpellingVariantsRule());

    [Fact]
    public void a_compound_of_an_ly_adverb_is_told_open_though_mostly_hyphenated()
    {
        (string, string)[] corpus =
        {
            ("a.txt", "The {|EDL0001:newly-built|} bridge opened. A {|EDL0001:newly-built|} school filled. The {|EDL0001:newly-built|} road cracked."),
            ("b.txt", "The newly built clinic was empty."),
        };
        Verifier().VerifyCorpus(corpus);
        var finding = Verifier().Lint(corpus.Select(a => (a.Item1, Markup.Parse(a.Item2).Text)).ToArray()).First(f => f.RuleId == "EDL0001");
        Assert.Contains("no hyphen after an -ly adverb", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal("newly built", finding.Properties["replacement"]);
    }

    [Fact]
    public void an_ly_adjective_keeps_its_hyphenated_majority() =>
        // early is an adjective (no adverb of an adjective): early-stage keeps the desk's hyphen.
        Verifier().VerifyCorpus(
            ("a.txt", "The early-stage trial ended. An early-stage firm grew. The early-stage test failed."),
            ("b.txt", "The {|EDL0001:early stage|} trial began."));

    [Fact]
    public void a_dgment_word_follows_a_british_desks_own_majority() =>
        // The corpus is British (colour, centre, defence), but judgment is British too: its majority stands.
        Verifier().VerifyCorpus(
            ("a.txt", "The judgment was read. The judgment stood. The colour faded. The centre held."),
            ("b.txt", "The {|EDL0001:judgement|} was final. The defence rested."));

    [Fact]
    public void a_dgment_word_on_a_tie_keeps_the_desks_variety() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The {|EDL0001:judgment|} was read. The colour faded."),
            ("b.txt", "The judgement was final. The defence rested."));

    [Fact]
    public void a_dgment_word_keeps_the_variety_the_desk_sets() =>
        Verifier().WithOption("editorial_lint.EDL0001.spelling_variety", "british").VerifyCorpus(
            ("a.txt", "The {|EDL0001:judgment|} was read. The {|EDL0001:judgment|} stood."),
            ("b.txt", "The judgement was final."));
}

/// <summary>EDL0001 false merges of grammar and addresses: forms that are not the term in that place.</summary>
public class EDL0001RoleAndAddressTests
{
    private static RuleVerifier Verifier() => new(new SpellingVariantsRule());

    [Fact]
    public void a_verb_and_particle_hyphenated_before_a_noun_is_not_the_closed_noun() =>
        // the shut-down mill: a participle; the shutdown: its noun. Two words in two roles.
        Verifier().VerifyCorpus(
            ("a.txt", "The shut-down mill stood empty."),
            ("b.txt", "The shutdown of the mill lasted a week. After the shutdown, workers left."));

    [Fact]
    public void a_hyphenated_particle_compound_after_a_noun_is_the_noun_itself() =>
        // crew burn-out: the noun, though a word that could be a noun follows it.
        Verifier().VerifyCorpus(
            ("a.txt", "Crew {|EDL0001:burn-out|} worries the airline."),
            ("b.txt", "The burnout of the crew grew. After the burnout, they rested."));

    [Fact]
    public void a_hyphenated_particle_compound_stays_paired_with_a_closed_word_that_also_modifies() =>
        // runaway modifies nouns too (its runaway success), so the run-away favourite is its other spelling.
        Verifier().VerifyCorpus(
            ("a.txt", "The {|EDL0001:run-away|} favourite won."),
            ("b.txt", "Its runaway success grew. A runaway horse fled. The runaway was found."));

    [Fact]
    public void two_words_before_a_particle_they_make_a_word_with_are_a_phrasal_verb() =>
        Verifier().Verify("She saw the damage firsthand. He must first hand over the keys.");

    [Fact]
    public void two_words_before_a_particle_that_makes_no_word_with_them_are_still_the_compound() =>
        Verifier().Verify("She saw the damage firsthand. He saw it {|EDL0001:first hand|} in the valley.");

    [Fact]
    public void a_compound_inside_a_web_address_or_an_e_mail_address_is_not_a_spelling() =>
        Verifier().Verify("The healthcare plan grew. Read more at example.org/health-care/plans today. Write to health-care@example.org now.");

    [Fact]
    public void a_compound_beside_a_slash_outside_an_address_is_still_a_spelling() =>
        Verifier().Verify("The healthcare plan grew. The {|EDL0001:health-care|}/welfare bill passed.");
}

