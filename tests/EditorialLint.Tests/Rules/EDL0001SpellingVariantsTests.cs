using System.Linq;
using EditorialLint.BuiltIn;
using EditorialLint.Rules;
using EditorialLint.Testing;

namespace EditorialLint.Tests.Rules;

public class EDL0001SpellingVariantsTests
{
    private const string HouseStyle = """
        kind: variants
        groups:
          - preferred: Tehreek-e-Taliban
            variants: [Tehrik-e-Taliban, Tehrik-i-Taliban]
          - preferred: Türkiye
            variants: [Turkiye, Turkey]
        """;

    private static RuleVerifier Verifier() => new(new SpellingVariantsRule());

    private static RuleVerifier WithHouseList() => Verifier().WithRuleFile("rules/house-style.yml", HouseStyle);

    public class Reports
    {
        [Fact]
        public void the_house_lists_reason_for_its_preferred_form_within_and_across_articles()
        {
            // ux-s32: the message said only "(house style)"; a group's 'reason:' now says why.
            var house = "kind: variants\ngroups:\n  - preferred: Türkiye\n    variants: [Turkey]\n    reason: the state's name at the UN since 2022\n";
            var findings = Verifier().WithRuleFile("rules/house-style.yml", house)
                .Lint(("a.txt", "Türkiye hosted the talks. Turkey said more."), ("b.txt", "Officials in Turkey agreed."))
                .Where(f => f.RuleId == RuleIds.SpellingVariants).ToList();
            Assert.Equal(2, findings.Count);
            Assert.All(findings, f => Assert.EndsWith("use 'Türkiye' (house style: the state's name at the UN since 2022)", f.Message, System.StringComparison.Ordinal));
        }

        [Fact]
        public void a_name_written_with_and_without_its_diacritic() =>
            Verifier().Verify("Qatar and Türkiye mediated the talks. Türkiye hosted them. Officials in {|EDL0001:Turkiye|} agreed.");

        [Fact]
        public void an_open_compound_beside_its_hyphenated_form() =>
            Verifier().Verify("The cross-border attacks rose. Two cross-border raids followed. More {|EDL0001:cross border|} firing was reported.");

        [Fact]
        public void a_closed_compound_beside_its_hyphenated_form() =>
            Verifier().Verify("A long-standing dispute. Another long-standing row. Their {|EDL0001:longstanding|} ties held.");

        [Fact]
        public void an_open_compound_whose_first_word_starts_the_sentence() =>
            Verifier().Verify("He bought two laptops. The laptops are cheap. {|EDL0001:Lap tops|} may help you think. Underage drinking fell. " +
                "The underage drinkers left. Under age discrimination rules, firms must act.");

        [Fact]
        public void a_closed_word_headed_by_a_particle_beside_its_hyphenated_spelling() =>
            Verifier().Verify("The firm kept a backup server. Its backup drive failed. A {|EDL0001:back-up|} plan was ready.");

        [Fact]
        public void two_capitals_joined_by_a_hyphen_beside_the_acronym() =>
            Verifier().Verify("The K-P government met. The K-P cabinet agreed. The {|EDL0001:KP|} assembly voted.");

        [Fact]
        public void a_british_american_word_made_of_a_prefix_and_its_hyphenated_spelling() =>
            Verifier().Verify("The move is destabilising. Destabilising the region helps no one. A {|EDL0001:de-stabilising|} plan.");

        [Fact]
        public void a_prefixed_compound_written_open_and_hyphenated() =>
            Verifier().Verify("Qatar urged de-escalation. The de-escalation held. Calls for {|EDL0001:de escalation|} continued.");

        [Fact]
        public void british_and_american_spellings_from_the_lexicon() =>
            Verifier().Verify("The defence budget grew. Its defence share rose. A {|EDL0001:defense|} pact followed.");

        [Fact]
        public void isation_and_ization_nouns() =>
            Verifier().Verify("A stabilisation force. The stabilisation mission. Its {|EDL0001:stabilization|} role.");

