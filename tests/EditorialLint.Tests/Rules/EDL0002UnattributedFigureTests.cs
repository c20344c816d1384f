using System;
using System.Collections.Generic;
using System.Linq;
using EditorialLint.BuiltIn;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Testing;
using EditorialLint.Tests.Support;
using EditorialLint.Text;

namespace EditorialLint.Tests.Rules;

/// <summary>
/// EDL0002: a figure with no source in reach. A finding covers the figure as a reader sees it: approximator,
/// currency, number, scale and unit ("over 200", "Rs50bn", "7.5 per cent"), never the counted noun.
/// </summary>
public class EDL0002UnattributedFigureTests
{
    private static RuleVerifier Verifier() => new(new UnattributedFigureRule());

    /// <summary>The tier of each finding, in text order: the count and every severity in one comparison.</summary>
    private static void AssertTiers(IReadOnlyList<Finding> findings, params Severity[] expected) =>
        Assert.Equal(expected, findings.Select(f => f.Severity).ToArray());

    public class Reports
    {
        [Fact]
        public void an_approximated_count_with_no_source()
        {
            Verifier().Verify("The clashes left {|EDL0002:over 200|} militants dead. {|EDL0002:23|} soldiers were killed.");
        }

        [Fact]
        public void digits_with_separators_and_decimals()
        {
            Verifier().Verify("The camp now holds {|EDL0002:20,000|} families. Prices rose by {|EDL0002:1.5%|} in May.");
        }

        [Fact]
        public void money_in_every_notation()
        {
            Verifier().Verify("The province will receive {|EDL0002:Rs50bn|} in grants. It takes {|EDL0002:Rs1.2trn|} in loans. Donors give {|EDL0002:$3 billion|} in aid. Banks hold {|EDL0002:PKR 400 million|} in bonds. Britain sends {|EDL0002:£12m|}.");
        }

        [Fact]
        public void scale_words_including_crore_and_lakh()
        {
            Verifier().Verify("The scheme covers {|EDL0002:2.5 million|} homes. It reaches {|EDL0002:20 lakh|} farmers. It costs {|EDL0002:Rs 3 crore|}.");
        }

        [Fact]
        public void percentages_in_every_spelling()
        {
            Verifier().Verify("Exports fell {|EDL0002:7.5 per cent|}. Imports fell {|EDL0002:9 percent|}. Remittances fell {|EDL0002:4%|}.");
        }

        [Fact]
        public void ranges()
        {
            Verifier().Verify("The storm destroyed {|EDL0002:10-15|} villages. It flattened {|EDL0002:between 300 and 400|} homes.");
        }

        [Fact]
        public void number_words_and_collectives()
        {
            Verifier().Verify("The fire destroyed {|EDL0002:four thousand|} acres. {|EDL0002:Dozens of|} shops were looted. {|EDL0002:Hundreds of|} families fled.");
        }

        [Fact]
        public void a_dozen()
        {
            Verifier().Verify("Rescuers pulled {|EDL0002:a dozen|} bodies from the river.");
        }

        [Fact]
        public void every_approximator()
        {
            Verifier().Verify(
                "Floods displaced {|EDL0002:more than 500|} people. The fire burned {|EDL0002:at least 40|} houses. " +
                "The quake flattened {|EDL0002:nearly 90|} schools. The army deployed {|EDL0002:about 3,000|} troops. " +
                "The river swept away {|EDL0002:around 60|} cattle. The strike hit {|EDL0002:some 70|} factories. " +
                "The ferry carries {|EDL0002:up to 300|} passengers. The clinic treated {|EDL0002:fewer than 20|} patients. " +
                "The raid netted {|EDL0002:as many as 45|} suspects.");
        }

        [Fact]
        public void a_frame_in_a_one_sentence_paragraph_does_not_carry_to_the_next_paragraph()
        {
            Verifier().Verify("The official said rebels planned such blasts.\n\nOn Friday, attackers bombed a police car, wounding {|EDL0002:12|} officers.");
        }

        [Fact]
        public void an_inverted_verb_of_saying_followed_by_a_clause_is_a_frame_not_a_tag()
        {
            Verifier().Verify("Prices rose {|EDL0002:7%|} last year, but the governor said the economy grew 4% and said the outlook was good.");
        }

        [Fact]
        public void small_counts_of_people_and_things_and_small_measures_stated_as_news()
        {
            Verifier().Verify("Seats were ripped up and {|EDL0002:four|} people were ejected from the ground. The seats get signals from {|EDL0002:two|} antennas. At noon, {|EDL0002:four|} miles off the shore, the ship stopped.");
        }

        [Fact]
        public void a_headline_figure_that_the_second_paragraph_carries_only_from_the_sentence_before()
        {
            Verifier().Verify("{|EDL0002:Four|} cops injured in attack\n\n{|EDL0002:Four|} police personnel were injured in an attack on a station.\n\nOfficial sources said the attackers used grenades. The exchange of fire left four police officials injured.");
        }

        [Fact]
        public void background_figures_are_suggestions_that_say_so()
        {
            var findings = Verifier().Lint(
                ("a.txt", "The site is two kilometres from the interchange. Five camps will open in the city. Hundreds of tourists have arrived."),
                ("b.txt", "The match drew 33,000 fans to the stadium as the champions won the league title and the striker scored twice."));
            Assert.Equal(4, findings.Count);
            Assert.All(findings, f => Assert.Equal(Severity.Suggestion, f.Severity));
            Assert.All(findings, f => Assert.EndsWith("(background figure)", f.Message, StringComparison.Ordinal));
        }

        [Fact]
        public void the_warning_is_for_a_figure_whose_evidence_scores_as_a_claim()
        {
            // A count of things with no evidence either way is a suggestion, and so is a plain sum of money (the record of
            // a price or a deal), and so is a plan (a projection word alone); an estimate is a claim.
            var findings = Verifier().Lint(("a.txt",
                "The firm opened 40 shops in the city. The scheme will reach 40,000 homes by 2027. The repairs cost $3m. An estimated 5,000 shops were looted. " +
                "The new bridge will cost $5m."));
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Suggestion, Severity.Warning, Severity.Suggestion);
        }

