using EditorialLint.BuiltIn;
using EditorialLint.Testing;

namespace EditorialLint.Tests.Rules;

/// <summary>
/// EDL0001 candidates that need the corpus or the article around a word: open forms of compounds the corpus
/// hyphenates, titles inside capitalised runs, accented loanwords, sentence-initial British/American capitals.
/// </summary>
public class EDL0001CorpusEvidenceTests
{
    private static RuleVerifier Verifier() => new(new SpellingVariantsRule());

    [Fact]
    public void the_inflections_of_one_compound_are_told_one_style_pooled_over_their_counts() =>
        // Singular: hyphenated 3 to closed 1; plural: closed 3 to hyphenated 2. Voted apart, the corpus would be told
        // teen-ager in one article and teenagers in another; pooled, hyphenated leads 5 to 4 for both.
        Verifier().VerifyCorpus(
            ("a.txt", "The teen-ager left. A teen-ager came. Each teen-ager sang."),
            ("b.txt", "The {|EDL0001:teenager|} ran."),
            ("c.txt", "The {|EDL0001:teenagers|} left. Many {|EDL0001:teenagers|} came. Two {|EDL0001:teenagers|} sang."),
            ("d.txt", "The teen-agers ran. Some teen-agers won."));

    [Fact]
    public void an_open_compound_the_corpus_also_hyphenates_when_both_stand_before_a_noun() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Public-sector pay rose. The public-sector unions agreed. Public-sector jobs grew."),
            ("b.txt", "The {|EDL0001:public sector|} jobs were cut. The public sector is large."));

    [Fact]
    public void an_open_form_only_in_another_role_is_not_the_hyphenated_modifier() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The poor-quality roads broke. Poor-quality seeds failed."),
            ("b.txt", "Poor quality was blamed. They blamed poor quality."));

    [Fact]
    public void an_open_pair_before_a_verb_is_a_noun_phrase_not_the_hyphenated_modifier() =>
        Verifier().VerifyCorpus(
            ("a.txt", "First-time buyers queued. The first-time voters came."),
            ("b.txt", "It was the first time moved by the court. They moved on."));

    [Fact]
    public void an_open_form_that_is_mostly_a_noun_phrase_is_not_paired_on_a_few_uses_before_a_word() =>
        Verifier().VerifyCorpus(
            ("a.txt", "First-time buyers queued. The first-time voters came."),
            ("b.txt", "For the first time in years. The first time since May. The first time that it rained. The first time, " +
                "we won. It was the first time. The first time in weeks. The first time for us. The first time ever. " +
                "The first time and the last. The first time of many. At the first time tanks rolled."));

    [Fact]
    public void hyphenated_uses_in_another_role_are_neither_counted_nor_reported() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Long term goals matter. Long term plans help. Long term deals last."),
            ("b.txt", "The {|EDL0001:long-term|} plan failed. Think of the long-term."));

    [Fact]
    public void a_modifier_compound_written_hyphenated_as_a_noun_is_paired_with_its_open_noun() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Long-term plans help. The long-term deals last. Long-term goals matter."),
            ("b.txt", "In the long term, prices fall. Over the long term it pays."),
            ("c.txt", "It pays over the {|EDL0001:long-term|}."));

    [Fact]
    public void a_hyphenated_predicate_or_listed_modifier_is_not_a_noun_phrase() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Long-term plans help. The long-term deals last. Long-term goals matter. Long-term loans grew. Long-term rates rose."),
            ("b.txt", "In the long term, prices fall. Over the long term it pays."),
            ("c.txt", "The loan is long-term. It is a long-term, cheap loan. The long-term and short-term plans. They bet on it. " +
                "It was a long-term bet on gold."));

    [Fact]
    public void an_open_form_before_a_noun_the_hyphenated_form_modifies_is_paired_though_mostly_a_noun_phrase() =>
        Verifier().VerifyCorpus(
            ("a.txt", "A second-round loss came. The second-round exit was bad."),
            ("b.txt", string.Concat(System.Linq.Enumerable.Repeat("The second round of talks. The second round, they said. ", 12)) +
                "The second round tie was tense. A {|EDL0001:second round|} loss hurt."));

    [Fact]
    public void a_word_before_a_term_the_corpus_writes_often_on_its_own_is_not_the_hyphenated_modifier() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Even small-fee schools struggle. Many small-fee schools closed."),
            ("b.txt", string.Concat(System.Linq.Enumerable.Repeat("The fee income fell. Officials said fee income was short. ", 5)) +
                "Such small fee income hurt them."));

    [Fact]
    public void a_word_before_a_pair_the_corpus_writes_only_a_few_times_on_its_own_is_still_the_open_modifier() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Even small-fee schools struggle. Many small-fee schools closed."),
            ("b.txt", "The fee income fell. Officials said fee income was short. Such {|EDL0001:small fee|} income hurt them."));

    [Fact]
    public void a_noun_before_a_pair_the_corpus_writes_often_on_its_own_is_still_the_open_modifier() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Many state-school teachers struck. Every state-school teacher agreed."),
            ("b.txt", string.Concat(System.Linq.Enumerable.Repeat("The school pupils sat. Officials said school pupils were late. ", 5)) +
                "Some {|EDL0001:state school|} pupils passed."));

    [Fact]
    public void a_pair_after_a_hyphen_belongs_to_that_compound_and_makes_no_term_of_its_own() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Even small-fee schools struggle. Many small-fee schools closed."),
            ("b.txt", string.Concat(System.Linq.Enumerable.Repeat("The high-fee income fell. Officials said low-fee income was short. ", 5)) +
                "Such {|EDL0001:small fee|} income hurt them."));

    [Fact]
    public void an_open_modifier_before_a_noun_the_hyphenated_form_modifies_is_paired_though_its_second_word_and_noun_are_a_term() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Even small-fee schools struggle. Many small-fee schools closed."),
            ("b.txt", string.Concat(System.Linq.Enumerable.Repeat("The fee schools were new. Officials said fee schools were full. ", 5)) +
                "Some {|EDL0001:small fee|} schools closed."));

    [Fact]
    public void a_compound_the_corpus_hyphenates_as_a_noun_is_paired_with_its_open_noun() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Their fan-base is loyal. The fan-base, they said, grew."),
            ("b.txt", "The club's {|EDL0001:fan base|} is loyal."));

    [Fact]
    public void a_tie_between_a_hyphenated_and_an_open_noun_goes_to_the_open_noun() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Their {|EDL0001:fan-base|} is loyal."),
            ("b.txt", "The club's fan base is big."));

    [Fact]
    public void a_closed_compound_the_word_list_lacks_and_its_open_form() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The gridstation tripped. A new gridstation, officials said, opened."),
            ("b.txt", "The {|EDL0001:grid station|} tripped."));

    [Fact]
    public void a_compound_the_corpus_hyphenates_as_a_verb_is_not_its_open_noun() =>
        Verifier().VerifyCorpus(
            ("a.txt", "She was tape-recording her calls. He kept tape-recording the talks."),
            ("b.txt", "A tape recording of the call exists. The tape recording is lost."));

    [Fact]
    public void a_verb_and_an_adverb_are_not_a_compound() =>
        Verifier().VerifyCorpus(
            ("a.txt", "They gave the go-ahead. The go-ahead came."),
            ("b.txt", "Talks will go ahead. Plans go ahead."));

    [Fact]
    public void an_adverb_before_a_participle_is_a_compound_modifier() =>
        Verifier().VerifyCorpus(
            // Paired; the open spelling is told, as no hyphen follows an -ly adverb (EDL0001SuggestedFormTests).
            ("a.txt", "The {|EDL0001:recently-released|} book sold. A {|EDL0001:recently-released|} film flopped."),
            ("b.txt", "His recently released album sold."));

    [Fact]
    public void an_open_pair_before_a_name_is_a_modifier_where_the_hyphenated_form_also_stands_before_names() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The top-seeded Sinner won. Top-seeded Swiatek lost."),
            ("b.txt", "The {|EDL0001:top seeded|} Alcaraz won."));

    [Fact]
    public void a_compound_an_article_hyphenates_only_as_a_modifier_and_writes_open_only_as_a_noun_is_not_reported() =>
        Verifier().VerifyCorpus(
            ("a.txt", "They chose home schooling. Critics of home schooling are loud."),
            ("b.txt", "They chose home schooling. The home-schooling parents met."));

    [Fact]
    public void a_prefix_hyphen_is_spelling_in_every_role_so_a_hyphenated_modifier_beside_the_closed_noun_is_a_variant() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The {|EDL0001:semi-final|} defeat hurt. They reached the semifinal."));

    [Fact]
    public void a_hyphenated_compound_listed_before_another_hyphenated_modifier_is_no_noun() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The loud, far-left, hard-line faction spoke."),
            ("b.txt", "They blamed the far left for it."));

    [Fact]
    public void an_open_pair_before_a_name_is_not_a_modifier_of_a_compound_hyphenated_only_before_nouns() =>
        Verifier().VerifyCorpus(
            ("a.txt", "First-time buyers queued. The first-time voters came."),
            ("b.txt", "For the first time Pakistan won."));

    [Fact]
    public void an_ise_verb_made_from_an_english_word_and_its_ize_spelling() =>
        Verifier().VerifyCorpus(
            ("a.txt", "They will operationalise the plan. The dualisation of the road began."),
            ("b.txt", "They will {|EDL0001:operationalize|} it. The {|EDL0001:dualization|} ended."));

    [Fact]
    public void a_phrase_with_a_function_word_or_inside_a_longer_compound_is_not_an_open_compound() =>
        Verifier().VerifyCorpus(
            ("a.txt", "A cut-off date passed. The day-trip ferry left. The day-trip season ended."),
            ("b.txt", "Supplies were cut off today. A three-day trip ended."));

    [Fact]
    public void an_open_pair_whose_second_word_the_corpus_hyphenates_to_the_next_is_not_the_modifier() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The dam holds 6 million acre-feet. Another holds 1 million acre-feet. A 3.5 million-acre cotton target was set."),
            ("b.txt", "Storage grew to 7 million acre feet this year."));

    [Fact]
    public void an_open_pair_whose_first_word_makes_a_written_compound_with_the_word_before_is_not_the_compound() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The carmaker grew. Another carmaker hired. The sports-car market rose."),
            ("b.txt", "Even sports car maker Porsche gained. Shares in the {|EDL0001:car maker|} fell."));

    [Fact]
    public void an_open_pair_whose_second_word_makes_a_closed_word_with_the_word_after_is_not_the_compound() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The prison-guard union met. Prison-guard pay rose."),
            ("b.txt", "A bulldozer razed a prison guard house. The {|EDL0001:prison guard|} union struck."));

    [Fact]
    public void a_capitalised_compound_written_hyphenated_and_open_in_one_name() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The High-Performance Centre opened. Coaches at the High-Performance Centre met. The {|EDL0001:X-Factor|} final aired."),
            ("b.txt", "The {|EDL0001:High Performance|} Centre closed. Pakistan won."),
            ("c.txt", "Fans of the X Factor watched. The X Factor returned."));

    [Fact]
    public void a_capitalised_compound_written_hyphenated_and_closed_in_one_name() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The Al-Noor Arts Council opened. The Al-Noor Arts Council staged a play. Free Zi-Fo access came."),
            ("b.txt", "The {|EDL0001:Alnoor|} Arts Council closed. Free {|EDL0001:ZiFo|} access ended."),
            ("c.txt", "Alnoor Bank reported profits. Alnoor Bank grew."));

    [Fact]
    public void a_numbered_name_written_with_a_hyphen_and_a_space() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Work on Orchard Phase-II began. The Orchard Phase-II budget grew. Pay in Grade-20 rose."),
            ("b.txt", "Orchard {|EDL0001:Phase II|} stalled. Staff in {|EDL0001:Grade 20|} left."));

    [Fact]
    public void a_numbered_name_is_not_compared_with_a_function_word_a_decimal_or_another_name() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The Under-19 side won. Work on Orchard Phase-II began. Grade-20 pay rose. Orchard Phase-II grew."),
            ("b.txt", "Under 19 new rules, fees rose. Meadow Phase II stalled. It scored Grade 20.5 overall."));

    [Fact]
    public void a_proper_modifier_written_hyphenated_and_open_before_the_same_noun() =>
        Verifier().VerifyCorpus(
            ("a.txt", "It is a Norse-language newspaper. A Norse-language paper closed."),
            ("b.txt", "A {|EDL0001:Norse language|} newspaper opened. The Norse language is old. A Norse language law passed."));

    [Fact]
    public void a_name_and_a_verb_before_its_object_are_not_a_proper_modifier() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The Ruritania-backed rebels fought. Ruritania-backed rebels fled. They backed the plan. We backed it."),
            ("b.txt", "Yesterday Ruritania backed rebels in the east. Then Ruritania backed rebels again."));

    [Fact]
    public void a_hyphenated_noun_before_the_preposition_its_open_form_takes() =>
        // The open uses stand before "for" twice: the hyphenated use before "for" is in their slot, while the
        // hyphenated modifiers before their nouns are another role and not compared.
        Verifier().VerifyCorpus(
            ("a.txt", "The zero-tolerance policy stands. A zero-tolerance approach works. We keep {|EDL0001:zero-tolerance|} for fraud."),
            ("b.txt", "There is zero tolerance for theft. They showed zero tolerance for graft."));

    [Fact]
    public void one_open_use_before_a_preposition_does_not_make_a_slot() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The zero-tolerance policy stands. A zero-tolerance approach works. We keep zero-tolerance for fraud."),
            ("b.txt", "There is zero tolerance for theft. They showed zero tolerance."));

    [Fact]
    public void capitalised_compounds_in_two_names_or_a_run_of_names_are_not_compared_and_a_prefix_is_reported_once() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The All-Pakistan Gems Association said so. The All-Pakistan Gems Association met. Pakistan-India relations soured."),
            ("b.txt", "The All Pakistan Muslim League met. The Turkmenistan Afghanistan Pakistan India pipeline stalled. The {|EDL0001:Anti Corruption|} court sat."),
            ("c.txt", "An Anti-Corruption drive began. The Anti-Corruption Establishment acted."));

    [Fact]
    public void a_closed_word_written_only_as_a_modifier_is_not_its_open_noun_phrase() =>
        Verifier().VerifyCorpus(
            ("a.txt", "His longtime ally spoke. A longtime friend came. Her longtime aide left."),
            ("b.txt", "It took a long time. For a long time, nothing moved. A long time ago. It was a long time coming."),
            ("c.txt", "A {|EDL0001:long time|} ally spoke."));

    [Fact]
    public void a_closed_noun_used_now_and_then_as_a_modifier_keeps_its_open_noun() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The healthcare workers met. Healthcare costs rose. The healthcare system failed. Access to healthcare is poor."),
            ("b.txt", "They need {|EDL0001:health care|}. The {|EDL0001:health care|} is costly."));

    [Fact]
    public void a_corpus_finding_says_when_the_other_spelling_is_in_the_same_article()
    {
        var findings = new RuleVerifier(new SpellingVariantsRule()).Lint(
            ("a.txt", "The China-Pakistan Economic Corridor grew. The China Pakistan Economic Corridor slowed."),
            ("b.txt", "The China-Pakistan Economic Corridor stalled."));
        var finding = Assert.Single(findings, f => f.RuleId == EditorialLint.Rules.RuleIds.SpellingVariants);
        Assert.Equal("a.txt", finding.Path);
        Assert.Contains("'China Pakistan' is also written 'China-Pakistan' in this article and elsewhere in the corpus", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal("a.txt", Assert.Single(finding.Related).Path);
    }

    [Fact]
    public void a_word_broken_by_a_stray_hyphen_is_the_whole_word() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The environment suffered. The environment is fragile. The Telecommunication Authority said so. The authority agreed."),
            ("b.txt", "Protect the {|EDL0001:envi-ronment|} now. The Telecommunication {|EDL0001:Auth-ority|} blocked the site."));

    [Fact]
    public void a_compound_whose_second_part_is_no_word_alone_pairs_its_closed_and_open_spellings() =>
        Verifier().VerifyCorpus(
            ("a.txt", "A victory for home schoolers came. Many home schoolers applied. Home schoolers won. The home schoolers met."),
            ("b.txt", "One of the {|EDL0001:home-schoolers|} spoke. The {|EDL0001:homeschoolers|} debate ran."));

    [Fact]
    public void an_acronym_before_a_hyphen_is_not_a_broken_word() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The UN-mediated talks began. The UN-backed plan failed."),
            ("b.txt", "The unmediated talks began. An unbacked plan failed."));

    [Fact]
    public void a_closed_word_used_in_both_roles_pairs_its_open_form_in_the_role_most_open_uses_have() =>
        Verifier().VerifyCorpus(
            ("a.txt", "They shared a screengrab. The screengrab, widely shared, went viral. He posted the screengrab on Monday. This screengrab taken on Monday shows a queue."),
            ("b.txt", "The photo is a {|EDL0001:screen grab|} taken from a video. Another {|EDL0001:screen grab|} taken later was shared."));

    [Fact]
    public void a_hyphenated_three_word_phrase_pairs_its_open_spelling_in_the_same_role() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The pill was sold over-the-counter, officials said. Such pills are sold over-the-counter in shops. An over-the-counter supplement sold well."),
            ("b.txt", "It is available {|EDL0001:over the counter|} at shops. The {|EDL0001:up and coming|} players met."),
            ("c.txt", "Many up-and-coming artists came. An up-and-coming player spoke."));

    [Fact]
    public void a_phrase_cut_short_or_ending_on_a_function_word_is_not_paired() =>
        Verifier().VerifyCorpus(
            ("a.txt", "A soon-to-be bride came. The state-of-the art lab opened. His matter-of-fact tone, calm and dry, helped."),
            ("b.txt", "It is soon to be published. The state of the art is poor. It is a matter of fact."));

    [Fact]
    public void a_two_word_title_in_british_and_american_spelling_needs_a_shared_neighbour() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Talks were chaired by Labour Minister Philip Masinde. Defence Minister Khawaja Asif spoke."),
            ("b.txt", "Jobs will not cause unrest, the Labor Minister said. {|EDL0001:Defense Minister|} Khawaja Asif agreed."));

    // A capital right after a sentence's opening function words (The, A) is the sentence's or a name's: the two
    // spellings of the word written so are one term, compared with each other only.
    [Fact]
    public void a_british_american_word_capitalised_after_an_opening_the_is_paired() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The Stabilisation fund grew last year, officials said. Talks went on."),
            ("b.txt", "The {|EDL0001:Stabilization|} fund shrank, the office said."),
            ("c.txt", "The Stabilisation fund was audited on Monday."));

    // The article writes the word capitalised elsewhere mid-sentence: a name (the party), kept as written.
    [Fact]
    public void a_word_the_article_also_capitalises_mid_sentence_is_not_paired_after_an_opening_the() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The Labour leader spoke on Monday. Voters backed Labour again."),
            ("b.txt", "The Labor leader spoke in Sydney."));

    [Fact]
    public void a_title_inside_a_capitalised_run_starts_the_name() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Consul General Dr Rüdiger Lotz spoke. Rüdiger Lotz left."),
            ("b.txt", "The Consul General in Karachi Dr {|EDL0001:Rudiger Lotz|} opened the clinic."));

    [Fact]
    public void an_accented_loanword_and_its_plain_spelling() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The façade cracked. A communiqué followed."),
            ("b.txt", "The façade was repaired. Another {|EDL0001:communique|} was issued. The old {|EDL0001:facade|} stayed."),
            ("c.txt", "The communiqué was read."));

    [Fact]
    public void a_loanword_whose_plain_spelling_is_another_word_is_left_alone() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Send your résumé today."),
            ("b.txt", "Talks will resume today."));

    [Fact]
    public void a_sentence_initial_capital_the_article_also_uses_as_a_name_is_the_name() =>
        Verifier().Verify("Voters backed Labour. Labour won the seat. The labor market slowed.");

    [Fact]
    public void a_preposition_heads_no_open_compound_but_per_cent_and_under_way() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Crews need permission. Each permission is logged. Jets fly two sorties per mission. The percent share rose."),
            ("b.txt", "Prices rose 5 {|EDL0001:per cent|}. Minors under age 16 wait. Underage drinking fell."));

    [Fact]
    public void an_ly_adverb_is_not_the_closed_spelling_of_an_adjective_and_a_noun() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The port is strategically placed. It matters strategically. Its strategic ally agreed."),
            ("b.txt", "A {|EDL0001:loud speaker|} blared. The loudspeaker broke. Another loudspeaker hummed."));

    [Fact]
    public void an_open_pair_before_a_comparative_is_a_measure_not_the_hyphenated_modifier() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The three-times champion won. A three-times winner left."),
            ("b.txt", "Costs were three times higher than planned. Sales were three times greater than before."),
            ("c.txt", "A {|EDL0001:three times|} champion retired."));

    [Fact]
    public void a_pair_the_desk_writes_as_a_subject_and_its_verb_pairs_only_before_the_hyphenated_forms_noun() =>
        Verifier().VerifyCorpus(
            ("a.txt", "A state-issued card works. The state-issued card expired. They issued it."),
            ("b.txt", "The state issued a warning. The state issued new alerts."),
            ("c.txt", "A {|EDL0001:state issued|} card failed."));
}