        [Fact]
        public void a_dotted_abbreviation_beside_the_undotted_one() =>
            Verifier().Verify("US officials met. The US envoy spoke. A {|EDL0001:U.S.|} delegation left.");

        [Fact]
        public void a_full_name_with_a_transliterated_vowel() =>
            Verifier().Verify("Ali Amin Gandapur spoke. Ali Amin Gandapur left. Later {|EDL0001:Ali Ameen Gandapur|} returned.");

        [Fact]
        public void one_persons_initials_with_and_without_stops() =>
            Verifier().Verify("S.M. Tanveer spoke. S.M. Tanveer left. Later {|EDL0001:SM|} Tanveer returned.");

        [Fact]
        public void a_british_american_body_with_no_shared_neighbour() =>
            Verifier().Verify("The Privatisation Commission met. The Privatisation Commission agreed. A {|EDL0001:Privatization Commission|} report followed.");

        [Fact]
        public void the_e_and_i_connectors_of_a_compound_name() =>
            Verifier().Verify("Jamaat-e-Islami rallied. Jamaat-e-Islami marched. The {|EDL0001:Jamaat-i-Islami|} chief spoke.");

        [Fact]
        public void two_expansions_of_one_acronym() =>
            Verifier().Verify("Rain hit Khyber Pakhtunkhwa (KP) today. Floods hit Khyber Pakhtunkhwa (KP) again. Aid reached {|EDL0001:Khyber Pukhtunkhwa|} (KP).");

        [Fact]
        public void an_exonym_from_the_built_in_list() =>
            Verifier().Verify("Kyiv said the talks failed. Officials in Kyiv agreed. A day later {|EDL0001:Kiev|} denied it.");

        [Fact]
        public void a_closed_compound_written_open() =>
            Verifier().Verify("Loudspeakers blared. The loudspeakers stopped. A {|EDL0001:loud speakers|} van passed.");

        [Fact]
        public void a_full_name_with_vowels_and_doubled_letters_romanised_differently() =>
            Verifier().Verify("Justice Musarrat Hilali said no. Musarrat Hilali left. Later {|EDL0001:Musarat Hilali|} returned. {|EDL0001:Mohammad Aurangzeb|} met Muhammad Aurangzeb's aide and Muhammad Aurangzeb.");

        [Fact]
        public void a_name_particle_and_a_diphthong() =>
            Verifier().Verify("Missiles hit Al Udeid on Monday. Al Udeid was hit again. The {|EDL0001:Al Udaid|} base was hit.");

        [Fact]
        public void a_common_word_with_and_without_its_accent() =>
            Verifier().Verify("The café opened. The café closed. A {|EDL0001:cafe|} reopened.");

        [Fact]
        public void one_entity_named_in_british_and_american_spelling() =>
            Verifier().Verify("The World Health Organisation warned. The World Health Organisation said. The {|EDL0001:World Health Organization|} agreed.");

        [Fact]
        public void one_spelling_variety_for_every_pair_of_the_corpus()
        {
            // Most British/American words are British, so the American minority is flagged in every pair, even
            // where one pair alone is a tie or leans American.
            var findings = Verifier().Lint(
                ("a.txt", "The defence budget and the organisation of the centre."),
                ("b.txt", "The defence pact. The colour of the organisation."),
                ("c.txt", "The fulfillment of the defense plan and the center."));
            var flagged = findings.Where(f => f.RuleId == RuleIds.SpellingVariants).Select(f => f.Properties[Finding.ReplacementProperty]).OrderBy(r => r, System.StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "centre", "defence" }, flagged);
        }

        [Fact]
        public void the_desk_variety_from_the_house_list() =>
            Verifier().WithRuleFile("rules/house-style.yml", "kind: variants\nspelling: american\ngroups:\n  - preferred: Kyiv\n    variants: [Kiev]\n")
                .Verify("The {|EDL0001:defence|} budget grew. Its {|EDL0001:defence|} share rose. A defense pact followed.");