        [Fact]
        public void an_agentless_forecast_counts_once_as_a_hedge_not_again_as_a_projection()
        {
            // "is expected" is a hedge (+2) and a projection word: counted once, an employer's hedged forecast of its own
            // headcount stays background; an agentless forecast of a toll stays a claim.
            var findings = Verifier().Lint(("a.txt",
                "The bank is expected to employ 2,000 people at the new centre. Turnout is expected to reach 60% in the city. " +
                "More than 40 people are expected to have died in the floods."));
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Warning);
        }

        [Fact]
        public void a_tally_beside_an_amount_or_a_count_of_shares_is_a_market_line()
        {
            var findings = Verifier().Lint(("a.txt",
                "The volume tally rose to 310 million shares on the exchange. The day's tally of trading reached Rs5bn. " +
                "The death tally rose to 45 in the district. Volumes stood at 1.22 billion shares against the previous tally of 968.3 million."));
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Warning, Severity.Suggestion);
            Assert.EndsWith("(routine figure)", findings[0].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_source_just_out_of_reach_lowers_the_tier_and_the_message_names_it()
        {
            // The source is in the paragraph before, about the same account (hospital, city): out of the definition's
            // reach, so still a finding, but one the message names: a count of people with a projection and an event's
            // toll drop to suggestions (the editor extends the source, there is no fact to chase); a toll measured over
            // time (an event word and a change) stays a warning. Every message points at the source.
            var findings = Verifier().Lint(
                ("a.txt", "The ministry said the new hospital in the city would open next month.\n\nThe hospital in the city will have 40 doctors.\n\n" +
                          "Police said the attack took place near the market on Monday night.\n\nFourteen people were injured in the market attack."),
                ("b.txt", "Officials said the attack on the market shocked the city.\n\nThe death toll of the market attack rose to 45 in the city."));
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Warning);
            Assert.Contains("the source may be 'ministry said' in the paragraph before; attribute this figure too", findings[0].Message, StringComparison.Ordinal);
            Assert.Contains("the source may be 'Police said' in the paragraph before; attribute this figure too", findings[1].Message, StringComparison.Ordinal);
            Assert.Contains("the source may be 'Officials said' in the paragraph before; attribute this figure too", findings[2].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_source_the_message_cannot_name_weighs_less_than_one_it_names()
        {
            // The same toll with a source for the same account four paragraphs up: too far for the message to point at,
            // so it weighs as a source just out of reach (-2) and the event's toll stays a warning; three paragraphs up
            // the message names it (-5) and the toll is a suggestion.
            var findings = Verifier().Lint(
                ("a.txt", "Police said the market attack injured people on Monday night.\n\nShops stayed shut.\n\nRoads were closed.\n\n" +
                          "Schools were closed.\n\nFourteen people were injured in the market attack."),
                ("b.txt", "Police said the market attack injured people on Monday night.\n\nShops stayed shut.\n\nRoads were closed.\n\n" +
                          "Fourteen people were injured in the market attack."));
            AssertTiers(findings, Severity.Warning, Severity.Suggestion);
            Assert.Contains("add who says so", findings[0].Message, StringComparison.Ordinal);
            Assert.Contains("the source may be 'Police said' three paragraphs earlier", findings[1].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_count_of_people_is_a_claim_when_something_says_what_happened_to_them()
        {
            // A plain count of people (a camp's children, a project's patients) is the record of an occasion: a
            // suggestion, and so is a plan for one. An event word or a change makes it a claim; a percentage is a claim by
            // its kind.
            var findings = Verifier().Lint(("a.txt",
                "The summer camp has 62 children from the city. A total of 430 patients had eye tests at the camp. " +
                "Fourteen children were injured in the blast. The camp will take 300 children next year. " +
                "The number of pupils rose to 8,000 in the district. Women make up 58% of the class."));
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Warning, Severity.Suggestion, Severity.Warning, Severity.Warning);
        }

        [Fact]
        public void a_projection_alone_is_a_plan_not_a_claim()
        {
            // A projection word (will, plans, aims) beside a figure with no other evidence states a plan, a target or a
            // budget's intent: a suggestion. A claim word or an event word beside it keeps a warning, and so does a hedge.
            var findings = Verifier().Lint(("a.txt",
                "The council will spend $3m on the new library. The club plans to plant 2,000 trees along the canal. " +
                "Unemployment will reach 12% by the spring. The heatwave could kill 300 people. The storm is thought to have cost $90m."));
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Warning, Severity.Warning, Severity.Warning);
        }

        [Fact]
        public void a_figure_on_a_court_record_is_a_suggestion()
        {
            // What a court, a judge or a jury did (an indictment, a remand) is on the court's record: the court words weigh
            // as much as the event word the case retells, so the figure is a suggestion. The same count with no court in
            // its sentence is a warning, so is one where the court is only the place, and a hedge beside the court words
            // keeps one.
            var findings = Verifier().Lint(
                ("a.txt", "The judge indicted three men over the killing of a shopkeeper."),
                ("b.txt", "The magistrate remanded 46 protesters arrested at the depot."),
                ("c.txt", "Three men were arrested over the killing of a shopkeeper."),
                ("d.txt", "Police arrested 12 protesters outside the high court."),
                ("e.txt", "The court will try the men over a fire that destroyed an estimated 40 homes."));
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Warning, Severity.Warning, Severity.Warning);
        }

        [Fact]
        public void a_desk_can_add_court_words()
        {
            // courtWords is data: a desk's figures rule file adds its own word for a court, and a figure beside it is a
            // suggestion too.
            var findings = Verifier().WithRuleFile("rules/figures.yml", "kind: figures\ncourtWords: [adalat]\n").Lint(
                ("a.txt", "The adalat heard the case of four traders arrested for hoarding flour."),
                ("b.txt", "Police arrested four traders for hoarding flour."));
            AssertTiers(findings, Severity.Suggestion, Severity.Warning);
        }

        [Fact]
        public void the_pointer_names_the_source_with_its_cue()
        {
            // The message quotes who gives the source: a name before the verb (past an auxiliary and an adverb), a name
            // after an inverted verb, a name a phrase governs; a participle is quoted alone, never with its object.
            var findings = Verifier().Lint(
                ("a.txt", "The Pakistan Medical Association has also said the city hospital will open next month.\n\nThe hospital in the city will have 40 doctors."),
                ("b.txt", "Builders finished the roof in May. The city hospital will open next month, said Dr Amina Khan.\n\nThe hospital in the city will have 40 doctors."),
                ("c.txt", "According to the Punjab Health Department, the city hospital will open next month.\n\nThe hospital in the city will have 40 doctors."),
                ("d.txt", "The board met on Monday, saying the city hospital will open next month.\n\nThe hospital in the city will have 40 doctors."));
            Assert.Equal(4, findings.Count);
            Assert.Contains("the source may be 'Pakistan Medical Association has also said' in the paragraph before", findings[0].Message, StringComparison.Ordinal);
            Assert.Contains("the source may be 'said Dr Amina Khan' in the paragraph before", findings[1].Message, StringComparison.Ordinal);
            Assert.Contains("the source may be 'According to the Punjab Health Department' in the paragraph before", findings[2].Message, StringComparison.Ordinal);
            Assert.Contains("the source may be 'saying' in the paragraph before", findings[3].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_source_about_another_account_or_a_hedged_figure_gets_no_pointer()
        {
            // The paragraph before speaks about something else (no two shared words); a sentence that hedges itself takes
            // no one's word.
            var findings = Verifier().Lint(
                ("a.txt", "Police said the road to the airport was closed on Monday.\n\nFourteen people were injured in the market attack."),
                ("b.txt", "Police said the attack took place near the market on Monday night.\n\nAn estimated 300 shops near the market were damaged in the attack."));
            Assert.Equal(2, findings.Count);
            Assert.All(findings, f => Assert.Contains("add who says so", f.Message, StringComparison.Ordinal));
        }

        [Fact]
        public void a_source_for_the_same_account_in_another_paragraph_lowers_the_tier_and_the_message_names_it()
        {
            // The ministry's sentence three paragraphs up speaks about the same account (the city hospital's doctors): a
            // projected count of people drops to a suggestion and the message points at the source. Further off, the
            // tier drops the same way, but the message gives the usual advice: in a long story a sentence a few words
            // alike is as likely about another part of it.
            var findings = Verifier().Lint(
                ("a.txt", "The ministry said the new city hospital would have doctors from next month.\n\nBuilding work went on through the winter.\n\n" +
                          "Roads to the site were repaired.\n\nThe hospital in the city will have 40 doctors."),
                ("b.txt", "The ministry said the new city hospital would have doctors from next month.\n\nBuilding work went on through the winter.\n\n" +
                          "Roads to the site were repaired.\n\nThe old clinic was closed.\n\nThe hospital in the city will have 40 doctors."));
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion);
            Assert.Contains("the source may be 'ministry said' three paragraphs earlier; attribute this figure too", findings[0].Message, StringComparison.Ordinal);
            Assert.Contains("add who says so", findings[1].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_toll_that_names_an_event_below_the_lede_is_background()
        {
            // Below the first two paragraphs, "the Paris attacks that killed 130 people" says which event is meant, as a
            // year would (a date may name it: "the July 25 crash in which"); in the lede the same words state the story's
            // news, and an unnamed event's toll is news anywhere.
            var findings = Verifier().Lint(
                ("a.txt", "Police raided a flat on Monday.\n\nOfficers searched the building for hours.\n\n" +
                          "The suspect is linked to the Paris attacks that killed 130 people.\n\nHe is linked to an attack that killed 14 people.\n\n" +
                          "Investigators met after the July 25 rail crash in which 113 people were killed."),
                ("b.txt", "The Paris attacks that killed 130 people shocked the city.\n\nOfficers searched the building for hours."));
            AssertTiers(findings, Severity.Suggestion, Severity.Warning, Severity.Suggestion, Severity.Warning);
            Assert.EndsWith("(background figure)", findings[0].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_ship_or_aircraft_complement_is_its_manifest()
        {
            // "with 239 passengers and crew": the operator's manifest, record data; a toll among them keeps its event word.
            var findings = Verifier().Lint(("a.txt",
                "The plane left the capital with 239 passengers and crew. Forty passengers were killed when the bus overturned."));
            AssertTiers(findings, Severity.Suggestion, Severity.Warning);
            Assert.EndsWith("(routine figure)", findings[0].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_statistic_measured_over_time_or_against_another_is_a_claim()
        {
            // A change verb right before the figure ("rose to") or a multiple after it ("twice the number") says someone
            // counted two values: a claim. A bare verb before a count may be transitive ("dropped 2 million leaflets"),
            // and a market line keeps its routine words ("shares").
            var findings = Verifier().Lint(("a.txt",
                "The county has 4,100 farms. The number of farms rose to 4,200 last year. The county counted 3,100 farms, twice the number of a decade ago. " +
                "Pilots dropped 2 million leaflets over the city. Trading volumes rose to 300 million shares. The club has 4,300 farms in a double-blind trial."));
            AssertTiers(findings, Severity.Suggestion, Severity.Warning, Severity.Warning, Severity.Suggestion, Severity.Suggestion, Severity.Suggestion);
        }

        [Fact]
        public void vote_tallies_and_attendance_are_public_records()
        {
            var findings = Verifier().Lint(("a.txt",
                "The bill was passed by 310 votes to 219 in the Commons. About 400 guests attended the dinner. An estimated 400 people were killed."));
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Warning);
            Assert.EndsWith("(routine figure)", findings[0].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_figure_the_article_stated_before_is_checked_where_it_was_first_stated()
        {
            var findings = Verifier().Lint(("a.txt",
                "Rescue work went on all night.\n\nThe floods caused damage worth $40m in the valley.\n\nThe $40m of damage shocked the valley. Another 12 people were injured."));
            AssertTiers(findings, Severity.Warning, Severity.Suggestion, Severity.Warning);
        }

        [Fact]
        public void people_counts_beside_an_event_word_are_not_background_and_a_measure_ties_with_it()
        {
            // A measure beside an event or claim word (-4 against +4) is a suggestion: a locator, no count to check.
            var findings = Verifier().Lint(("article.txt", "Four people were arrested at the ground. The blast destroyed a building two kilometres away. Damage reached 12 km of road."));
            Assert.Equal(3, findings.Count);
            AssertTiers(findings, Severity.Warning, Severity.Suggestion, Severity.Suggestion);
        }

        [Fact]
        public void an_order_of_magnitude_or_a_measure_ties_with_an_event_word_unless_hedged()
        {
            // Vague collectives and measures state no count anyone could check: a suggestion beside an event word. The same
            // event with an exact count, or the magnitude behind a hedge with no one behind it, stays a warning.
            var findings = Verifier().Lint(("a.txt",
                "Hundreds of relatives waited at the terminal after the crash. The storm flattened sheds three miles inland. " +
                "Dozens of kiosks were looted overnight. Forty kiosks were looted on the quay. " +
                "The flood damage is thought to run into billions of dollars."));
            Assert.Equal(5, findings.Count);
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Suggestion, Severity.Warning, Severity.Warning);
            Assert.EndsWith("(background figure)", findings[0].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_toll_below_the_third_paragraph_of_a_story_whose_headline_and_lede_name_no_toll_is_background()
        {
            // The same toll sentence: background in a story about a car park (its headline and lede name no toll), the
            // story's news where the headline names the toll, and a claim in the story's first paragraphs.
            const string toll = "The square lost trade after a lorry crash, which killed a driver and destroyed three shops.\n\n";
            var background = Verifier().Lint(("a.txt",
                "Traders ask for a car park\n\n" +
                "Traders in the old market asked the council on Monday for a car park beside the square.\n\n" +
                "The council will discuss the plan in the spring.\n\n" +
                toll));
            AssertTiers(background, Severity.Suggestion);
            Assert.EndsWith("(background figure)", background[0].Message, StringComparison.Ordinal);

            var news = Verifier().Lint(("b.txt",
                "Lorry crash kills driver in market\n\n" +
                "Traders in the old market asked the council on Monday for a car park beside the square.\n\n" +
                "The council will discuss the plan in the spring.\n\n" +
                toll));
            AssertTiers(news, Severity.Warning);

            var high = Verifier().Lint(("c.txt",
                "Traders ask for a car park\n\n" +
                "Traders in the old market asked the council on Monday for a car park beside the square.\n\n" +
                toll));
            AssertTiers(high, Severity.Warning);
        }

        [Fact]
        public void a_desk_names_its_own_toll_words_in_figures_data()
        {
            // "stampede" is no built-in toll word: the count below the lede stays a warning until tollWords names it.
            const string story = "Fair opens its new gate\n\n" +
                                 "The county fair opened a wider gate on Saturday for the summer crowds.\n\n" +
                                 "Stewards will guide visitors to the car parks.\n\n" +
                                 "After the stampede at the old gate, three stalls were destroyed.";
            AssertTiers(Verifier().Lint(("a.txt", story)), Severity.Warning);
            AssertTiers(Verifier().WithRuleFile("rules/figures.yml", "kind: figures\ntollWords: [stampede]\n").Lint(("a.txt", story)), Severity.Suggestion);
        }

        [Fact]
        public void a_paragraph_that_goes_on_with_the_account_the_lede_attributes_is_demoted_not_unflagged()
        {
            // The lede's statement is the account's source; a later paragraph with the same event and no cue of its own
            // is still unsourced (a finding) but a suggestion. A paragraph about another event stays a warning.
            var findings = Verifier().Lint(("a.txt",
                "Guards held at the dam\n\n" +
                "Border police arrested four guards at the dam on Monday, a police statement said.\n\n" +
                "The guards had crossed the river at night.\n\n" +
                "Two smugglers were also arrested at the depot.\n\n" +
                "Twelve farmers were evacuated from the valley."));
            AssertTiers(findings, Severity.Suggestion, Severity.Warning);
            Assert.EndsWith("(background figure)", findings[0].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void settled_history_is_background_even_beside_an_event_word()
        {
            // Undated: measured from the latest year the article names as a time (2015), not from a target ("by 2020").
            var findings = Verifier().Lint(("a.txt",
                "Police raided a flat in 2015. The suspect knew Dorn, who killed seven people in Lyon in 2012. " +
                "The firm lost $684bn in 2000 before its turnaround. Unemployment should reach four million by 2020."));
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Warning);
            Assert.EndsWith("(background figure)", findings[0].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_past_tense_sentence_goes_on_in_the_settled_history_of_the_sentence_before()
        {
            // Dated 2015: the sentence after "In 1988 …" has no time of its own and is in the past; one in the present
            // perfect speaks of the story's time.
            var findings = Verifier().Lint(("a.md",
                "---\ndate: 2015-06-01\n---\n" +
                "In 1988, a stage adaptation came to Broadway. It lasted a week and lost $7 million.\n\n" +
                "In 2012, the virus killed 300 people in the region. More than 500 cases have been confirmed in the city."));
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Warning);
            Assert.EndsWith("(background figure)", findings[0].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void the_actors_own_business_is_background_and_its_acts_of_force_are_claims()
        {
            // The actor is no source in either sentence; the act decides the tier.
            var findings = Verifier().Lint(("a.txt",
                "The brewer employs 77,000 people. Last month the company hired 200 engineers for its new plant. " +
                "The army killed 20 militants in the valley. The firm will shed 2,000 jobs in layoffs."));
            Assert.Equal(4, findings.Count);
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Warning, Severity.Warning);
            Assert.EndsWith("(background figure)", findings[1].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void an_event_word_with_an_everyday_sense_makes_a_claim_of_a_count_not_of_an_amount()
        {
            // "held" of a meeting, "registered" of a gain: the budget and the market line stay record data; a count of
            // people held is an event.
            var findings = Verifier().Lint(("a.txt",
                "The board approved a Rs2.7 billion budget at its meeting held on Tuesday. Gold prices registered a gain of $59 per ounce. " +
                "Police held 12 suspects after the raid."));
            Assert.Equal(3, findings.Count);
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Warning);
        }

        [Fact]
        public void a_count_whose_noun_is_written_as_a_routine_word_and_prizes_growth_and_specifications_are_record_data()
        {
            // "cents" is the lemma "cent" as the extractor gives it: the noun as written is the routine word.
            var findings = Verifier().Lint(("a.txt",
                "Electricity costs 15 cents per kWh. At each round $50,000 in prize money is on offer. " +
                "The economy saw 0.2% GDP growth in the quarter. The plant has a capacity of 460 MW."));
            Assert.Equal(4, findings.Count);
            Assert.All(findings, f => Assert.EndsWith("(routine figure)", f.Message, StringComparison.Ordinal));
        }

        [Fact]
        public void the_parts_of_a_routine_count_are_routine_too()
        {
            var findings = Verifier().Lint(("a.txt",
                "Of the 478 companies active on the day, 217 closed in green, 208 in red, while 53 remained unchanged."));
            Assert.EndsWith("(routine figure)", Assert.Single(findings).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_crowd_counted_is_a_claim_and_orders_of_magnitude_are_background()
        {
            // An order of magnitude ties with a crowd word (-4 against +4): "thousands of people joined" is a suggestion,
            // while a crowd given as a count is a claim.
            var findings = Verifier().Lint(("a.txt",
                "Thousands of people joined the protest outside the court. Hundreds of strikers marched in Cardiff. " +
                "Hundreds of tourists have arrived in the valley. Hundreds of cars were parked on the verge. " +
                "A crowd of 4,000 strikers marched in Newport."));
            Assert.Equal(5, findings.Count);
            AssertTiers(findings, Severity.Suggestion, Severity.Suggestion, Severity.Suggestion, Severity.Suggestion, Severity.Warning);
        }

        [Fact]
        public void last_years_figures_a_cumulative_span_and_the_story_time_are_not_history()
        {
            // Dated 2005: 2004's annual figures are news; "since 2001" still grows; "on Monday" is the story's own time;
            // "founded in 1995" describes the firm, not the time of its loss.
            var findings = Verifier().Lint(("a.md",
                "---\ndate: 2005-02-01\n---\n" +
                "The Chilean economy grew by 8.1% in 2004. Since 2001, the airline has cut 13,000 jobs. " +
                "On Monday the 2001 champions lost 70% of their value. The firm, founded in 1995, lost $5m to fraud."));
            Assert.Equal(4, findings.Count);
            Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        }

        [Fact]
        public void background_figures_can_be_warnings_or_off()
        {
            const string Text = "The site is two kilometres from the interchange.";
            Assert.Equal(Severity.Warning, Assert.Single(Verifier().WithOption("editorial_lint.EDL0002.background_figures", "warning").Lint(("article.txt", Text))).Severity);
            Assert.Empty(Verifier().WithOption("editorial_lint.EDL0002.background_figures", "none").Lint(("article.txt", Text)));
        }

        [Fact]
        public void measures_written_as_hyphenated_modifiers()
        {
            Verifier().Verify("A twister with {|EDL0002:200|}-mph winds hit the town. The group bought the {|EDL0002:20,000|}-square-foot building. He cut the evidence to a {|EDL0002:100|}-page script.");
        }

        [Fact]
        public void large_counts_after_the_or_a_possessive_and_counts_after_of()
        {
            Verifier().Verify("Police obtained blueprints of the {|EDL0002:1,100|} schools. Delphi's {|EDL0002:200,000|} employees include many members. Bodies of {|EDL0002:two|} unidentified men were found.");
        }

        [Fact]
        public void an_event_word_a_few_words_before_and_names_between_the_count_and_its_event()
        {
            Verifier().Verify("Conte, who has been charged along with {|EDL0002:three|} other men, is due to face trial. Officials met. {|EDL0002:Two|} people, Omar Latif and Karim Nasser, have been charged.");
        }

        [Fact]
        public void a_sentence_with_figures_of_its_own_does_not_source_the_one_before()
        {
            Verifier().Verify("The worst-hit areas are on the coast, with {|EDL0002:at least 23,000|} people killed. First estimates by the World Bank put the aid needed at about $5bn.");
        }

        [Fact]
        public void a_relative_clause_after_a_tag_describes_the_agent_not_the_content()
        {
            Verifier().Verify("“The warming is undeniable,” said Michael Ledbetter of the foundation, which funded the study, co-authored by {|EDL0002:11|} climatologists.");
        }

        [Fact]
        public void people_outside_the_play_in_a_match_report()
        {
            Verifier().Verify("The league champions won the cup final at the stadium as the striker scored. Seats were ripped up and {|EDL0002:four|} people were ejected from the ground.");
        }

        [Fact]
        public void a_definite_count_that_refers_back_to_a_part_of_a_set_is_the_earlier_one_only()
        {
            Verifier().Verify("Officials said little. {|EDL0002:12|} of the 15 provinces reported cases on Monday. Of the 12 provinces that reported cases, most lie in the north.");
        }

        [Fact]
        public void a_count_of_notes_is_a_count_and_a_sum_paid_is_a_sum()
        {
            Verifier().Verify("Police seized {|EDL0002:300|} counterfeit notes at the border. The firm paid {|EDL0002:Rs2m|} in notes and coins. The tax was cut to {|EDL0002:Rs1,000|}, and stamp duty was capped. Officials opened {|EDL0002:over Rs3.6m|} corruption case files. Judges threw out a {|EDL0002:$280bn|} case against the firms.");
        }

        [Fact]
        public void people_shot_in_a_match_report_and_a_crowd_after_a_record_word()
        {
            Verifier().Verify("The league champions won the cup final at the stadium as the striker scored. Outside the ground {|EDL0002:two|} fans were shot and wounded. The final drew a best {|EDL0002:250,000|} spectators.");
        }

        [Fact]
        public void attributive_and_reduced_passive_hedges_and_unnamed_data_do_not_borrow_a_neighbours_source()
        {
            Verifier().Verify("The chairman said the rate was cut by half. The estimated benefit is a mere {|EDL0002:Rs2 billion|}. Analysts said demand was weak. Figures show that only {|EDL0002:eight|} people per thousand own cars. The study was small, the authors said. The yearly risk was small, estimated to be {|EDL0002:23 to 46|} per million users.");
        }

        [Fact]
        public void the_actor_of_an_action_is_not_a_source()
        {
            Verifier().Verify("Police arrested {|EDL0002:40|} people after the protest.");
        }

        [Fact]
        public void hedges_with_no_one_behind_them()
        {
            Verifier().Verify("{|EDL0002:An estimated 5,000|} people attended. The project is expected to cost {|EDL0002:Rs80bn|}. The gang reportedly stole {|EDL0002:$2m|}.");
        }

        [Fact]
        public void a_source_for_a_different_claim_in_the_same_sentence()
        {
            Verifier().Verify("Exports rose 9%, according to the bureau; imports, which had stalled for a year, fell {|EDL0002:45%|}.");
        }

        [Fact]
        public void a_hedged_sentence_does_not_borrow_its_neighbours_source()
        {
            Verifier().Verify("The federations plan 60 events, according to their calendars. It has been learnt that {|EDL0002:45|} federations have filed no calendar.");
        }

        [Fact]
        public void a_quotation_tag_speaks_only_for_its_quotation()
        {
            Verifier().Verify("“There is no crisis,” he said. {|EDL0002:Some 350|} films will be screened at the festival.");
        }

        [Fact]
        public void a_source_in_another_paragraph_does_not_reach()
        {
            Verifier().Verify("The ministry issued a statement on Monday, officials said. It was short.\n\nThe floods destroyed {|EDL0002:1,200|} homes.");
        }

        [Fact]
        public void a_headline_without_a_source()
        {
            Verifier().Verify("Floods destroy {|EDL0002:1,200|} homes in Swat\n\nHeavy rain continued on Monday.");
        }

        [Fact]
        public void a_headline_figure_under_a_lede_whose_source_speaks_of_something_else()
        {
            Verifier().Verify("{|EDL0002:Three|} killed as roof collapses in Lahore\n\nRescue 1122 officials said the roof of an old house caved in after heavy rain.");
        }

        [Fact]
        public void an_unnamed_study_is_not_a_source()
        {
            Verifier().Verify("A study found that {|EDL0002:62%|} of pupils lack books.");
        }

        [Fact]
        public void a_run_of_figures_in_one_sentence_is_one_finding_that_lists_them()
        {
            var findings = Verifier().Lint(("article.txt", "The floods destroyed Rs50bn in crops, Rs1.2trn in homes and £12m in roads."));
            var finding = Assert.Single(findings);
            Assert.Equal("'Rs50bn', 'Rs1.2trn' and '£12m' are stated as fact, but nothing in reach says who gives them: add who says so, e.g. '…, police said' or 'according to the ministry'", finding.Message);
            Assert.Equal(2, finding.Related.Count);
            Assert.Equal(Severity.Warning, finding.Severity);
        }

        [Fact]
        public void the_message_says_what_to_do()
        {
            var finding = Assert.Single(Verifier().Lint(("article.txt", "Police arrested 40 people after the protest.")));
            Assert.Contains("add who says so", finding.Message);
        }

        [Fact]
        public void small_counts_of_people_an_event_affects()
        {
            Verifier().Verify(
                "{|EDL0002:Three|} persons were killed in the blast. The gunmen killed {|EDL0002:four|} policemen. " +
                "{|EDL0002:Two|} suspects were arrested at the scene. {|EDL0002:A dozen|} houses collapsed and five were damaged.");
        }

        [Fact]
        public void a_small_count_an_event_affects_even_after_the()
        {
            Verifier().Verify("The {|EDL0002:23|} soldiers killed in the attack were buried on Monday.");
        }

        [Fact]
        public void a_figure_in_the_subject_of_a_reporting_frame_is_another_claim()
        {
            Verifier().Verify("The minister, who inaugurated {|EDL0002:12|} schools on Monday, said education was a priority.");
        }

        [Fact]
        public void the_addressee_of_a_verb_of_telling_is_not_its_content()
        {
            Verifier().Verify("She told an audience of {|EDL0002:500,000|} that the country would be free.");
        }

        [Fact]
        public void routine_figures_are_suggestions()
        {
            var finding = Assert.Single(Verifier().Lint(("article.txt", "The KSE-100 index closed at 120,500 points, up 1.2% on the day.")));
            Assert.Equal(Severity.Suggestion, finding.Severity);
        }

        [Fact]
        public void a_teaser_of_another_story_is_in_the_routine_tier()
        {
            var findings = Verifier().Lint(("article.txt", "Rain lashed the city on Monday.\n\nAt least 14 people were injured when a roof collapsed in..."));
            Assert.Equal(Severity.Suggestion, Assert.Single(findings).Severity);
        }

        [Fact]
        public void routine_figures_can_be_warnings_or_off()
        {
            const string Text = "Gold traded at Rs350,000 per tola in the open market.";
            Assert.Equal(Severity.Warning, Assert.Single(Verifier().WithOption("editorial_lint.EDL0002.routine_figures", "warning").Lint(("article.txt", Text))).Severity);
            Assert.Empty(Verifier().WithOption("editorial_lint.EDL0002.routine_figures", "none").Lint(("article.txt", Text)));
        }

        [Fact]
        public void auction_results_and_market_moves_are_routine()
        {
            var findings = Verifier().Lint(("article.txt", "The central bank accepted Rs187bn in the auction, setting the cut-off rate at 12.1%. Gold fell by Rs1,500 per tola and the rupee gained 10 paisa."));
            Assert.Equal(2, findings.Count);
            Assert.All(findings, f => Assert.Equal(Severity.Suggestion, f.Severity));
        }

        [Fact]
        public void a_share_price_move_and_a_held_interest_rate_are_routine()
        {
            // "lost 2.4 percent" is a price move; a loss is record data too, but fraud behind an amount makes it a claim.
            var findings = Verifier().Lint(("article.txt",
                "Chevron, down 2.3 percent at $97.41, was the largest drag on the Dow. The stock of Ford lost 2.4 percent on the New York Stock Exchange. " +
                "The Bank has kept its interest rate on hold at 4.25% for three months. Fraud at the firm cost investors $5m on the stock exchange."));
            Assert.Equal(4, findings.Count);
            Assert.All(findings.Take(3), f => Assert.Equal(Severity.Suggestion, f.Severity));
            Assert.Equal(Severity.Warning, findings[3].Severity);
        }

        [Fact]
        public void a_share_price_in_pence_is_routine()
        {
            var finding = Assert.Single(Verifier().Lint(("article.txt", "BT shares ended up four pence at 274.5 pence.")));
            Assert.Equal(Severity.Suggestion, finding.Severity);
        }

        [Fact]
        public void a_hyphenated_routine_term_is_matched_as_the_same_term_in_a_rule_file()
        {
            // figures.yml lists "T-bills" as routine evidence; the tokenizer splits it at the hyphen, so the former
            // word-by-word lookup never saw it. Routine phrases now go through the one term matcher.
            var finding = Assert.Single(Verifier().Lint(("article.txt", "Yields on six-month T-bills rose to 10.95% this week.")));
            Assert.Equal(Severity.Suggestion, finding.Severity);
        }

        [Fact]
        public void a_number_after_a_list_of_names_starts_a_count()
        {
            Verifier().Verify("The blast hit Sector 7, {|EDL0002:12|} people were killed.");
        }

        [Fact]
        public void a_routine_word_does_not_hide_a_contested_claim()
        {
            var finding = Assert.Single(Verifier().Lint(("article.txt", "The scam caused losses of Rs5bn, with Rs2bn allocated for the budget head.")));
            Assert.Equal(Severity.Warning, finding.Severity);
        }

        [Theory]
        [InlineData("The sales tax on sugar was raised to 18% this year.")]
        [InlineData("Good quality rugs are priced at Rs850 per metre.")]
        [InlineData("The bank cut its interest rate from 22% to 12% over the year.")]
        [InlineData("Net income in the last quarter was $98m, against $60m a year earlier.")]
        [InlineData("The film grossed $45m at the box office in its opening weekend.")]
        [InlineData("Salaries will rise by 10% and pensions by 7% next year.")]
        [InlineData("Qatar and Shell signed a $6bn gas deal on Monday.")]
        [InlineData("The assembly's expenses will increase to Rs6.2 billion in the new fiscal year.")]
        [InlineData("The index fell 813 points as inflation dampened sentiment.")]
        [InlineData("The KSE-100 index lost 500 points in early trade.")]
        [InlineData("The subsidiary's quarterly loss widened to $5m.")]
        [InlineData("Textile exports grew by 48% in May.")]
        [InlineData("Billboard fees rose from Rs5 to Rs15 per square foot.")]
        [InlineData("The surplus fell to $1.88 billion against a $1.33 billion deficit a year earlier.")]
        [InlineData("A sculpture by the artist was purchased for $40 million.")]
        [InlineData("The State Bank's reserves climbed by $70 million in the week.")]
        [InlineData("Currency in circulation surged 5.3% MoM.")]
        [InlineData("The government set a growth target of 4.2% for next year.")]
        [InlineData("The benchmark index ranged between 121,890 and 122,903 levels during the day.")]
        [InlineData("The court imposed a fine of Rs8,599,938 on the broker.")]
        [InlineData("The World Bank approved a soft loan of $700 million for the project.")]
        [InlineData("Shares of 475 companies were traded on the day.")]
        public void record_data_is_routine_prices_rates_taxes_budget_lines_company_results_deals_box_office(string text)
        {
            // Record data: numbers published as routine records (a price, a rate, a tax, a budget line, a company's
            // results, a deal's value, a box-office gross, a market move). Inflation and a loss are records too; what
            // makes a loss a claim is damage, theft or fraud, which are claim words.
            var finding = Assert.Single(Verifier().Lint(("article.txt", text)));
            Assert.Equal(Severity.Suggestion, finding.Severity);
            Assert.EndsWith("(routine figure)", finding.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Revenues are projected to rise to Rs18 trillion next year.")]
        [InlineData("Prices are forecast to rise by 12% next year.")]
        [InlineData("A crowd of 50,000 gathered as ticket prices fell.")]
        [InlineData("Tax evasion cost the exchequer Rs550bn last year.")]
        [InlineData("The mortality rate reached 12% in the district.")]
        [InlineData("The overall budget shortfall is thought to be more than 10%.")]
        public void a_claim_outweighs_record_evidence_projections_forecasts_crowds_contested_totals(string text)
        {
            var finding = Assert.Single(Verifier().Lint(("article.txt", text)));
            Assert.Equal(Severity.Warning, finding.Severity);
        }

        [Fact]
        public void a_trailing_digest_of_other_stories_is_in_the_routine_tier()
        {
            // The unpunctuated one-line paragraphs under a web article are the headlines and decks of other stories.
            const string Digest = "Opposition walks out of the house\n\nCourt adjourns hearing till July 2\n\n" +
                "Till Thursday, 67 opposition members have spoken in the debate\n\nCamps organised across the province, with more on the way...\n\n" +
                "Copyright \u00A9 2025. The Paper, All Rights Reserved";
            var findings = Verifier().Lint(("article.txt", "Budget debate goes on\n\nThe house met on Monday. The speaker was absent.\n\n" + Digest));
            Assert.Equal(Severity.Suggestion, Assert.Single(findings).Severity);
        }

        [Fact]
        public void a_headline_figure_the_story_states_again_is_in_the_routine_tier()
        {
            // The story's own statement of the figure carries the warning; the headline restates it.
            var findings = Verifier().Lint(("article.txt", "2 killed as lightning hits granite quarry\n\nTwo labourers were killed when lightning struck a granite quarry on Monday."));
            Assert.Equal(2, findings.Count);
            Assert.Equal(Severity.Suggestion, findings.Single(f => f.Span.Start == 0).Severity);
            Assert.Equal(Severity.Warning, findings.Single(f => f.Span.Start > 0).Severity);
        }

        [Fact]
        public void a_subhead_figure_the_story_states_again_is_in_the_routine_tier()
        {
            const string Text = "Crime report\n\nThe city saw a quiet week.\n\nTwo found dead\n\nTwo men were found dead in a canal on Monday.";
            var subhead = Text.IndexOf("Two found", StringComparison.Ordinal);
            var findings = Verifier().Lint(("article.txt", Text));
            Assert.Equal(2, findings.Count);
            Assert.Equal(Severity.Suggestion, findings.Single(f => f.Span.Start == subhead).Severity);
            Assert.Equal(Severity.Warning, findings.Single(f => f.Span.Start > subhead).Severity);
        }

        [Fact]
        public void a_headline_figure_the_story_does_not_state_is_a_warning()
        {
            var findings = Verifier().Lint(("article.txt", "2 killed as lightning hits granite quarry\n\nLightning struck a granite quarry on Monday. Rescue teams reached the site."));
            Assert.Equal(Severity.Warning, Assert.Single(findings).Severity);
        }

        [Fact]
        public void in_record_copy_a_table_running_on_without_its_heading_is_routine_but_a_claim_is_not()
        {
            // A price report: most sentences with amounts show record evidence, so the amounts of a sentence that
            // does not repeat it are record data too; a theft in the same copy stays a warning.
            var findings = Verifier().Lint(("article.txt", "Sugar prices rose by 2% in the week. Tea prices rose by 1%. Ghee prices rose 0.5%. " +
                "Rice dropped by 0.05%, and diesel by 0.02%. Wheat worth Rs5m was stolen from the depot."));
            Assert.Equal(5, findings.Count);
            Assert.Equal(Severity.Suggestion, findings.Single(f => f.Message.Contains("'0.05%'", StringComparison.Ordinal)).Severity);
            Assert.Equal(Severity.Warning, findings.Single(f => f.Message.Contains("'Rs5m'", StringComparison.Ordinal)).Severity);
        }

        [Fact]
        public void outside_record_copy_an_amount_needs_record_evidence_of_its_own()
        {
            var findings = Verifier().Lint(("article.txt", "Sugar prices rose by 2% in the week. Rice dropped by 0.05%, and diesel by 0.02%. The dam holds 30% less water."));
            Assert.Equal(Severity.Warning, findings.Single(f => f.Message.Contains("'0.05%'", StringComparison.Ordinal)).Severity);
        }

        [Fact]
        public void a_closing_line_without_punctuation_is_no_digest()
        {
            var findings = Verifier().Lint(("article.txt", "Budget debate goes on\n\nThe house met on Monday. The speaker was absent.\n\n" +
                "Till Thursday, 67 opposition members have spoken in the debate\n\nWith input from APP"));
            // Not a digest (routine): a plain count of people with nothing said about what happened to them is background.
            Assert.EndsWith("(background figure)", Assert.Single(findings).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_cue_word_used_as_a_noun_or_inside_a_name_is_no_cue()
        {
            Verifier().Verify("Militants of Islamic State killed {|EDL0002:17|} people in the attack. Inflation could climb to {|EDL0002:14%|} against a previous estimate. The whitest state in the nation has {|EDL0002:60|} adopted children.");
        }

        [Fact]
        public void a_frame_that_reports_an_act_does_not_reach_the_next_sentence()
        {
            Verifier().Verify("The tribe announced a partnership with a hotel chain. The resort will employ {|EDL0002:350|} people.");
        }

        [Fact]
        public void a_figure_inside_the_source_of_according_to_is_another_claim()
        {
            Verifier().Verify("According to a study by {|EDL0002:2,500|} scientists, sea levels have risen by 20 centimetres.");
        }

        [Fact]
        public void a_contrast_ends_a_frame_with_an_object()
        {
            Verifier().Verify("Clinton proposed $100 million for salmon, but Congress approved just {|EDL0002:$58 million|} for the effort.");
        }

        [Fact]
        public void the_actor_of_a_participle_is_not_its_source()
        {
            Verifier().Verify("The town was hit by gunmen claiming allegiance to a militant group who killed {|EDL0002:17|} people.");
        }

        [Fact]
        public void an_agentless_passive_with_an_adverb_or_in_headlinese()
        {
            Verifier().Verify("Province expected to receive {|EDL0002:Rs70b|} from federal revenues\n\nThe province will present its budget next week.\n\nExperts say the disorder is common in children. It is now said to affect {|EDL0002:3 percent|} of adults.");
        }

        [Fact]
        public void an_aside_between_a_small_count_and_its_event()
        {
            Verifier().Verify("{|EDL0002:At least four|} people, including two girls, were injured in the fire. The mob left {|EDL0002:three|} officers - Razaq, Yaqoob and Owais - injured. {|EDL0002:Two|} men were indicted for murder. {|EDL0002:At least three|} men were taken into custody.");
        }

        [Fact]
        public void a_document_named_as_a_point_in_time_is_no_source()
        {
            Verifier().Verify("Wheat flour prices rose by {|EDL0002:12 percent|} after the PBS report.");
        }

        [Fact]
        public void a_lower_minimum_value_makes_small_counts_figures()
        {
            Verifier().WithOption("editorial_lint.EDL0002.min_value", "2").Verify("Gunmen killed {|EDL0002:five|} people.");
        }

        [Fact]
        public void a_count_whose_event_follows_a_long_dash_aside_of_names()
        {
            Verifier().Verify("From one side, {|EDL0002:four|} individuals — Imran (son of Nadir), Asif (son of Sardar), Salim (son of Gul Baz), and later Sabir (son of Muhammad Daud) — were killed in the clash.");
        }

        [Fact]
        public void a_verb_of_comment_with_on_takes_a_topic_not_a_content()
        {
            Verifier().Verify("The prime minister was commenting on the unlawful detention of {|EDL0002:11|} people for the attacks.");
        }
}

    public class Scaling
    {
        // A long article whose cue sentences share no words with its tolls: the search for a source elsewhere in the
        // article must not compare every figure with every paragraph (4,000 such paragraphs took 18 s of CLI time that way).
        private static long SourceComparisons(int paragraphs)
        {
            var text = new System.Text.StringBuilder("Town report\n\n");
            for (var i = 0; i < paragraphs; i++)
            {
                text.Append("Residents of Town").Append(i).Append(" said the weather was cold on market day.\n\n");
                text.Append("Floods killed ").Append(100 + i).Append(" people in Quarter").Append(i).Append(" on Tuesday.\n\n");
            }

            var rule = new UnattributedFigureRule();
            new RuleVerifier(rule).Lint(("a.txt", text.ToString()));
            return rule.SourceComparisons;
        }

        [Fact]
        public void the_search_for_a_source_elsewhere_is_linear_in_the_article() =>
            LinearGrowth.Assert(SourceComparisons, 500, "paragraphs");
    }

    /// <summary>The figure side: what is and is not a figure, beyond the vocabularies.</summary>
    public class WhatIsAFigure
    {
        [Fact]
        public void a_number_inside_an_open_conditional_clause_is_hypothetical()
        {
            // The "if" clause runs to its comma; the main clause after it asserts.
            Verifier().Verify(
                "Wages\n\n" +
                "If the minimum wage rises to £6 an hour many small firms will struggle.\n\n" +
                "If approved, the scheme will cost {|EDL0002:£40m|} a year.");
        }

        [Fact]
        public void the_unit_a_price_is_quoted_for_is_a_denominator()
        {
            Verifier().Verify("Gold\n\nThe price of 10-gram gold decreased by {|EDL0002:Rs1,200|} on Friday.");
        }

        [Fact]
        public void a_multiple_or_a_rate_is_a_ratio_at_any_size()
        {
            // "two times" alone counts occasions; a multiple ("times more likely", "times the size") or a rate ("times a
            // week") is a ratio.
            Verifier().Verify(
                "Searches\n\n" +
                "Drivers were {|EDL0002:1.9|} times more likely to get stopped and checked.\n\n" +
                "The banking market is {|EDL0002:three|} times the size of its neighbour's.\n\n" +
                "He has visited the city two times.");
        }

        [Fact]
        public void an_earthquake_magnitude_is_a_measure()
        {
            Verifier().Verify("Quake\n\nThe tremor, which had a magnitude measured at {|EDL0002:7.4|}, shook the town.");
        }

        [Fact]
        public void a_vote_split_is_a_figure()
        {
            Verifier().Verify(
                "Appeal\n\n" +
                "The appeal court rejected the claim in a {|EDL0002:2-1|} decision.\n\n" +
                "The advisory panel voted {|EDL0002:6-2|} that the drug should be approved.");
        }

        [Fact]
        public void a_crowd_sized_count_in_sports_copy_is_no_match_record()
        {
            // A match report's counts are records, but not an audience of millions; "the 5,000m" is a race, not five billion.
            Verifier().Verify(
                "League\n\n" +
                "The league is the most watched football competition and its TV audience is {|EDL0002:4.7 billion|}.\n\n" +
                "The striker scored 12 goals this season and the coach praised the squad before the cup match at the stadium.\n\n" +
                "The athlete won the 5,000m final.");
        }

        [Fact]
        public void how_often_a_record_was_set_is_a_competition_record()
        {
            Verifier().Verify(
                "Cup\n\n" +
                "Rivertown, winners of the County Shield a record 17 times, beat Lakeside in the final.\n\n" +
                "The club sold {|EDL0002:17,000|} tickets.");
        }

        [Fact]
        public void digits_and_a_capitalised_possessive_are_one_name()
        {
            Verifier().Verify("Split in 50 Cent's crew\n\nThe label sold {|EDL0002:50|} albums a minute.");
        }

        [Fact]
        public void an_age_people_must_be_is_an_age()
        {
            // The people may stand a few words before the modal.
            Verifier().Verify(
                "Voting\n\n" +
                "Today candidates in both town and county races must be 25 while the voting age is lower.\n\n" +
                "The reform would add {|EDL0002:25|} polling stations.");
        }

        [Fact]
        public void test_matches_capitalised_are_a_competition_record()
        {
            // "Tests" capitalised inside a sentence is the cricket match; "tests" in lower case still count.
            Verifier().Verify(
                "Cricket\n\n" +
                "Earlier, Malan was lucky to complete his fourth hundred in 29 Tests.\n\n" +
                "The laboratory ran {|EDL0002:29|} tests on the samples.");
        }

        [Fact]
        public void an_age_after_be_and_a_degree_adverb_is_an_age()
        {
            Verifier().Verify(
                "Pianist\n\n" +
                "His father died in an air crash in 1953 when he was only 31 and at the height of his fame.\n\n" +
                "The crash killed {|EDL0002:31|} passengers.");
        }
    }

    public class BuiltInData
    {
        [Fact]
        public void the_embedded_attribution_and_figures_files_load_through_the_rule_file_kinds_without_errors()
        {
            Assert.Empty(BuiltInTerms.Errors);
            Assert.Contains("say said", BuiltInTerms.Attribution.Cues.CueVerbs);
            Assert.Contains("killed", BuiltInTerms.Figures.EventWords);
        }

        [Fact]
        public void cue_verbs_given_by_lemma_get_their_regular_and_irregular_forms()
        {
            var forms = AttributionVocabulary.Set();
            AttributionVocabulary.AddForms(forms, "say said");
            AttributionVocabulary.AddForms(forms, "note");
            AttributionVocabulary.AddForms(forms, "testify testified");
            Assert.Equal(new[] { "note", "noted", "notes", "noting", "said", "say", "saying", "says", "testified", "testifies", "testify", "testifying" }, forms.OrderBy(f => f, StringComparer.Ordinal));
        }
    }

    public class Ignores
    {
        [Fact]
        public void a_parents_children_in_a_sentence_about_an_event()
        {
            Verifier().Verify("Headline over the story\n\nA mother of five was shot dead by masked gunmen on Tuesday. {|EDL0002:Three|} men were arrested.\n\n" +
                "The father of {|EDL0002:two|} children, who died after falling from a swing, blamed the city.\n\n" +
                "Relatives of a shopkeeper and father of three who was killed in the robbery held his funeral on Friday.");
        }

        [Fact]
        public void a_count_whose_names_follow_in_a_list_of_as_many()
        {
            Verifier().Verify(
                "Headline over the story\n\n" +
                "But two senators voted against the bill: Connie Mack of Florida and John Chafee of Rhode Island.\n\n" +
                "This year two former allies -- the Czech Republic and Poland -- introduced the resolution.\n\n" +
                "{|EDL0002:Two|} suspects were arrested: Ali and Khan.");
        }

        [Fact]
        public void a_street_address_with_a_direction_or_a_numbered_street()
        {
            Verifier().Verify("The records are kept in the depot at 521 W. 43rd St., near 10th Avenue. The office at 350 Fifth Avenue opened {|EDL0002:12|} branches.");
        }

        [Fact]
        public void a_name_with_of_before_its_number()
        {
            Verifier().Verify("The crisis will dominate a meeting of the Group of 20 nations that opens on Sunday.");
        }

        [Fact]
        public void list_numbering_without_its_stop_in_a_run_of_paragraphs()
        {
            Verifier().Verify("What fuels inflation\n\n26 Spending in the city reached {|EDL0002:£51m|}.\n\n27 Spending between clubs stood at {|EDL0002:£91.5m|}.\n\n{|EDL0002:26|} factories closed in the city.");
        }

        [Fact]
        public void a_duration_modifier_written_without_its_hyphen_and_a_parents_children()
        {
            Verifier().Verify("The 88 minute film will see the singer talk about his career. She was the mother of two teenagers when she left for Ethiopia.");
        }

        [Fact]
        public void a_number_in_a_short_question_and_a_standard_named_by_letter_and_stop()
        {
            // A long question still asserts what its clauses say.
            Verifier().Verify("\"Do you scan only the top layer of a page? Three layers? Ten?\" she asked. The codec plays H.264 video. " +
                              "Why was the state, which has {|EDL0002:more than 200|} warplanes, allowed by its allies to launch a strike on its neighbour?");
        }

        [Fact]
        public void the_first_day_of_a_range_whose_month_follows_and_a_warning_whose_clause_opens_with_a_pronoun()
        {
            Verifier().Verify("A final vote could come on 16 or 17 March. Last month, the firm warned it could move as many as 7,000 jobs abroad.");
        }

        [Fact]
        public void the_items_of_a_list_of_numbered_names()
        {
            Verifier().Verify("Police registered a case under Sections 392, 376, 34 and 505 of the Pakistan Penal Code.");
        }

        [Fact]
        public void a_quotation_tagged_with_a_verb_of_reminding()
        {
            Verifier().Verify("\"People below 50 may not remember,\" the historian reminds readers.");
        }

        [Fact]
        public void dates_years_decades_and_times()
        {
            Verifier().Verify("The ceasefire of October 19 held until May 2025. Since 2021, and since the 1990s, talks start at 10:30 and 9am.");
        }

        [Fact]
        public void durations()
        {
            Verifier().Verify("The country suffered two decades of war, and the talks lasted 18 months and several weeks.");
        }

        [Fact]
        public void ages_of_named_people()
        {
            Verifier().Verify("Abaoud, 27, was killed in the raid. A 34-year-old man and a woman aged 45 were arrested.");
        }

        [Fact]
        public void ordinals()
        {
            Verifier().Verify("The 51st session of the assembly opened on the 3rd floor.");
        }

        [Fact]
        public void numbers_inside_names_and_identifiers()
        {
            Verifier().Verify("Asif told France 24 that the G20, F-16 jets, COVID-19, Article 245, Section 144, flight AI171 and PM2.5 levels were discussed.");
        }

        [Fact]
        public void sports_scores()
        {
            Verifier().Verify("The visitors won 3-1 after a 2-2 draw last week.");
        }

        [Fact]
        public void list_numbering()
        {
            Verifier().Verify("12. The committee met again.\n\n(3) The chair adjourned the meeting.");
        }

        [Fact]
        public void small_definite_counts_of_known_things()
        {
            Verifier().Verify("The two countries signed the deal. One diplomat attended, and both sides agreed on a two-state solution.");
        }

        [Fact]
        public void a_reporting_verb_with_an_agent_in_the_same_sentence()
        {
            Verifier().Verify("Police said 40 people were arrested. The toll rose to 52, the ministry said. Over 300 were hurt, officials told reporters.");
        }

        [Fact]
        public void according_to_as_per_and_citing()
        {
            Verifier().Verify("According to the bureau, exports rose 9%. As per the ministry, 1,200 schools closed. Reuters reported 300 arrests, citing police.");
        }

        [Fact]
        public void data_from_and_a_report_that_showed()
        {
            Verifier().Verify("Data from the State Bank shows reserves of $9 billion. The World Bank's report showed growth of 2.5%.");
        }

        [Fact]
        public void a_reported_speech_frame()
        {
            Verifier().Verify("He added that Pakistan had suffered more than four thousand military martyrs and over twenty thousand injured personnel.");
        }

        [Fact]
        public void a_frame_that_carries_a_relative_clause()
        {
            Verifier().Verify("He added that Indonesia — which has offered 20,000 troops — had also expressed reservations.");
        }

        [Fact]
        public void a_direct_quotation_whose_speaker_the_paragraph_names()
        {
            Verifier().Verify("The minister was blunt. “We lost 4,000 soldiers in ten years,” he told the assembly.\n\n``We spent $40 million on it,'' says Sandy Ridout.");
        }

        [Fact]
        public void an_adjacent_sentence_that_names_the_source()
        {
            Verifier().Verify("Police said the bomb went off at a market. More than 40 people were injured.\n\nThe floods destroyed 1,200 homes. The figures were released by the provincial disaster authority.");
        }

        [Fact]
        public void a_headline_figure_that_the_lede_attributes()
        {
            Verifier().Verify("Floods destroy 1,200 homes in Swat\n\nFloods destroyed 1,200 homes in Swat, the provincial disaster authority said on Monday.");
        }

        [Fact]
        public void a_headline_figure_under_a_deck_that_attributes_it()
        {
            Verifier().Verify("Three killed as roof collapses in Lahore\nThree people died, Rescue 1122 officials said\n\nThe roof of an old house caved in after heavy rain on Sunday.");
        }

        [Fact]
        public void a_headline_that_names_its_source()
        {
            Verifier().Verify("Read More: 150,000 Afghans Return from Pakistan and Iran in 2026: UNHCR\n\nThe returns continued.");
        }

        [Fact]
        public void a_passive_with_an_agent()
        {
            Verifier().Verify("The deaths of 35 people were confirmed by the hospital.");
        }

        [Fact]
        public void a_restatement_in_another_unit()
        {
            Verifier().Verify("The firm wants to raise 70m euros ($91m; £49m), its chief executive said. The moon is 2,236 miles (3,598 kilometres) wide, Nasa said. The car sells for 55,800 yuan ($7,800), the company said.");
        }

        [Fact]
        public void exempt_nouns_from_options()
        {
            Verifier().WithOption("editorial_lint.EDL0002.exempt_nouns", "seat").Verify("The party won 93 seats.");
        }

        [Fact]
        public void extra_reporting_verbs_and_sources_from_options()
        {
            Verifier()
                .WithOption("editorial_lint.EDL0002.reporting_verbs", "averred")
                .WithOption("editorial_lint.EDL0002.sources", "ISPR")
                .Verify("The spokesman averred 300 militants had fled. Security forces killed 12 militants, ISPR.");
        }

        [Fact]
        public void a_wider_window_reaches_further_sentences()
        {
            Verifier().WithOption("editorial_lint.EDL0002.window", "2").Verify("Officials said the dam had burst. Water flooded the valley. About 300 homes were lost.");
        }

        [Fact]
        public void terms_contributed_by_rule_files()
        {
            var data = new RuleData.Builder()
                .Add(new AttributionTerms(reportingVerbs: new[] { "opined" }))
                .Add(new FigureTerms(exemptNouns: new[] { "vote" }, nameWords: new[] { "Sector" }))
                .Build();
            var engine = new LintEngine(new Rule[] { new UnattributedFigureRule() }, data);
            var article = Article.Parse("a.txt", "The analyst opined 300 firms would close. The candidate won 4,000 votes. Homes in Sector 12 flooded.");
            Assert.Empty(engine.AnalyzeArticle(article).Findings);
        }

        [Fact]
        public void a_frame_after_an_opening_adverbial()
        {
            Verifier().Verify("In September, the IMF had said that growth would be 1.8%. So far this year, the ministry has confirmed 10 polio cases.");
        }

        [Fact]
        public void a_subject_pronoun_after_the_verb_starts_its_content()
        {
            Verifier().Verify("The officer stated it ranges between 800,000 and 1 million. The trained women said they will reach over 1,000 workers.");
        }

        [Fact]
        public void a_parenthetical_adverb_between_agent_and_verb()
        {
            Verifier().Verify("State television, meanwhile, reported at least 50 people killed.");
        }

        [Fact]
        public void a_document_that_found_behind_a_relative_pronoun_or_a_parenthetical()
        {
            Verifier().Verify("The ministry's research which found 69 per cent of teachers agreed. The other study, led by researchers at a college of medicine in Florida, found that the treatment was 49 percent effective.");
        }

        [Fact]
        public void a_contrast_inside_a_reported_clause_or_after_according_to()
        {
            Verifier().Verify("According to the labour ministry, more than 135,000 workers left in April, while around 67,000 returned in May. Dr Saif said that the package was copied, but in doing so billions of rupees were squandered.");
        }

        [Fact]
        public void a_sentence_that_refers_back_to_a_framed_figure()
        {
            Verifier().Verify("The president is proposing $290 million for salmon programmes.\n\nThat includes $91 million for dams on the river.");
        }

        [Fact]
        public void a_quotation_that_runs_over_several_paragraphs()
        {
            Verifier().Verify("“It is staggering,” said the former striker.\n\n“They sold their best player and got £50m for him.\n\n“They spent over £35m on two players.”");
        }

        [Fact]
        public void a_quotation_in_straight_single_marks_that_runs_on_into_the_next_paragraph()
        {
            Verifier().Verify("Mr Carr, MP for Harlow, told The Sun: 'The ministers promised us bailouts would cost nothing.\n\n'Now they are trying to push through plans that cost the UK an extra £8.2billion.");
        }

        [Fact]
        public void a_frame_whose_reported_clause_opens_with_an_abbreviated_title()
        {
            // "said Mr. Bakr and a man might have …" is a frame; "said Michael T. Ledbetter of the foundation, which …"
            // stays an inverted tag, so a count in its trailing words is another claim.
            Verifier().Verify("A Belgian prosecutor said Mr. Bakr and a man who was shot in the raid might have taken part in the attacks on four cafes.");
            Verifier().Verify("\"The warming is undeniable,\" said Michael T. Ledbetter of the foundation, which funded the study, co-authored by {|EDL0002:11|} climatologists.");
        }

        [Fact]
        public void every_item_of_a_bulleted_list_under_a_lead_in_that_ends_in_a_colon()
        {
            Verifier().Verify("Cutler said other details of the proposal include:\n\n-- $6 million for training teachers.\n\n-- $5 million for training administrators.\n\n-- $5 million for a Treasury programme.\n\nThe plan also costs {|EDL0002:$40 million|}.");
        }

        [Fact]
        public void a_survey_finding_about_its_respondents_takes_the_survey_named_before_it()
        {
            Verifier().Verify("Users are loyal. According to the Trust survey, 44% of users use one engine. Many rely on two sites. " +
                              "Half say they could find it elsewhere. Of those asked, 61% were unaware of paid results.\n\nOf those asked, 30% liked it.\n\nOf the people, {|EDL0002:20%|} left.");
        }

        [Fact]
        public void numbers_inside_names_ages_in_apposition_and_compound_record_nouns()
        {
            Verifier().Verify("The Band Aid 20 single reached the top of the chart. Coach Henk Ten Cate called the complaint pathetic. Williams, now 32, is one of the condemned. Milburn scored 200 league and cup goals.");
        }

        [Fact]
        public void a_race_distance_glued_to_its_unit_names_an_event_but_a_stretch_is_measured()
        {
            Verifier().Verify("The runner broke the 5,000m world record and won the women's 800m. The world indoor 60m hurdles champion and the 10K category winner were both absent. Workers resurfaced a {|EDL0002:400m|} stretch of the road.");
        }

        [Fact]
        public void a_video_format_or_an_engine_class_names_a_kind_but_a_capacity_of_one_thing_measures()
        {
            Verifier().Verify("The handset records 4K video and has a 720p screen. The tax on 850cc vehicles rises next year. The pupils meet in classroom 303 on Fridays. The new model has an {|EDL0002:850|}cc engine.");
        }

        [Fact]
        public void a_desks_figures_file_adds_label_nouns_for_its_own_kinds()
        {
            // "trikes" is no built-in label noun: the capacity is a measure until the desk's file says the class is a kind.
            const string Text = "The levy on 125cc trikes rises next year.";
            Verifier().Verify("The levy on {|EDL0002:125|}cc trikes rises next year.");
            Assert.Empty(Verifier().WithRuleFile("rules/figures.yml", "kind: figures\nlabelNouns: [trikes]\n").Lint(("article.txt", Text)));
        }

        [Fact]
        public void a_four_digit_model_number_after_a_name_is_part_of_the_name()
        {
            Verifier().Verify("The newest chip in the range, the Hexa (Exynos 5260), is designed for phones. Last year Samsung sold {|EDL0002:3500|} units of it.");
        }

        [Fact]
        public void a_count_hyphenated_to_a_unit_is_a_modifier()
        {
            Verifier().Verify("The boy returned home, ending a seven- month custody battle. The Tories say 47 other countries impose such checks.");
        }

        [Fact]
        public void a_named_series_or_a_video_as_the_subject_of_an_evidence_verb()
        {
            Verifier().Verify("On a yearly basis, the SPI showed a decline of 2.06%. A video shared on Friday showed dozens of armed men standing on aid trucks.");
        }

        [Fact]
        public void a_second_predicate_with_a_cue_and_a_number_word_inside_a_name()
        {
            Verifier().Verify("The producer signed the band to his firm and claims he lost thousands of pounds on the record. The captain will sit out the rest of the Six Nations after a knee injury.");
        }

        [Fact]
        public void an_opening_participle_with_content_and_the_end_of_a_date_range()
        {
            Verifier().Verify("Noting that only 30 per cent of plastic waste was recycled, he called for action. The minister will visit on May 29-30, 2025 for the signing.");
        }

        [Fact]
        public void a_trailing_according_to_after_a_comma_an_adjunct_before_that_and_a_verb_after_a_name()
        {
            Verifier().Verify("Three hundred people were hospitalized, according to city health authorities, including 80 in serious condition. Truss, the minister for infrastructure, said at the news conference that the search would cover 23,000 square miles. Jones reports that land went for $30,000 an acre. The commission forecasts growth of 4% for 2005, ECLAC forecasts growth of 4% for 2006.");
        }

        [Fact]
        public void a_pure_verb_of_saying_after_a_name_a_named_poll_addresses_and_lowercase_appositive_ages()
        {
            Verifier().Verify("County officials who run Lake Placid say 150 boats were sunk. A Daily Telegraph poll suggests two-thirds support the marriage. But only 40% think she should be queen. He moved into 10 Downing Street. The prince, 20, apologised.");
        }

        [Fact]
        public void a_tag_of_telling_with_a_short_addressee_and_a_helpline_number()
        {
            Verifier().Verify("At least 11 people died and 47 were injured in the crash, the state chief minister told reporters. A family member called emergency helpline 15 for help.");
        }

        [Fact]
        public void figures_in_sports_copy()
        {
            Verifier().Verify("The striker scored in the league match as the champions won the tournament. Smith had 17 points and 12 rebounds in the stadium.");
        }
    
        [Fact]
        public void inverted_and_parenthetical_tags_anywhere_in_the_clause()
        {
            Verifier().Verify("The tax on incomes of Rs1.2 million has been waived, said Ali Khan while speaking in the house. Output will rise to 1.2 billion next year, said the chairman of the mining committee. The quake was nearly 8,000 times stronger, said scientists. In April, the envoy continued, 54 militants were killed at the border.");
        }

        [Fact]
        public void a_passive_agent_after_the_figure_and_an_appositive_agent()
        {
            Verifier().Verify("Storm damage has been put at $48 million by the state insurers council. Laura Fenwick, the former chair of the firm, announced in 1991 the loss of 74,000 jobs.");
        }

        [Fact]
        public void a_tag_with_an_appositive_agent_carries_to_the_next_sentence()
        {
            Verifier().Verify("The police led 414 raids, Bernard Lamy, the interior minister, said in a statement. Sixty people were arrested.");
        }

        [Fact]
        public void a_one_sentence_paragraph_of_indirect_speech_closed_by_a_tag_carries_to_the_next_paragraph()
        {
            Verifier().Verify("The labour pool is large, he said.\n\nEach year, there are 10 million more people looking for work in cities.");
        }

        [Fact]
        public void small_counts_of_a_known_set_or_of_the_source_are_not_figures()
        {
            Verifier().Verify("He and his wife are the parents of two daughters, Malia and Sasha. Pondimin and Redux, two prescription diet drugs, were withdrawn. Two US officials told AFP the talks had ended. Android 5.0 Lollipop is out. Two of his brothers ran too. The two countries signed a pact. He found three ways to win.");
        }

        [Fact]
        public void a_headline_figure_sourced_in_its_own_sentence_in_the_second_paragraph_though_the_lede_does_not_source_it()
        {
            Verifier().Verify("China suspends 26 power projects\n\nChina has halted work on {|EDL0002:26|} big power stations.\n\nThe environment agency said the 26 projects had skipped required assessments.");
        }

        [Fact]
        public void a_quoted_headline_and_a_stray_line_before_the_lede()
        {
            Verifier().Verify("‘Utility loses Rs44bn to theft’\n\n.\n\nThe utility lost Rs44 billion to theft in 2024, its top officials told a committee on Monday.");
        }

        [Fact]
        public void ages_after_a_death_word_or_who_is_and_a_statement_a_body_issued()
        {
            Verifier().Verify("The former bowler was dead at 61 on Monday. The guru, who is at least 90, runs the school. The Planning Division has issued notifications for the transfer of 36 officers. There are 1.7 million cases, ministry sources said here today.");
        }

        [Fact]
        public void denominators_names_and_parts_of_a_set()
        {
            Verifier().Verify("Gold sold at Rs5,000 per 10-gram bar, traders said. Ocean's Twelve took the top spot. It is one of three films in the race. He drove to Chungi No. 26 and took a bus.");
        }

        [Fact]
        public void a_one_sentence_paragraph_that_presents_a_report_or_a_list_frames_the_next_paragraph()
        {
            Verifier().Verify("The disaster authority has released a preliminary report on the losses caused by the rains.\n\nThe fatalities include three men and two children.\n\nThe revised estimates for the year reveal the shortfalls:\n\nProvincial expenditure stood at Rs2.9 trillion.");
        }

        [Fact]
        public void a_shot_in_a_match_report_names_the_play_not_an_event()
        {
            Verifier().Verify("The league champions won the cup final at the stadium as the striker scored. Early on the winger curled a low shot wide from 25 yards. Later she threw 14.02m in the shot put, and the veteran shot 69 to lead the field.");
        }

        [Fact]
        public void a_number_after_a_record_word_in_a_match_report_is_the_record()
        {
            Verifier().Verify("The league champions won the cup final at the stadium as the striker scored. The opener's career-best 154 put the side on top, the captain was unbeaten on 73 at the close, and the sprinter ran a personal best of 10.12 in the heats.");
        }

        [Fact]
        public void a_sum_that_names_a_note_a_stamp_or_a_case()
        {
            Verifier().Verify("The reform ends the 20m note. Stamps of Rs20, Rs40 and Rs500 denominations ran out at the court. A clerk paid with a Rs1,000 note. The court fixed the £190 million case for hearing.");
        }

        [Fact]
        public void a_line_up_in_a_report_whose_words_are_those_of_a_match()
        {
            Verifier().Verify("Hosts 1-1 Visitors\n\nThe hosts went through on a penalty shoot-out after a late equaliser and an offside goal.\n\nSmith, Jones (Brown 79), Green, Hall (Price 88). Subs Not Used: Ross.\n\nGreen 59.");
        }

        [Fact]
        public void counts_of_the_play_in_match_reports()
        {
            Verifier().Verify("The league champions won the cup final at the stadium as the striker scored. The tournament featured over 120 players, and the league will be cut to 18 clubs next season.");
        }

        [Fact]
        public void ages_year_ranges_standards_and_counts_of_the_source()
        {
            Verifier().Verify("When Mostefai was 13, the family moved. Turning 30 feels different. Users must prove they are over 18 to see it. The virus spread during 1992- 93 in offices. The phone has Wi-Fi 802.11 and 802.11ac support. The Trade Commission and 20 states suing the carmaker say the practice is illegal.");
        }

        [Fact]
        public void a_measuring_verb_of_a_source_carries_to_the_next_sentence()
        {
            Verifier().Verify("Hospital officials now put the number of wounded at more than 300. Ninety remain in a serious condition.");
        }

        [Fact]
        public void a_named_addressee_before_the_content_a_named_poll_and_a_date_pair()
        {
            Verifier().Verify("Somchai Rattana told the BBC the panels varied from 2m to 15m in length. Her approval rating in the newest AP-GfK poll was 70 percent. The fair, held on June 19 and 20 on the campus, ended.");
        }

        [Fact]
        public void an_opinion_or_forecast_frame_does_not_carry_to_the_facts_after_it()
        {
            Verifier().Verify("Opinion polls are predicting a close race next Sunday. The mayor won the first round on May 18 by getting {|EDL0002:31 percent|} of the vote. Police said the march was peaceful. About 40 people were detained overnight. Analysts estimate that the country loses Rs3.4 trillion a year to smuggling. Of this, nearly 30% stems from transit trade.");
        }

        [Fact]
        public void a_trailing_tag_with_a_pronoun_and_a_form_that_is_also_a_noun()
        {
            Verifier().Verify("Testing found that 10 pupils improved, he reports in the March journal.");
        }

        [Fact]
        public void prizes_and_dismissals_are_competition_records()
        {
            Verifier().Verify("The sequel took three prizes at the ceremony. He finished the season with 17 dismissals in the league. The winner takes a {|EDL0002:£25,000|} prize.");
        }

        [Fact]
        public void a_number_and_a_word_that_take_a_singular_verb_are_a_name_wherever_they_stand()
        {
            Verifier().Verify("Rapper 50 Cent wins chart race\n\nThe rapper 50 Cent has a new single out. Fans of 50 Cent bought {|EDL0002:2 million|} copies.\n\nOne in {|EDL0002:400|} Angolans has been hurt by a mine.");
        }

        [Fact]
        public void capitalised_number_words_inside_a_sentence_are_names()
        {
            Verifier().Verify("Parts Two and Three divide the images by decade. Part One covers the {|EDL0002:3,000|} images.");
        }

        [Fact]
        public void ages_after_an_opening_at()
        {
            Verifier().Verify("At 7 and 10, the boys are still small. At 45, he left the firm.");
        }

        [Fact]
        public void a_count_before_a_kind_noun_without_its_hyphen_names_a_kind()
        {
            Verifier().Verify("Labour has a {|EDL0002:10|} point lead. A five member bench heard the case. The plan adds a 10 point customer charter.");
        }

        [Fact]
        public void the_size_of_a_pack_names_the_product()
        {
            Verifier().Verify("A pack of 20 tablets sells for {|EDL0002:$5|}. A group of {|EDL0002:20|} tourists arrived. Putin leads the pack of {|EDL0002:11|} contenders.");
        }

        [Fact]
        public void a_definite_count_of_the_members_of_a_known_body_names_the_set()
        {
            Verifier().Verify("Speaking for the 17 eurozone finance ministers, he welcomed the vote. The EU's 27 member states agreed. The {|EDL0002:12|} ministers arrested were freed.");
        }

        [Fact]
        public void ranks_and_positions_are_not_figures()
        {
            Verifier().Verify("The university was ranked at 542 from last year's 570 position. It was placed 12 in the region. It has {|EDL0002:40,000|} students.");
        }

        [Fact]
        public void a_definite_count_refers_back_to_an_earlier_count_of_the_same_set_under_another_noun()
        {
            // The model of reference: the same value, and a noun of one sameSetNouns group, or a person noun after "people".
            Verifier().Verify("{|EDL0002:Three|} accomplices escaped from the police van on Monday. The remaining three suspects are still at large.");
            Verifier().Verify("{|EDL0002:Three|} persons were killed when a van overturned on the hill road on Friday. The crash killed all three passengers at once.");
            Verifier().Verify("The agency traced {|EDL0002:41,250|} accounts that were sold on the forum. A week later it froze the 41,250 accounts for good.");
        }

        [Fact]
        public void a_desk_group_that_shares_nouns_with_two_built_in_groups_merges_them()
        {
            // "officer soldier" touches the police and the military groups: both join, and "troops" still refers back to "soldiers".
            const string text = "{|EDL0002:Three|} soldiers were wounded in the ambush on Sunday. The remaining three troops were flown home.";
            Verifier().WithRuleFile("rules/figures.yml", "kind: figures\nsameSetNouns:\n  - officer soldier\n").Verify(text);
        }

        [Fact]
        public void a_definite_count_with_no_earlier_count_of_the_set_is_a_figure()
        {
            // Not the same set: a different value, a noun of another group, or no earlier count at all (a toll stays a figure).
            Verifier().Verify("{|EDL0002:Four|} attackers were arrested on Monday. The remaining {|EDL0002:three|} suspects escaped.");
            Verifier().Verify("{|EDL0002:Three|} soldiers were wounded in the blast on Sunday. All {|EDL0002:three|} reporters were killed.");
            Verifier().Verify("The bus left the depot at dawn. The crash killed all {|EDL0002:three|} passengers.");
        }

        [Fact]
        public void a_number_the_article_writes_after_a_name_is_a_model_or_flight_number()
        {
            Verifier().Verify("Airline grounds 787 fleet\n\nThe carrier grounded its jets after a fault was found on a Boeing 787 in March.");
            // The same name before the number in the mention itself: what follows does not make it a count.
            Verifier().Verify("Rapper Koda 4000 and Lil Ray sold out the arena. Koda 4000 thanked fans after the show.");
            // A dateline sentence full of names is not a headline in title case: the name in it still counts.
            Verifier().Verify("Regulator Takes Over SkyJet 880 Inquiry\n\nNEW YORK (Wire) -- The National Aviation Regulator (NAR) of the Republic of Ruritania and its many Partners took over the SkyJet 880 Inquiry from the Safety Board on Tuesday.");
        }

        [Fact]
        public void a_number_that_counts_or_follows_a_place_is_still_a_figure()
        {
            // A plural after it counts ("787 workers"), and after "in" the capitalised word is a place, not a brand.
            Verifier().Verify("The plant has {|EDL0002:787|} workers. Its owner also runs a Boeing 787 service line.");
            Verifier().Verify("Riots spread\n\nThe unrest left {|EDL0002:300|} homes burnt. In Lahore 300 were arrested by the evening.");
            // A bare number before a verb counts ("15 die"), a plural after it too, and a date or a joined unit beside a name is no name.
            Verifier().Verify("{|EDL0002:15|} die on roads in a day\n\nCall the Emergency Helpline 15 at once. Drivers sent {|EDL0002:24|} British lorries home. The band plays on Nelly's 12 March tour.");
            Verifier().Verify("Each pack holds Thirty 400-mg capsules. Take a supplement containing {|EDL0002:400|} international units.");
        }

        [Fact]
        public void a_count_whose_members_the_next_sentence_names_picks_out_a_named_set()
        {
            Verifier().Verify("Drivers will soon talk to their car radios, under plans announced by two software firms.\n\nAcme and Brightwave are building the voice system together.");
            Verifier().Verify("Waste will go to four landfill sites located at Norton, Eastfield, Broad Hill and Kingsmoor over the holiday.");
            Verifier().Verify("The money will pay for two new clinics, namely Hillside and Riverbank, by the spring.");
        }

        [Fact]
        public void a_count_whose_next_sentence_names_another_number_of_members_or_whose_noun_does_not_end_it_is_a_figure()
        {
            // Three names for two firms, a count that an event affects, and a list that is not the sentence's subject.
            Verifier().Verify("The plans were announced by {|EDL0002:two|} software firms.\n\nAcme, Brightwave and Corel are building the system.");
            Verifier().Verify("Police arrested {|EDL0002:two|} men.\n\nAli and Khan were taken to the city jail.");
            Verifier().Verify("The drive will open {|EDL0002:four|} landfill sites near Norton, Eastfield, Broad Hill and Kingsmoor.");
            Verifier().Verify("The plans were drawn up by {|EDL0002:two|} software firms from Ohio.\n\nAcme and Brightwave are building the system.");
            // An adverb and a name before the verb are no list; names of people an event affects do not make them a known set.
            Verifier().Verify("The drug helped in {|EDL0002:two|} studies.\n\nConsequently, Acme's panel voted to approve it.");
            Verifier().Verify("{|EDL0002:Two|} suspects identified as Omar Latif and Karim Nasser were injured in the raid on Monday.");
        }

        [Fact]
        public void a_definite_count_that_refers_back_to_an_earlier_count_identifies()
        {
            Verifier().Verify("{|EDL0002:Two|} men were charged with fraud on Monday. The two men will be sentenced in April.");
        }

        [Fact]
        public void age_bands_and_retirement_ages_are_ages()
        {
            Verifier().Verify("Customers younger than 40 are shopping online. The number of job seekers under 25 rose by {|EDL0002:2,300|}. Firms cannot force workers to retire before 65. Patients were largely between the ages of 4 and 15.");
        }

        [Fact]
        public void a_name_split_by_a_stray_space_before_its_hyphen_is_an_identifier()
        {
            Verifier().Verify("India reports a surge in Covid -19 cases, with {|EDL0002:3,395|} active infections.");
        }

        [Fact]
        public void a_model_number_as_the_subject_of_a_singular_verb_and_a_title_of_a_work_are_names()
        {
            Verifier().Verify("Exynos 5260 is now in mass production. The story was told in the film 24 Hour Party People, in which he starred. Police held {|EDL0002:200|} Pakistani pilgrims.");
        }

        [Fact]
        public void appearances_in_a_season_are_a_competition_record()
        {
            Verifier().Verify("He scored 11 goals in 32 outings as the side won the cup.");
        }
}
    /// <summary>What counts as a source (cue inventories) and how far it reaches (frame paragraphs, continuation,
    /// headlines): the attribution side of issue 12, stop 23.</summary>
    public class AttributionCuesAndReach
    {
        [Fact]
        public void verbs_of_indicating_cautioning_asking_and_claim_nouns_are_cues()
        {
            Verifier().Verify(
                "Mr Rana indicated that wheat prices may climb to Rs4,200. The adviser cautioned that the province may need up to Rs90 billion in new loans. " +
                "She questioned why only three clinics serve a district of 2 million. The chief executive made a prediction that 15 million homes would have fibre by 2030.\n\n" +
                "Police questioned {|EDL0002:35|} men after the raid.");
        }

        [Fact]
        public void verbs_that_attribute_only_before_their_clause_report_it()
        {
            Verifier().Verify(
                "The suspects confessed that they had committed 13 robberies. The finance ministry assured the lenders that reserves would reach $14 billion. " +
                "The panel concluded that 40% of the wells were dry, but {|EDL0002:12|} new wells were dug in May.\n\n" +
                "He confessed to {|EDL0002:three|} robberies. The board reaffirmed its pledge to build {|EDL0002:200|} homes.\n\n" +
                "Investigators discovered that 60 files were missing. The inquiry found no fault. {|EDL0002:Nine|} officials were suspended.");
        }

        [Fact]
        public void a_source_noun_with_its_own_verb_after_said_starts_the_reported_clause()
        {
            Verifier().Verify(
                "Last year, the minister said police arrested 300 people. This spring, Dr Amin said officials have seized 40 kg of heroin.\n\n" +
                "In May, 12 clinics closed, said police.");
        }

        [Fact]
        public void a_hope_or_a_concern_expressed_that_reports_its_clause()
        {
            Verifier().Verify(
                "The committee expressed concern that 1,600 councils were not audited. The chairman expressed the hope that 300 families would benefit.\n\n" +
                "The concern is that {|EDL0002:40|} wells are dry.");
        }

        [Fact]
        public void a_put_verb_that_values_its_object_at_a_figure_is_the_agents_estimate()
        {
            Verifier().Verify(
                "The provincial ministry puts the toll at 40. Dr Amin pegs the shortfall at about Rs50 billion.\n\n" +
                "Quetta recorded the highest rainfall at {|EDL0002:11.6|} millimetres.");
        }

        [Fact]
        public void a_relative_that_after_a_body_that_speaks_is_the_agent_of_its_cue()
        {
            Verifier().Verify(
                "The trust is a charity that says it has spent more than $40 million on clinics, mostly in rural districts.\n\n" +
                "Other sectors that reported growth included cement, up {|EDL0002:5%|}.\n\n" +
                "Despite doubts, even from councils that warned that costs would rise, Mayor Lewis received {|EDL0002:dozens of|} bids.");
        }

        [Fact]
        public void a_sum_claimed_is_a_demand_and_a_figure_right_after_a_frame_verb_is_its_object()
        {
            Verifier().Verify(
                "The mill owners are claiming more than $12m in damages after the fire. In the coming fiscal year, the provincial government estimated Rs2,480 billion in receipts. " +
                "Recent surveys indicate that only {|EDL0002:38 percent|} of voters back the plan.");
        }

        [Fact]
        public void a_dash_aside_between_agent_and_verb_and_a_fronted_concessive_clause()
        {
            Verifier().Verify(
                "The inspector - who asked not to be named - said that 25 guards had been suspended. " +
                "While sales are up 3 percent this year, Malik said margins fell.\n\nThe official, who opened {|EDL0002:12|} schools, said education was a priority.");
        }

        [Fact]
        public void a_cue_verb_inverts_as_a_tag_only_at_the_end_of_its_sentence()
        {
            Verifier().Verify(
                "About 70% of families plan to travel this summer, reports the tourism board. On average each family will spend £640.\n\n" +
                "In 2021, the bank reported a 15% rise in profits.");
        }

        [Fact]
        public void a_one_sentence_report_paragraph_reaches_a_paragraph_that_continues_its_account()
        {
            Verifier().Verify(
                "The authority on Friday raised the price of kerosene by {|EDL0002:two|} rupees a litre.\n\n" +
                "In a circular, the Energy Department said that the new kerosene price applies from July 1.\n\n" +
                "The price of furnace oil was also raised by Rs3.40 per litre.\n\n" +
                "The tax office told the committee that a levy on online sellers was proposed in the Revenue Bill for imported parts and machinery.\n\n" +
                "Online sellers of imported parts or machinery will pay a levy of 4 percent under the proposed Revenue Bill.\n\n" +
                "Ahmed told reporters on Tuesday.\n\n" +
                "The district will spend Rs12 billion on new bridges.");
        }

        [Fact]
        public void a_frame_that_reports_an_act_reaches_a_next_sentence_of_its_paragraph_that_continues_its_account()
        {
            // Four words of substance shared with the frame, three with the paragraph's own weight: the account goes on.
            Verifier().Verify(
                "The water board announced the first towns to join the metering scheme. Kirkby, which has 4,000 metered homes, joined the metering scheme in spring.\n\n" +
                "The water board announced the first towns to join the metering scheme. The river supplies {|EDL0002:40,000|} homes.");
        }

        [Fact]
        public void a_view_an_action_or_a_quotation_tag_in_the_paragraph_does_not_reach_the_next_sentence()
        {
            // Each shares enough words with its frame: the frame's kind keeps the figure the writer's.
            Verifier().Verify(
                "The council expects the bridge repairs to close the river road. The river road bridge repairs will cost {|EDL0002:Rs2 billion|}.\n\n" +
                "The club sought new members for its rowing section. The rowing section of the club has {|EDL0002:140|} members.\n\n" +
                "\u201CWe will finish the work on the tunnel before the winter storms arrive,\u201D the engineer said of the Kelby harbour tunnel. The tunnel under Kelby harbour cost {|EDL0002:£90m|}.");
        }

        [Fact]
        public void background_a_new_place_an_actor_or_a_topic_shift_after_a_report_paragraph_is_not_its_account()
        {
            Verifier().Verify(
                "The inspector said that storing the toxic waste at the depot poses no risk.\n\n" +
                "The army must remove {|EDL0002:3 million|} drums holding toxic waste.\n\n" +
                "The airline said it grounded its cargo fleet for six hours.\n\n" +
                "At Karachi, the airline grounded its cargo fleet that carries {|EDL0002:90,000|} parcels.\n\n" +
                "Nadia said the vaccination drive reached children in every district.\n\n" +
                "She also thanked the {|EDL0002:300,000|} volunteers of the vaccination drive.\n\n" +
                "The ministry said the new price of kerosene takes effect on Monday.\n\n" +
                "Meanwhile, the price of furnace oil was also raised by {|EDL0002:Rs5|}.\n\n" +
                "A long history of delays tells us otherwise.\n\n" +
                "The scheme will cost {|EDL0002:Rs40 billion|}.");
        }

        [Fact]
        public void a_headline_gives_its_ledes_figure_rounded_or_bounded()
        {
            Verifier().Verify("More than 410 ducks found dead at lake\n\nThe number of dead ducks found at the lake has risen to 416, wildlife officials said Friday.");
            Verifier().Verify("Port terminal sold for {|EDL0002:$7bn|}\n\nThe buyer paid $7.32bn for the terminal, officials said.");
        }

        [Fact]
        public void a_bare_document_as_the_source_names_no_one()
        {
            Verifier().Verify(
                "Headline over the story\n\n" +
                "{|EDL0002:Some 40|} houses were flooded, according to reports.\n\n" +
                "According to unconfirmed statistics, {|EDL0002:70,000|} people live in the valley.\n\n" +
                "The directors agreed to pay {|EDL0002:$54m|} to settle the lawsuit, reports say.\n\n" +
                "The harvest fell by {|EDL0002:12%|} this year, figures show.\n\n" +
                "Some 300,000 people fled, according to reports of the national newspapers.\n\n" +
                "The harvest fell by 12% this year, police reports say.\n\n" +
                "The harvest fell by 12% this year, according to statistics from the bureau.");
        }

        [Fact]
        public void a_poll_named_past_an_abbreviation_a_count_in_the_aside_of_a_source_and_a_dropped_to()
        {
            Verifier().Verify(
                "Headline over the story\n\n" +
                "The poll, conducted by Del Ali in Rockville, Md., showed the senator with a 57 percent to 34 percent lead among voters.\n\n" +
                "But the governor _ and dozens of school officials across the country _ argue the opposite: learning suffers.\n\n" +
                "Smoking has been outlawed in 71 major cities, according the national association on smoking.\n\n" +
                "{|EDL0002:Dozens of|} protesters were arrested.\n\n" +
                "Now the firm employs {|EDL0002:7,600|} workers and insists its culture remains.");
        }

        [Fact]
        public void a_tag_goes_on_past_its_particle_or_its_channel()
        {
            Verifier().Verify(
                "Headline over the story\n\n" +
                "Some 250,000 tonnes of sugar will be imported, the deputy prime minister announced via a post on social media after a meeting.\n\n" +
                "Fuel dropped to 80 cents a gallon in some places, the analyst pointed out.\n\n" +
                "Speaking to students, the minister said out of about 30,000 students who pass each year, less than 30 percent get a place.");
        }

        [Fact]
        public void a_headline_that_names_its_source_in_lower_case_but_not_a_bare_document()
        {
            Verifier().Verify("Poverty rises to 39% in a decade: economic survey\n\nThe growth of the economy slowed this year.");
            Verifier().Verify("Gunmen kill 8 near market: rescuers\n\nThe attack took place on Saturday.");
            Verifier().Verify("Poverty rises to {|EDL0002:39%|} in a decade: new survey\n\nThe growth of the economy slowed this year.");
        }

        [Fact]
        public void a_name_and_an_adverb_before_a_verb_that_is_also_a_plural_noun()
        {
            Verifier().Verify(
                "Headline over the story\n\n" +
                "Growth in the region slowed last year. ECLAC still forecasts growth of 4% for the region this year.\n\n" +
                "Sales of the new model still grew by {|EDL0002:40%|} this year.");
        }

        [Fact]
        public void a_possessive_source_with_a_claim_noun_before_the_figure()
        {
            // The possessor who can say or publish something is the projection's source; a time is not.
            Verifier().Verify(
                "The government's projection of a growth rate of 4.2% for next fiscal year surprised economists.\n\n" +
                "The year's projection of {|EDL0002:3.5%|} growth was revised.");
        }

        [Fact]
        public void a_cue_inside_an_opening_adverbial_clause_governs_that_clause_only()
        {
            // The department's proposal is the clause's content; the count of comments in the main clause is the writer's.
            Verifier().Verify(
                "When the Transport Ministry proposed new parking regulations, {|EDL0002:more than 280,000|} people sent comments opposing the rules.\n\n" +
                "As the ministry said, 40 people were hurt in the crash.");
        }

        [Fact]
        public void a_sentence_with_a_time_of_its_own_does_not_continue_the_report_before_it()
        {
            // "Last year …" dates an event of its own; a sentence that refers back to the report's data continues it.
            Verifier().Verify(
                "Health officials said mosquitoes carrying the virus were found in two counties. Last year the virus sickened {|EDL0002:55|} people in the state.\n\n" +
                "The association said 2.4 billion messages were sent in December. That was 26% more than in December 2011.");
        }

        [Fact]
        public void a_lone_one_counting_a_person_an_event_affects_is_a_figure()
        {
            // "One person was killed" is a figure at any size; "one of the suspects" picks out one of a known set.
            Verifier().Verify(
                "{|EDL0002:One|} person was killed when lightning struck a house in the village.\n\n" +
                "Police questioned one of the suspects on Monday.");
        }

        [Fact]
        public void a_noun_form_after_a_name_and_an_adverb_is_a_verb()
        {
            // "further states" after the ministry's name is its statement; "member states" stays a noun.
            Verifier().Verify(
                "Prisoners return home\n\n" +
                "MoFA further states Riyadh freed 8,559 prisoners over five years.\n\n" +
                "The member states received {|EDL0002:$40m|} for the fund.");
        }

        [Fact]
        public void a_score_between_two_team_names_is_a_record()
        {
            Verifier().Verify(
                "Borders 19-20 Ulster\n\n" +
                "The floods affected {|EDL0002:10-15|} villages in the district.");
        }
    }

    /// <summary>
    /// Mechanisms narrowed by the decision trace (eval/EDL0002/trace-table.md): each decided labelled mentions that were
    /// mostly unsourced, across the development samples.
    /// </summary>
    public class NarrowedByTheTrace
    {
        [Fact]
        public void seeking_money_is_an_act_not_a_statement()
        {
            Verifier().Verify("The ministry sought approval to spend {|EDL0002:Rs40 million|} on the new roads.");
        }

        [Fact]
        public void official_alone_names_no_keeper_of_the_data()
        {
            Verifier().Verify("Under official figures, {|EDL0002:1,200|} homes were lost in the floods.");
        }

        [Fact]
        public void official_after_a_source_phrase_still_names_the_record()
        {
            Verifier().Verify("As per the official register 200 cases were closed this year.");
        }

        [Fact]
        public void a_budget_its_maker_presents_is_the_makers_act_not_a_source()
        {
            Verifier().Verify("The city council presented a budget with {|EDL0002:Rs5 billion|} for new schools.");
        }

        [Fact]
        public void a_next_sentence_that_opens_on_the_claim_does_not_source_the_figure_before_it()
        {
            Verifier().Verify("Floods hit {|EDL0002:1,200|} homes along the river. This lends weight to the warnings, the engineers said.");
        }

        [Fact]
        public void a_next_sentence_that_opens_on_the_data_sources_the_figure_before_it()
        {
            Verifier().Verify("Floods hit 1,200 homes along the river. The figures were compiled by the water board.");
        }

        [Fact]
        public void a_participle_that_opens_its_sentence_before_a_noun_is_an_adjective()
        {
            Verifier().Verify("Estimated losses from the storm reach {|EDL0002:$4 billion|} across the coast.");
        }

        [Fact]
        public void rules_is_a_plural_noun_unless_what_follows_fits_a_verb()
        {
            Verifier().Verify("The city will relax its parking rules for drivers who paid {|EDL0002:at least £300|} in fines.");
        }

        [Fact]
        public void a_cue_form_in_ing_after_a_determiner_or_possessive_is_a_noun()
        {
            Verifier().Verify("After the judge's ruling the agency dismissed {|EDL0002:2,000|} clerks within a month.");
        }

        [Fact]
        public void a_court_that_rules_that_still_reports_a_proposition()
        {
            Verifier().Verify("The court rules that the firm must repay 2,000 customers.");
        }

        [Fact]
        public void a_straight_quotation_left_open_ends_where_the_next_one_opens()
        {
            // Wire-style paragraphs of one quotation run together on one line: the second mark opens, it does not close.
            Verifier().Verify("The mayor spoke at the rally. \"Our work goes on. \"We have more to do,\" she said. Police searched {|EDL0002:1,200|} homes on Friday.");
        }
    }

    /// <summary>Sources the rule did not see (the sourced false alarms of the sealed samples 8 to 12, pooled): an inverted
    /// agent in lower case, a definite body before a cue form that is also a plural noun, document nouns of the data file.</summary>
    public class SourcesItDidNotSee
    {
        [Fact]
        public void an_inverted_agent_with_modifiers_before_a_source_noun_is_a_tag()
        {
            Verifier().Verify("The airline cut 40 flights on Monday and 25 on Tuesday, said industry officials.");
        }

        [Fact]
        public void an_inverted_agent_with_modifiers_reaches_the_start_of_a_long_sentence()
        {
            Verifier().Verify("The carrier had to cancel about 45 flights on Tuesday, 120 on Wednesday and 30 on Thursday as crews stayed home in the dispute over pay, said senior union officials.");
        }

        [Fact]
        public void a_relative_clause_after_a_modified_inverted_agent_describes_the_agent()
        {
            Verifier().Verify("Fares will rise, said local transport officials, who closed {|EDL0002:40|} routes last year.");
        }

        [Fact]
        public void a_definite_body_before_a_plural_noun_form_and_an_object_is_subject_and_verb()
        {
            Verifier().Verify("The ministry claims a 3.4% rise in exports this year, which traders dispute.");
        }

        [Fact]
        public void a_definite_body_and_a_plural_noun_form_set_off_by_commas_are_a_tag()
        {
            Verifier().Verify("Asthma is the top cause of school absence, the charity claims, costing schools $12 billion a year and affecting 9 million pupils.");
        }

        [Fact]
        public void a_definite_body_before_a_plural_noun_form_that_ends_an_object_is_a_noun()
        {
            Verifier().Verify("The auditors read the company records, and the firm then paid {|EDL0002:$4 million|} in fines.");
        }

        [Fact]
        public void memos_and_other_filed_documents_are_sources()
        {
            Verifier().Verify("The regulator asked for the logs of the jet as part of its inquiry into the crash that killed at least 143 people, government memos showed.");
        }

        [Fact]
        public void a_document_noun_that_only_receives_the_figure_is_no_source()
        {
            Verifier().Verify("The memos were sent to {|EDL0002:1,200|} staff on Friday.");
        }
    }

    /// <summary>Stop 30: numbers that are not figures, read by a model of what the number does in its sentence.</summary>
    public class NotFiguresByWhatTheNumberDoes
    {
        [Fact]
        public void a_share_in_brackets_right_after_a_count_restates_the_count()
        {
            var finding = Assert.Single(Verifier().Lint(("article.txt", "The clinic treated 45 patients (30% of its intake) on Monday.")));
            Assert.Empty(finding.Related);
            Assert.StartsWith("'45' is stated as fact", finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_share_outside_brackets_is_a_figure_of_its_own()
        {
            var finding = Assert.Single(Verifier().Lint(("article.txt", "The clinic treated 45 patients on Monday, 30% more than a year ago.")));
            Assert.Single(finding.Related);
        }

        [Fact]
        public void a_share_in_a_bracketed_list_is_not_a_restatement()
        {
            var finding = Assert.Single(Verifier().Lint(("article.txt", "The odds for entrant 13 (0.5%; 11 draws) did not change this year.")));
            Assert.Contains("'0.5%'", finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void a_sum_in_brackets_after_an_amount_of_another_currency_restates_it()
        {
            var finding = Assert.Single(Verifier().Lint(("article.txt", "The council set aside 40 million shekels (11 million U.S. dollars) for new roads.")));
            Assert.Empty(finding.Related);
        }

        [Fact]
        public void a_sum_beside_an_amount_without_a_bracket_is_a_figure_of_its_own()
        {
            var finding = Assert.Single(Verifier().Lint(("article.txt", "The council set aside 40 million shekels and 11 million U.S. dollars for new roads.")));
            Assert.Single(finding.Related);
        }

        [Fact]
        public void a_count_whose_places_follow_between_dashes_picks_out_a_named_set()
        {
            Verifier().Verify("The mayor will open two bridges on Canal Road — at Garden Chowk and River Chowk — next week.");
        }

        [Fact]
        public void places_between_dashes_do_not_name_the_people_an_event_affects()
        {
            Verifier().Verify("{|EDL0002:Three|} traders -- from Lagos, Accra and Dakar -- were arrested at the port.");
        }

        [Fact]
        public void a_number_coordinated_with_a_version_of_a_name_is_a_version_too()
        {
            Verifier().Verify("The flaw affects tablets running Droidix 10 and 11 software at schools.");
        }

        [Fact]
        public void a_list_of_numbers_after_a_name_holds_its_sections()
        {
            Verifier().Verify("The duty covers goods under Chapters 54, 55 and 96 of the tariff code.");
        }

        [Fact]
        public void a_count_of_people_after_a_name_number_still_counts()
        {
            Verifier().Verify("Searchers lost Flight 370 and {|EDL0002:239|} passengers over the sea.");
        }

        [Fact]
        public void digit_words_joined_by_hyphens_spell_a_code()
        {
            Verifier().Verify("The pilot read back the frequency, one-two-five-nine-two, and signed off.");
        }

        [Fact]
        public void the_writers_announced_points_are_not_a_count_to_source()
        {
            Verifier().Verify("The new law will have three major ramifications for farmers.");
        }

        [Fact]
        public void a_count_of_things_that_happened_is_still_a_figure()
        {
            Verifier().Verify("The storm caused {|EDL0002:three|} major landslides near the pass.");
        }

        [Fact]
        public void a_couples_children_are_a_family_whatever_word_follows_them()
        {
            Verifier().Verify("The pair married in 1990. The couple now have four children together.");
        }

        [Fact]
        public void a_singular_set_noun_after_a_small_count_modifies_the_noun_it_counts()
        {
            // "party", "country", "side" are set nouns, but here they modify the noun after them: the count is of leaders,
            // managers and roads, stated as news (suggestions: small counts with no event word).
            var findings = Verifier().Lint(("article.txt",
                "The firm named three country managers on Monday. She met two party leaders in Lahore on Tuesday. The council built four side roads last year."));
            Assert.Equal(new[] { "'three'", "'two'", "'four'" }, findings.Select(f => f.Message.Substring(0, f.Message.IndexOf(' ', StringComparison.Ordinal))));
        }

        [Fact]
        public void a_familys_children_an_event_affects_are_a_figure()
        {
            Verifier().Verify("The pair married in 1990. The flood killed {|EDL0002:four|} children together with their teacher.");
        }

        [Fact]
        public void a_cue_form_in_ing_after_a_capitalised_determiner_is_a_noun()
        {
            Verifier().Verify("The court met on Monday. This ruling cut {|EDL0002:400|} jobs at the plant. Its ruling also cut {|EDL0002:200|} posts.");
        }
    }

    /// <summary>Stop 32: the source as the object of a communication verb, an accuser, and a document as the place a figure
    /// is stated (each of the 7 reports fails on the base; each of the 6 guards shows the other side of the definition).</summary>
    public class SourcesAsObjectsAccusersAndPlaces
    {
        [Fact]
        public void the_topic_of_a_briefing_after_its_addressee_is_what_the_source_tells()
        {
            Verifier().Verify("The harbour master briefed the council on the loss of 1,200 moorings at the marina.");
        }

        [Fact]
        public void a_time_after_the_addressee_is_no_topic()
        {
            Verifier().Verify("The harbour master briefed the council on Tuesday after {|EDL0002:40|} moorings were lost.");
        }

        [Fact]
        public void a_number_after_a_definite_addressee_opens_the_reported_clause()
        {
            Verifier().Verify("The harbour master told the council 450 moorings had been lost.");
        }

        [Fact]
        public void an_order_is_not_a_report()
        {
            Verifier().Verify("The harbour master told boat owners to leave as {|EDL0002:300|} moorings broke loose.");
        }

        [Fact]
        public void what_a_named_accuser_says_the_accused_did_is_the_accusers_claim()
        {
            Verifier().Verify("The fishermen's union accused the port company of dumping 12 tonnes of sludge in the bay.");
        }

        [Fact]
        public void an_ing_modifier_in_the_accused_is_no_clause_of_its_own()
        {
            Verifier().Verify("The fishermen's union accused the governing council of dumping 12 tonnes of sludge in the bay.");
        }

        [Fact]
        public void a_charge_by_named_prosecutors_is_theirs()
        {
            Verifier().Verify("Prosecutors charged the treasurer with taking $40,000 from the sailing club.");
        }

        [Fact]
        public void a_charge_without_an_accuser_names_no_one()
        {
            Verifier().Verify("The treasurer was charged with taking {|EDL0002:$40,000|} from the sailing club.");
        }

        [Fact]
        public void a_price_charged_is_no_charge()
        {
            Verifier().Verify("The marina charged owners a mooring fee of {|EDL0002:$3,400|} a year.");
        }

        [Fact]
        public void the_accusation_ends_before_the_accusers_next_predicate()
        {
            Verifier().Verify("The coach accused the referee of bias and was fined {|EDL0002:$15,000|} by the league.");
        }

        [Fact]
        public void a_figure_mentioned_in_a_definite_document_is_stated_there()
        {
            Verifier().Verify("The cost of the new pier, Rs45 billion, was mentioned in the budget.");
        }

        [Fact]
        public void a_figure_listed_in_the_report_is_the_reports()
        {
            Verifier().Verify("Some 300 new berths are listed in the report.");
        }

        [Fact]
        public void something_found_in_a_document_is_not_stated_by_it()
        {
            Verifier().Verify("The club collapsed after a {|EDL0002:$14 million|} hole was found in its accounts.");
        }

        [Fact]
        public void data_from_a_definite_body_name_their_source()
        {
            Verifier().Verify("Data from the health ministry show 1,450 new cases this week.");
        }
    }

    /// <summary>Stop 31: sources the rule did not see, by the attribution model's missing piece.</summary>
    public class SourcesByTheModelsMissingPiece
    {
        [Fact]
        public void an_agent_that_opens_the_sentence_frames_a_clause_with_a_number_word()
        {
            Verifier().Verify("Firefighters said the blaze destroyed seven warehouses.");
        }

        [Fact]
        public void an_agent_after_an_opening_adverbial_frames_the_clause_after_the_verb()
        {
            Verifier().Verify("Last week, the harbour board said the storm sank 300 fishing boats.");
        }

        [Fact]
        public void a_relative_clause_inside_a_frame_without_that_is_reported()
        {
            Verifier().Verify("In a statement, the water board said the reservoir, which holds 40 million litres, would be drained.");
        }

        [Fact]
        public void content_before_a_short_agent_and_its_comma_is_still_the_tags()
        {
            Verifier().Verify("Nine boats sank in the storm, the harbour board said the next day.");
        }

        [Fact]
        public void a_frame_whose_agent_has_a_relative_aside_reports_what_follows_the_verb_only()
        {
            Verifier().Verify("The port authority, which spent {|EDL0002:$40 million|} on new cranes, said the storm sank nine trawlers.");
        }

        [Fact]
        public void a_one_word_agent_that_opens_the_sentence_before_a_relative_aside_frames_what_follows_the_verb()
        {
            Verifier().Verify("Police, who reached the depot at dawn, said the blaze destroyed seven warehouses.");
        }

        [Fact]
        public void an_agent_that_opens_its_clause_after_a_dateline_frames_what_follows_the_verb()
        {
            Verifier().Verify("Warehouse fire\n\nLYTTON: Firefighters said the blaze destroyed seven warehouses.\n\nLYTTON, May 4: Last week, the harbour board said the storm sank 300 fishing boats.");
        }

        [Fact]
        public void a_frame_whose_agent_has_a_relative_aside_covers_a_number_word_after_the_verb()
        {
            Verifier().Verify("The port authority, which runs the docks, said the storm sank nine trawlers.");
        }

        [Fact]
        public void a_claim_whose_content_is_a_perfect_infinitive_is_a_cue()
        {
            Verifier().Verify("The rebel group has claimed to have shot down three army helicopters.");
        }

        [Fact]
        public void a_claim_with_a_plain_infinitive_or_as_a_noun_is_no_cue()
        {
            Verifier().Verify("The union claimed to represent {|EDL0002:40,000|} dockers. The firm's claim to be the largest rests on {|EDL0002:300|} depots.");
        }

        [Fact]
        public void a_perfect_progressive_verb_of_saying_has_its_subject_before_the_auxiliary()
        {
            Verifier().Verify("Paediatricians have been warning that 30 percent of pupils skip breakfast.");
        }

        [Fact]
        public void a_lower_case_title_before_a_name_is_an_inverted_agent()
        {
            Verifier().Verify("The glacier has shrunk by 40 metres since spring, said glaciologist Maria Lindqvist of the survey.");
        }

        [Fact]
        public void shared_that_reports_a_clause_and_runs_on_like_said()
        {
            Verifier().Verify("The traffic police spokesperson shared that new cameras were in place. A total of 85 wardens now patrol the ring road.");
        }

        [Fact]
        public void shared_with_a_short_object_and_a_colon_reports_the_quotation()
        {
            Verifier().Verify("Noor Bibi, a vendor, shared her worry: \"Rent has doubled to Rs30,000 since March.\"");
        }

        [Fact]
        public void shares_as_a_plural_noun_or_shared_as_an_act_is_no_cue()
        {
            Verifier().Verify("Investors bought shares that rose {|EDL0002:40 percent|} in a week. The two towns shared the {|EDL0002:Rs40 million|} grant.");
        }

        [Fact]
        public void a_paragraph_that_closes_a_quotation_left_open_above_is_quoted()
        {
            Verifier().Verify("Sana Malik, a grower, told reporters that costs had soared. \"Seed that cost Rs900 last spring now costs Rs1,400.\n\nThe board charges Rs600 per cart, yet offers no storage. There is no shed to keep the grain dry,\" claimed Malik.");
        }

        [Fact]
        public void a_closing_mark_with_no_quotation_open_above_quotes_nothing()
        {
            Verifier().Verify("Sana Malik, a grower, told reporters that costs had soared. \"Seed costs more,\" she said.\n\nThe board charges {|EDL0002:Rs600|} per cart, yet offers no storage. There is no shed to keep the grain dry,\" claimed Malik.");
        }
    }

    /// <summary>Stop 31: what a figure is, built held-out (from test8–test11 and dev; scored on test12 and test13 after).</summary>
    public class WhatAFigureIsHeldOut
    {
        [Fact]
        public void a_count_with_a_long_subject_is_still_the_subject_of_its_event()
        {
            Verifier().Verify("Separately, {|EDL0002:two|} guards from the old police station in the hill district were wounded when gunmen opened fire.");
        }

        [Fact]
        public void a_count_whose_names_follow_in_commas_is_still_the_subject_of_its_event()
        {
            Verifier().Verify("In the old quarter, {|EDL0002:two|} suspects, Tariq Aziz, alias Tiko, and Omar Latif, were arrested after a chase.");
        }

        [Fact]
        public void a_count_followed_by_its_own_verb_is_not_the_subject_of_a_later_event()
        {
            // "sent" ends the subject: the meetings were held, the players were not.
            Verifier().Verify("The club met the board in May. In April, six of the senior players sent a letter to the board and meetings were held.");
        }

        [Fact]
        public void a_count_before_an_infinitive_is_not_the_subject_of_a_later_event()
        {
            Verifier().Verify("Omar moved to Lagos with his wife and three children to take up a post at the port when he was arrested.");
        }

        [Fact]
        public void a_definite_count_with_a_long_subject_may_name_people_already_named()
        {
            Verifier().Verify("The founder and his deputy met the board. The two men - along with a coach and a trainer - were all indicted in May.");
        }

        [Fact]
        public void a_crash_that_claimed_one_life_is_no_source_for_the_injured()
        {
            Verifier().Verify("A collision between a bus and a van on Canal Road claimed one life and left {|EDL0002:seven|} people injured.");
        }

        [Fact]
        public void a_claim_about_one_in_five_is_still_a_claim()
        {
            Verifier().Verify("The ministry claimed one in five homes in the city had no water.");
        }

        [Fact]
        public void a_number_said_of_one_person_is_an_age()
        {
            Verifier().Verify("The club's oldest member is 104. The driver was 45 when he died.");
        }

        [Fact]
        public void a_number_said_of_a_group_may_count_it()
        {
            Verifier().Verify("Officials met the crew on Monday. The crew was {|EDL0002:12|} when the ship sailed. The members were {|EDL0002:40|} in May.");
        }

        [Fact]
        public void a_desk_names_its_own_group_nouns_in_figures_data()
        {
            // A person noun of the desk's is one person (a number said of it an age) until collectiveNouns names it a group.
            Verifier().WithRuleFile("rules/figures.yml", "kind: figures\npersonNouns: [squad]\n").Verify("Officials met the squad on Monday. The squad was 23 when the team flew out.");
            Verifier().WithRuleFile("rules/figures.yml", "kind: figures\npersonNouns: [squad]\ncollectiveNouns: [squad]\n").Verify("Officials met the squad on Monday. The squad was {|EDL0002:23|} when the team flew out.");
        }

        [Fact]
        public void the_characters_of_a_told_story_are_not_a_figure()
        {
            Verifier().Verify("The new film tells the story of two bakers who open a shop. The novel follows three farmers who leave the valley.");
        }

        [Fact]
        public void the_people_of_an_imagined_scene_are_not_a_figure()
        {
            Verifier().Verify("Picture it now. Two tired clerks at a desk, and a queue out of the door.");
        }

        [Fact]
        public void a_story_of_people_an_event_affected_tells_a_figure()
        {
            Verifier().Verify("The report tells the story of {|EDL0002:two|} men killed in the raid.");
        }

        [Fact]
        public void a_story_noun_without_a_word_of_telling_is_no_frame()
        {
            Verifier().Verify("The drama, filmed in Lagos, hired {|EDL0002:15|} drivers.");
        }

        [Fact]
        public void a_count_of_the_people_an_assault_affected_is_a_figure_at_any_size()
        {
            Verifier().Verify("The coach was jailed in May for assaulting {|EDL0002:three|} of the pupils at the school.");
        }

        [Fact]
        public void a_bound_of_an_age_band_after_a_retirement_word_is_an_age()
        {
            Verifier().Verify("Ban on forced retirement under 65");
        }
    }
    /// <summary>Stop 32 (i12b-s32), built held-out from the not-figure false alarms and misses of dev and test8–test12:
    /// the model of reference for a count (a count with no noun of its own, a count whose antecedent has no noun, a
    /// general person noun), a race distance that names its event, a parent compound written with hyphens.</summary>
    public class WhatAFigureIsReference
    {
        [Fact]
        public void a_definite_count_without_a_noun_refers_to_the_earlier_count_of_its_value()
        {
            Verifier().Verify("{|EDL0002:Twelve|} miners were trapped underground after the shaft flooded on Monday.\n\nAll 12 of them were brought out alive on Tuesday.");
        }

        [Fact]
        public void a_definite_count_without_a_noun_and_without_an_earlier_count_is_a_figure()
        {
            Verifier().Verify("The shaft flooded on Monday and trapped all {|EDL0002:12|} of them underground.");
        }

        [Fact]
        public void a_count_of_people_refers_to_an_earlier_toll_that_named_no_noun()
        {
            Verifier().Verify("A coach left the mountain road near the pass, killing {|EDL0002:40|}.\n\nThe 40 passengers had been on their way to a wedding.");
        }

        [Fact]
        public void a_count_of_people_does_not_refer_to_an_earlier_count_without_an_event_word()
        {
            Verifier().Verify("The depot sold {|EDL0002:40|} last year.\n\nThe {|EDL0002:40|} passengers were injured when the bridge gave way.");
        }

        [Fact]
        public void a_general_person_noun_refers_to_an_earlier_count_of_any_person_noun()
        {
            Verifier().Verify("{|EDL0002:Eleven|} suspects were arrested in a dawn raid on Monday. The 11 men were charged on Friday.");
        }

        [Fact]
        public void two_general_person_nouns_of_different_sexes_are_two_sets()
        {
            Verifier().Verify("{|EDL0002:Eleven|} women were arrested in a dawn raid on Monday. The {|EDL0002:11|} men were arrested on Friday.");
        }

        [Fact]
        public void a_definite_race_distance_in_sports_copy_names_its_event()
        {
            Verifier().Verify("The coach of the squad was pleased after the opening day of the athletics championship at the stadium. She won the 10,000m and then the 5,000m.");
        }

        [Fact]
        public void a_definite_race_distance_beside_a_race_word_names_its_event()
        {
            Verifier().Verify("She dropped out of the marathon in May and then the 10,000m in June.");
        }

        [Fact]
        public void a_definite_sum_outside_sports_copy_still_counts()
        {
            Verifier().Verify("The council borrowed the {|EDL0002:100m|} and spent it on roads.");
        }

        [Fact]
        public void a_parent_compound_written_with_hyphens_is_a_family()
        {
            Verifier().Verify("The father-of-two was arrested outside the ground after the match.");
        }

        [Fact]
        public void a_desk_may_name_a_general_person_noun()
        {
            // "folk" names no one in particular once generalPersonNouns lists it.
            Verifier().WithRuleFile("rules/figures.yml", "kind: figures\npersonNouns: [folk]\ngeneralPersonNouns: [folk]\n").Verify("{|EDL0002:Eleven|} suspects were arrested in a dawn raid on Monday. The 11 folk were charged on Friday.");
        }
    }
}