/// <summary>
/// EDL0001's decision whether two spellings of a name are one person: the vowel classes of a romanisation, the
/// story the articles share, titles inside runs, apostrophes inside names.
/// </summary>
public class EDL0001NameDecisionTests
{
    private static RuleVerifier Verifier() => new(new SpellingVariantsRule());

    [Fact]
    public void a_name_used_often_both_ways_in_articles_of_one_story_is_one_person() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Police held Hamza Zortaq and Mohammed Ambrouli in Wevelbeek. Mohammed Ambrouli drove Salah Bekkari to Molvania. Mohammed Ambrouli was charged. Mohammed Ambrouli met Yassine Touhami."),
            ("b.txt", "In Wevelbeek, officers named {|EDL0001:Mohamed Ambrouli|} as a driver for Salah Bekkari. Lawyers for Hamza Zortaq spoke. {|EDL0001:Mohamed Ambrouli|} was held in Molvania. Later {|EDL0001:Mohamed Ambrouli|} named Yassine Touhami."),
            ("c.txt", "Nawaz Gondal opened a school in Kasur."),
            ("d.txt", "Farida Baloch won the election in Turbat."),
            ("e.txt", "Imtiaz Wattoo signed the deal in Sahiwal."),
            ("f.txt", "Rukhsana Mengal chaired the meeting in Khuzdar."),
            ("g.txt", "Zafar Lashari visited Jacobabad."),
            ("h.txt", "Bushra Cheema spoke in Gujranwala."));

    [Fact]
    public void a_name_used_often_both_ways_in_unrelated_articles_is_two_people() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Justice Abdul Qadir heard the case in Lahore. Abdul Qadir adjourned it. Abdul Qadir warned Marvi Tareen."),
            ("b.txt", "The scientist Abdul Qadeer visited Kahuta. Abdul Qadeer met Zubair Gohar. Abdul Qadeer left."));

    [Fact]
    public void a_name_of_three_words_is_one_body_whatever_stands_beside_it() =>
        Verifier().VerifyCorpus(
            ("a.txt", "{|EDL0001:Jamiat Ulema-e-Islam|} rallied. Supporters of {|EDL0001:Jamiat Ulema-e-Islam|} marched. Leaders of {|EDL0001:Jamiat Ulema-e-Islam|} spoke."),
            ("b.txt", "The Jamiat Ulama-e-Islam protested. Jamiat Ulama-e-Islam workers gathered. Critics blamed Jamiat Ulama-e-Islam today."));

    [Fact]
    public void a_vowel_of_another_kind_makes_another_name() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Nasir Ahmad won the race."),
            ("b.txt", "Nisar Ahmad lost the vote."),
            ("c.txt", "Hasan Raza opened a shop."),
            ("d.txt", "Hussain Raza closed a shop."));

    [Fact]
    public void a_romanised_vowel_of_the_same_kind_in_one_article_is_one_name() =>
        Verifier().Verify("Tanveer Ahmad Gondal spoke. Later {|EDL0001:Tanvir Ahmad Gondal|} left.");

    [Fact]
    public void a_title_after_a_place_in_a_capitalised_run_starts_the_name() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Umar Farooq Qazilbash spoke. Umar Farooq Qazilbash left."),
            ("b.txt", "The RD ANF Sindh Brigadier {|EDL0001:Umer Farooq Qazilbash|} was the chief guest."));

    [Fact]
    public void an_apostrophe_inside_a_romanised_name_is_one_of_its_spellings() =>
        Verifier().Verify("The Marka-e-Haq campaign ended. After the {|EDL0001:Ma’arka-e-Haq|}, talks began.");

    [Fact]
    public void a_final_h_a_final_y_and_a_first_o_or_u_are_romanisations() =>
        Verifier().Verify("Police held Karim Attou. Lawyers for {|EDL0001:Karim Attouh|} spoke. {|EDL0001:Samy Amimour|} died. Later Sami Amimour was named. Abu Omar spoke. Later {|EDL0001:Abu Umar|} left.");

    [Fact]
    public void a_final_y_against_another_vowel_and_a_first_a_against_u_stay_apart() =>
        Verifier().Verify("Shabbir Hussain spoke. Later Sabir Hussain left. Danny Kruger spoke. Later Diane Kruger left. Ammar Khan spoke. Later Umair Khan left. Kelly Smith spoke. Later Kelley Smith left.");

    [Fact]
    public void a_photo_credits_page_is_a_name_not_an_address() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Leaders of Jamiat Ulema-e-Islam spoke. Jamiat Ulema-e-Islam marched."),
            ("b.txt", "Workers protest on Friday. — Facebook@{|EDL0001:Jamiat Ulama-e-Islam|}..."),
            ("c.txt", "Write to info@Example.org for the Jamiat Ulama-e-Islam@x.org list."));

    [Fact]
    public void an_exonym_inside_one_entitys_name() =>
        Verifier().Verify("The Simla Agreement was signed in 1972. India suspended the Simla Agreement. Critics said the {|EDL0001:Shimla Agreement|} was dead. Talks in Shimla ended. Officials in {|EDL0001:Simla|} agreed. Officials in Shimla left.");

    [Fact]
    public void a_one_word_name_keeps_its_first_letter() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Omar Hayat spoke. Later Omar said no."),
            ("b.txt", "{|EDL0001:Umar Hayat|} spoke. Later Umar said yes. {|EDL0001:Umar Hayat|} left."),
            ("c.txt", "Omar Hayat spoke again. Omar Hayat left."));

    [Fact]
    public void an_article_that_names_someone_else_with_the_other_spelling_tells_two_people_apart() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Bangladesh: Litton Das, Mehidy Hasan Miraz, Towhid Hridoy, Mahedi Hasan, Tanvir Islam."),
            ("b.txt", "Bangladesh: Litton Das, Mehidy Hasan Miraz, Towhid Hridoy, Mahedi Hasan, Rishad Hossain."),
            ("c.txt", "Saim Ayub was dismissed by Mehidy Hasan. Litton Das and Towhid Hridoy batted."));

    [Fact]
    public void a_body_before_a_name_ends_where_the_name_starts() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Opposition Leader Malik Ahmad Khan Bhachar spoke. Malik Ahmad Khan Bhachar left."),
            ("b.txt", "The Leader of the Opposition in the Balochistan Assembly {|EDL0001:Malik Ahmad Khan Bachar|} walked out."));

    [Fact]
    public void a_given_name_the_word_list_also_holds_starts_the_name() =>
        Verifier().Verify("Police held {|EDL0001:Amir Dogar|}. Later Aamir Dogar left. Lawyers for Hamza Attou spoke. Then {|EDL0001:Hamza Attouh|} spoke. Hamza Attou left.");

    [Fact]
    public void a_hyphenated_given_name_with_a_lower_case_second_half_is_one_name() =>
        Verifier().Verify("Gang boss Cheung Tza-keung was held. Later {|EDL0001:Cheung Tze-keung|} fled.");

    [Fact]
    public void a_weekday_after_a_name_is_not_part_of_it() =>
        Verifier().Verify("Prime Minister Mahathir Mohamad Friday called for calm. Later {|EDL0001:Mahathir Mohhamad|} spoke.");

    [Fact]
    public void the_particles_el_and_al_are_one() =>
        Verifier().Verify("The {|EDL0001:El Shifa|} plant was hit. The Al Shifa factory burned.");

    [Fact]
    public void a_final_iy_is_a_final_i() =>
        Verifier().Verify("Ambassador {|EDL0001:Nawaf Saeed Al Malkiy|} spoke. Later Nawaf Saeed Al Malki left.");

    [Fact]
    public void a_shared_full_name_does_not_join_one_word_names_with_a_vowel_of_another_kind() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Ali Hasan spoke in Kasur. Hasan left."),
            ("b.txt", "Ali Hussain spoke in Turbat. Hussain left."));

    [Fact]
    public void a_shared_full_name_joins_the_one_word_names_of_one_person() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Lawyer Kamran Shafeeq argued the appeal. Shafeeq said the order was void."),
            ("b.txt", "Lawyer Kamran Shafeeq filed a reply. Shafeeq asked for a date."),
            ("c.txt", "Lawyer {|EDL0001:Kamran Shafiq|} appeared for the board. {|EDL0001:Shafiq|} asked for time."));

    [Fact]
    public void a_one_word_name_of_several_people_is_one_person_only_with_the_rest_of_the_name() =>
        // Kamran Shafeeq and Kamran Shafiq are one lawyer, but Shafeeq is also a farmer's name: the bare Shafiq is
        // not told to follow every Shafeeq of the corpus.
        Verifier().VerifyCorpus(
            ("a.txt", "Lawyer Kamran Shafeeq argued the appeal. Shafeeq said the order was void."),
            ("b.txt", "Lawyer Kamran Shafeeq filed a reply. Shafeeq asked for a date."),
            ("c.txt", "Lawyer {|EDL0001:Kamran Shafiq|} appeared for the board. Shafiq asked for time."),
            ("d.txt", "Farmer Nadir Shafeeq lost his crop. Shafeeq said the water came at night."));

    [Theory]
    [InlineData("ahmad", "ahmed", true)]
    [InlineData("shakil", "shakeel", true)]
    [InlineData("mahmud", "mahmood", true)]
    [InlineData("kokab", "kaukab", true)]
    [InlineData("udeid", "udaid", true)]
    [InlineData("samy", "sami", true)]
    [InlineData("zelensky", "zelenskyy", true)]
    [InlineData("siddiqui", "siddiqi", true)]
    [InlineData("danny", "diane", false)]
    [InlineData("nasir", "nisar", false)]
    [InlineData("hasan", "husain", false)]
    [InlineData("azam", "azeem", false)]
    [InlineData("aliya", "ali", false)]
    public void vowel_classes_of_romanisation(string a, string b, bool same) =>
        Assert.Equal(same, EditorialLint.Lexicon.VariantGrouping.VowelsCompatible(a, b));

    [Fact]
    public void a_glide_y_between_vowels_is_a_romanisation() =>
        Verifier().Verify("Alia Hamza spoke. Later {|EDL0001:Aliya Hamza|} left. Riaz Hussain spoke. Later {|EDL0001:Riyaz Hussain|} left. Bilal Kiani spoke. Later {|EDL0001:Bilal Kiyani|} left.");

    [Fact]
    public void a_glide_y_does_not_join_a_name_with_fewer_vowels() =>
        Verifier().Verify("Ali Hamza spoke. Later Aliya Hamza left. Saeed Ahmad spoke. Later Sayed Ahmad left.");

    [Fact]
    public void a_rare_english_word_as_a_surname_is_keyed_as_a_name() =>
        Verifier().Verify("Minister Uzi Landau spoke. Later {|EDL0001:Uzi Landu|} left. Shaukat Khanum Hospital opened. Shaukat Khanum Hostel closed.");

    [Fact]
    public void a_final_que_and_a_first_q_are_romanisations_of_q() =>
        Verifier().Verify("Saad Rafique spoke. Saad Rafique left. Later {|EDL0001:Saad Rafiq|} came. Mustafa Jamal Qazi spoke. " +
            "Mustafa Jamal Qazi left. Later {|EDL0001:Mustafa Jamal Kazi|} came.");

    [Fact]
    public void two_vowels_in_a_row_are_compared_syllable_by_syllable() =>
        Verifier().Verify("Moeen Wattoo spoke. Moeen Wattoo left. Later {|EDL0001:Mueen Wattoo|} came. Esmaeil Baghaei spoke. " +
            "Esmaeil Baghaei left. Later {|EDL0001:Esmail Baghaei|} came. Moin Khan spoke. Later Mian Khan left.");

    [Fact]
    public void a_first_a_or_u_is_one_name_only_on_strong_evidence() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Information Minister Azma Bukhari met Zartaj Gul in Turbat. Azma Bukhari thanked Gul Zaman."),
            ("b.txt", "Information Minister {|EDL0001:Uzma Bukhari|} met Zartaj Gul in Turbat and Gul Zaman."),
            ("c.txt", "Amir Ali spoke. Later Umair Ali left. Sara Khan met Babar Azam in Lahore."),
            ("d.txt", "Nadia Jamil met Fawad Alam in Karachi. Saad Ahmad left."));

    [Fact]
    public void a_names_tie_goes_to_the_spelling_its_words_mostly_have_in_the_text() =>
        Verifier().Verify("{|EDL0001:Pervaiz Rasheed|} spoke. Later Pervaiz Rashid left. Haroon Rashid came.");

    // A one-word name with no full name: the same slot, a role word few other names stand beside (the area), is one
    // place or body spelled two ways. The long-term plan gives the corpus pass its word positions (he warned: a verb).
    [Fact]
    public void one_word_names_beside_the_same_rare_role_word_are_one_name() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Floods hit the Zarrab area. Police sealed the Zarrab area. He said a long-term plan was needed."),
            ("b.txt", "Rain hit the {|EDL0001:Zarab|} area on Monday. Talat Kiani met Rubina Baig. They said so."),
            ("c.txt", "The Mirpur court sat. Qamar Zaidi spoke in Hyderabad. Nabila Qadri left Sukkur."));

    [Fact]
    public void one_word_names_that_share_only_a_verb_are_not_one_name() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Zarrab warned the plan failed. He warned a long-term plan was needed. She warned us."),
            ("b.txt", "Zarab warned it rained. Talat Kiani met Rubina Baig. They warned us."),
            ("c.txt", "The Mirpur court sat. Qamar Zaidi spoke in Hyderabad. Nabila Qadri left Sukkur."));

    [Fact]
    public void a_given_name_of_several_full_names_is_not_joined_by_its_slot() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Floods hit the Zarrab area. Police sealed the Zarrab area. He said a long-term plan was needed."),
            ("b.txt", "Rain hit the Zarab area on Monday. Talat Kiani met Rubina Baig. They said so."),
            ("c.txt", "Zarab Kiani met Zarab Baig in Mirpur. Qamar Zaidi spoke in Hyderabad. Nabila Qadri left Sukkur."));

    // Two one-word spellings with no neighbouring word in common, in two articles of one story (the same six rare
    // names): one name respelled when they differ by one edit of the transliteration table (a doubled consonant,
    // ee/i …). The other articles give the names their rarity; the long-term plan gives the corpus pass its word
    // positions.
    private static void VerifyStory(string first, string second) =>
        Verifier().VerifyCorpus(
            ("a.txt", "Floods hit " + first + " on Monday. Talat Kiani, Rubina Baig and Qamar Zaidi toured Sukkur and Larkana. Nabila Qadri spoke. Later " + first + " was cut off. He said a long-term plan was needed."),
            ("b.txt", "Rain cut " + second + " off again. Talat Kiani, Rubina Baig and Qamar Zaidi toured Sukkur and Larkana. Nabila Qadri spoke."),
            ("c.txt", "The Mirpur court sat. Imtiaz Gondal spoke in Hyderabad. Shazia Marri left Quetta."),
            ("d.txt", "Farah Naz met Junaid Akram in Multan. Sohrab Goth was quiet."),
            ("e.txt", "Tariq Bugti visited Gwadar. Saima Noor sang in Lahore."));

    [Fact]
    public void one_word_spellings_of_one_story_that_differ_by_a_table_edit_are_one_name() =>
        VerifyStory("Dorrali", "{|EDL0001:Dorali|}");

    [Fact]
    public void one_word_spellings_of_one_story_that_differ_by_ee_and_i_are_one_name() =>
        VerifyStory("Kandeeli", "{|EDL0001:Kandili|}");

    // e/i, o/u and a/e are as often two names as one (Francis/Frances): not in the table, so not joined on the story.
    [Fact]
    public void a_vowel_change_outside_the_table_is_not_joined_on_the_story() =>
        VerifyStory("Kandeli", "Kandili");

    // Both spellings are listed given names: a Rashid and a Rasheed are two people as often as one.
    [Fact]
    public void two_listed_given_names_are_not_joined_on_the_story() =>
        VerifyStory("Rasheed", "Rashid");

    [Fact]
    public void names_a_consonant_apart_are_not_joined_on_the_story() =>
        VerifyStory("Asif", "Asim");

    [Fact]
    public void countries_a_consonant_apart_are_not_joined_on_the_story() =>
        VerifyStory("Iran", "Iraq");

    [Fact]
    public void a_country_and_its_demonym_are_not_joined_on_the_story() =>
        VerifyStory("Qatar", "Qatari");

    // Each spelling the last word of other full names: two people's surnames, whatever the story.
    [Fact]
    public void surnames_of_two_full_names_are_not_joined_on_the_story() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Floods hit Mirpur on Monday. Talat Kiani, Rubina Baig and Qamar Zaidi toured Sukkur and Larkana. Nabila Qadri spoke. Judge Imtiaz Dorrali ruled. Later Dorrali left. He said a long-term plan was needed."),
            ("b.txt", "Rain cut Mirpur off again. Talat Kiani, Rubina Baig and Qamar Zaidi toured Sukkur and Larkana. Nabila Qadri spoke. Fawad Dorali sang. Then Dorali left."),
            ("c.txt", "The Hala court sat. Shazia Marri left Quetta."),
            ("d.txt", "Farah Naz met Junaid Akram in Multan. Sohrab Goth was quiet."),
            ("e.txt", "Tariq Bugti visited Gwadar. Saima Noor sang in Lahore."));
}