        [Fact]
        public void an_article_that_differs_from_the_rest_of_the_corpus() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Cross-border attacks rose."),
                ("b.txt", "The cross-border trade stopped."),
                ("c.txt", "The {|EDL0001:cross border|} trade resumed."));

        [Fact]
        public void the_house_preferred_form_even_when_it_is_the_minority() =>
            WithHouseList().Verify("The {|EDL0001:Tehrik-e-Taliban|} Pakistan (TTP) attacked. {|EDL0001:Tehrik-e-Taliban|} fighters fled. Tehreek-e-Taliban denied it.");

        [Fact]
        public void house_forms_that_no_folding_joins() =>
            WithHouseList().VerifyCorpus(
                ("a.txt", "Talks in Türkiye resumed."),
                ("b.txt", "Talks in {|EDL0001:Turkey|} resumed."));

        [Fact]
        public void a_tie_goes_to_the_hyphenated_compound_whatever_the_order() =>
            Verifier().Verify("Qatar urged {|EDL0001:de escalation|}. Others urged de-escalation. Then others urged de-escalation and {|EDL0001:de escalation|}.");

        [Fact]
        public void a_tie_goes_to_the_closed_compound_of_the_word_list_and_to_a_name_with_its_diacritics()
        {
            Verifier().Verify("A {|EDL0001:long-standing|} feud. A longstanding row.");
            Verifier().VerifyCorpus(
                ("a.txt", "{|EDL0001:Rudiger Lotz|} spoke."),
                ("b.txt", "Rüdiger Lotz left."));
        }

        [Fact]
        public void a_variety_the_pair_itself_does_not_lead_in_is_said_to_come_from_the_other_words()
        {
            var findings = Verifier().Lint(("a.txt", "The defence budget grew. Its defence share rose. A defense pact followed. " +
                "The color of the center was analyzed, organized and favored."));
            var finding = Assert.Single(findings, f => f.RuleId == RuleIds.SpellingVariants && f.Span.Start == 4);
            Assert.Equal("'defence' is also written 'defense' in this article ('defence' ×2, 'defense' ×1); use 'defense' (American spelling: most of " +
                "this text's British/American words are American, though this word is mostly British)", finding.Message);
        }

        [Fact]
        public void a_tie_between_open_and_hyphenated_predicates_is_not_called_a_noun() =>
            Assert.Contains(Verifier().Lint(
                    ("a.txt", "The team is hard-pressed. They were hard-pressed, he said."),
                    ("b.txt", "The team is hard pressed. They were hard pressed, he said.")),
                f => f.Message.EndsWith("(a tie: open, not a modifier here)", System.StringComparison.Ordinal));

        [Fact]
        public void the_message_counts_related_location_and_replacement()
        {
            var findings = Verifier().Lint(("a.txt", "The defence budget grew. Its defence share rose. A defense pact followed."));
            var finding = Assert.Single(findings, f => f.RuleId == RuleIds.SpellingVariants);
            Assert.Equal("'defense' is also written 'defence' in this article ('defence' ×2, 'defense' ×1); use 'defence' (British spelling, as most of this text)", finding.Message);
            Assert.Equal("defence", finding.Properties[Finding.ReplacementProperty]);
            var related = Assert.Single(finding.Related);
            Assert.Equal("a.txt", related.Path);
            Assert.Equal(4, related.Span.Start);
        }

        [Fact]
        public void the_replacement_keeps_the_capitalisation_of_the_flagged_text()
        {
            var findings = Verifier().Lint(("a.txt", "Cross Border Trade Resumes\nThe cross-border trade resumed. More cross-border trucks crossed."));
            var finding = Assert.Single(findings, f => f.RuleId == RuleIds.SpellingVariants);
            Assert.Equal("Cross-Border", finding.Properties[Finding.ReplacementProperty]);
        }

        [Fact]
        public void the_corpus_related_location_points_at_the_preferred_form_in_another_article()
        {
            var findings = Verifier().Lint(("a.txt", "Defence cuts."), ("b.txt", "More defence cuts."), ("c.txt", "No defense cuts."));
            var finding = Assert.Single(findings, f => f.RuleId == RuleIds.SpellingVariants);
            Assert.Equal("c.txt", finding.Path);
            Assert.Contains("elsewhere in the corpus", finding.Message, System.StringComparison.Ordinal);
            Assert.Equal("a.txt", Assert.Single(finding.Related).Path);
        }

        [Fact]
        public void an_inconsistent_article_is_reported_once_by_the_article_pass_only()
        {
            var findings = Verifier().Lint(("a.txt", "US envoys. US aid."), ("b.txt", "The U.S. envoy and the U.S. army met US officials."));
            var finding = Assert.Single(findings, f => f.RuleId == RuleIds.SpellingVariants);
            Assert.Equal("b.txt", finding.Path);
            Assert.Contains("in this article", finding.Message, System.StringComparison.Ordinal);
            Assert.Equal("U.S.", finding.Properties[Finding.ReplacementProperty]);
        }
    }

    public class Ignores
    {
        [Theory]
        [InlineData("Khawaja Asif spoke. Ambassador Asim spoke.")]
        [InlineData("The UN met. The US met. The UK met.")]
        [InlineData("Qatar mediated. Qatari officials helped.")]
        [InlineData("An Afghan official said Afghans returned.")]
        [InlineData("ISLAMABAD: Officials in Islamabad met.")]
        [InlineData("Iran and Iraq met.")]
        [InlineData("He waited for four hours.")]
        [InlineData("He said Saeed was there. Saeed said no.")]
        [InlineData("It has been in the bin.")]
        [InlineData("A tour of the tor.")]
        [InlineData("Anyone could come. Any one of them could come.")]
        [InlineData("A breakdown followed. Talks may break down.")]
        [InlineData("He is 5 ins tall. Install the app.")]
        [InlineData("The office opened. The team did off-ice drills. The onset was slow. The on-set crew ate.")]
        [InlineData("The in-form batsman scored. Officials will inform the board.")]
        [InlineData("Senator Joe Smith, D-N.Y., spoke. The DN agency said so.")]
        [InlineData("The first plan was S-I and the second S-II. The SI arrived.")]
        [InlineData("The Siam sect met. Thailand hosted the talks.")]
        [InlineData("Scotland won the Calcutta Cup. Kolkata hosted the final.")]
        [InlineData("The U.S. Department of Defense replied. The Ministry of Defence spoke.")]
        [InlineData("Voters backed Labour. The labor market slowed.")]
        [InlineData("Judge Mansoor spoke. Mansour Khalil replied.")]
        [InlineData("S.P. Gupta case was cited. The SP arrived.")]
        [InlineData("KK beat Lahore. KK won again. Justice K.K. Agha heard the case.")]
        [InlineData("KK beat Lahore. KK won again. Justice K.K. Agha heard the case. Justice KK Agha ruled.")]
        [InlineData("Ambassador Maen A.M. Khreasat spoke. Clinics open at 11 AM daily. Shops open at 9 AM.")]
        [InlineData("The British Defence Ministry said so. The British Defense Ministry denied it.")]
        [InlineData("The Indo-Pak talks resumed. India-Pak trade grew.")]
        [InlineData("Asif’s remarks and Asif's aide. Asif left.")]
        [InlineData("They won't go. Its aim. It's late. They don't care.")]
        public void look_alike_words(string text) => Verifier().Verify(text);

        [Fact]
        public void different_people_whose_first_names_differ_in_a_vowel() =>
            Verifier().Verify("Amin spoke. Amin left. Ameen arrived.");

        [Fact]
        public void a_phrase_whose_open_form_is_grammatical_and_different() =>
            Verifier().Verify("They set up a set-up. In the long term, long-term plans help. A follow-up will follow up.");

        [Fact]
        public void an_open_pair_before_an_adverb_beside_the_hyphenated_modifier() =>
            Verifier().Verify("A drug-treatment programme opened. Doctors discourage drug treatment alone. The vote was widely expected next May, not a widely-expected move.");

        [Fact]
        public void a_verb_and_its_object_beside_the_compound_noun() =>
            Verifier().Verify("Counter-terrorism units were formed to counter terrorism.");

        [Fact]
        public void an_american_institution_name_beside_a_british_spelling() =>
            Verifier().Verify("The U.S. Defense Secretary met the Defence Minister. The Department of Defense agreed. Defence ties grew.");

        [Fact]
        public void official_names_that_keep_their_own_spelling() =>
            Verifier().Verify("The World Health Organization and the Shanghai Cooperation Organisation met.");

        [Fact]
        public void a_single_form_of_a_house_group() =>
            WithHouseList().VerifyCorpus(("a.txt", "Talks in Turkey."), ("b.txt", "Trade with Turkey."));

        [Fact]
        public void roman_numerals_beside_initials() =>
            Verifier().Verify("World War II ended. I.I. Chundrigar Road was shut.");

        [Fact]
        public void variants_when_the_rule_is_off_for_the_article() =>
            Verifier().WithOption("editorial_lint.EDL0001.severity", "none").Verify("US aid. U.S. aid.");

        [Fact]
        public void folded_variants_when_automatic_folding_is_off() =>
            Verifier().WithOption("editorial_lint.EDL0001.automatic", "false").Verify("US aid. U.S. aid.");

        [Fact]
        public void other_articles_when_across_articles_is_off() =>
            Verifier().WithOption("editorial_lint.EDL0001.across_articles", "false").VerifyCorpus(("a.txt", "US aid."), ("b.txt", "U.S. aid."));

        [Fact]
        public void the_seeds_look_alikes_in_the_real_articles()
        {
            var root = System.IO.Path.Combine(System.AppContext.BaseDirectory, "../../../../../seeds");
            var articles = System.IO.Directory.GetFiles(root, "*.txt").OrderBy(p => p, System.StringComparer.Ordinal)
                .Select(p => (System.IO.Path.GetFileName(p), System.IO.File.ReadAllText(p))).ToArray();
            var house = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "../rules/house-style.yml"));
            var findings = Verifier().WithRuleFile("rules/house-style.yml", house).Lint(articles).Where(f => f.RuleId == RuleIds.SpellingVariants).ToList();
            string At(Finding f) => articles.First(a => a.Item1 == f.Path).Item2.Substring(f.Span.Start, f.Span.Length);
            var flagged = findings.Select(f => f.Path[..3] + ":" + f.Location.Start.Line + ":" + At(f)).ToList();
            Assert.Contains(flagged, f => f.StartsWith("000:", System.StringComparison.Ordinal) && f.EndsWith(":Turkiye", System.StringComparison.Ordinal));
            Assert.Contains(flagged, f => f.StartsWith("002:", System.StringComparison.Ordinal) && f.EndsWith(":Defense Minister", System.StringComparison.Ordinal));
            Assert.Contains(flagged, f => f.EndsWith(":cross border", System.StringComparison.Ordinal));
            Assert.Contains(flagged, f => f.StartsWith("004:", System.StringComparison.Ordinal) && f.EndsWith(":Tehrik-e-Taliban", System.StringComparison.Ordinal));
            Assert.Contains(flagged, f => f.EndsWith("de escalation", System.StringComparison.Ordinal) || f.EndsWith("de-escalation", System.StringComparison.Ordinal));
            Assert.Contains(flagged, f => f.Contains("Stabili", System.StringComparison.Ordinal));
            Assert.Contains(flagged, f => f.EndsWith(":U.S.", System.StringComparison.Ordinal) || f.EndsWith(":US", System.StringComparison.Ordinal));
            foreach (var lookAlike in new[] { "Asif", "Asim", "UN", "Qatar", "Qatari", "Afghan", "Afghans", "Islamabad", "ISLAMABAD", "Iran" })
                Assert.DoesNotContain(flagged, f => f.EndsWith(":" + lookAlike, System.StringComparison.Ordinal));
        }
    }
}
