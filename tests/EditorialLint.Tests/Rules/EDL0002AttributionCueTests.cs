using EditorialLint.BuiltIn;
using EditorialLint.Testing;

namespace EditorialLint.Tests.Rules;

/// <summary>
/// EDL0002's attribution side: cues whose source stands before an aside, and demands ("calls for", "called on … to")
/// whose content is what they ask for.
/// </summary>
public class EDL0002AttributionCueTests
{
    private static RuleVerifier Verifier() => new(new UnattributedFigureRule());

    public class CueAfterAnAside
    {
        [Fact]
        public void an_auxiliary_after_a_relative_aside_is_no_agent_of_a_tag()
        {
            // ", which came in second, has said …" is a frame of the party's: the rate is in its content; a figure in the
            // aside itself is another claim.
            Verifier().Verify(
                "Harbour vote\n\n" +
                "Civic Forum, which came in second, has said a cheaper bridge is vital to a town with a 14 percent unemployment rate.\n\n" +
                "The party, which spent {|EDL0002:€40m|} on its campaign, has said the deal is crucial to the future of the country.");
        }

        [Fact]
        public void a_noun_form_after_a_relative_or_participial_aside_is_a_verb()
        {
            Verifier().Verify(
                "Birders gather\n\n" +
                "The Coastal Birdwatchers Association, which was founded in 1979, reports a membership of 2,000 volunteers.\n\n" +
                "The Heron Watch Society, founded in 1968, reports 1,200 members.\n\n" +
                "The member states, which joined in 2004, received {|EDL0002:$40m|} for the fund.");
        }
    }

    public class FrameOrTag
    {
        [Fact]
        public void a_capitalised_word_after_a_subject_that_opens_the_sentence_starts_the_content()
        {
            // "Sonara said Rex and Lupo, which …" is a frame: the names after the verb are no inverted agent.
            Verifier().Verify(
                "Robots on wheels\n\n" +
                "Sonara said Rex and Lupo, which have a range of about 80 miles, could be sold for farm use in as little as four years.\n\n" +
                "The ferry carried {|EDL0002:40|} migrants.");
        }

        [Fact]
        public void a_noun_form_after_a_name_is_a_verb_before_a_fiscal_year_label()
        {
            Verifier().Verify(
                "Inflation eases\n\n" +
                "Arif Capital forecasts FY26 average inflation at 5.1%, with a forward 12-month estimate of 6.2%.");
        }
    }

    public class Demands
    {
        [Fact]
        public void calls_for_and_called_on_to_give_a_demand_as_content()
        {
            Verifier().Verify(
                "Malik calls for £2.5bn flood fund\n\n" +
                "Sara Malik has called on wealthy states to fund a £2.5bn plan to restore the valley.\n\n" +
                "The FPCCI called for cutting gas tariffs to 7 cents per unit.");
        }

        [Fact]
        public void a_noun_a_participle_or_an_unnamed_plan_is_no_demand()
        {
            Verifier().Verify(
                "Wolves return\n\n" +
                "Plans call for another {|EDL0002:11|} wolves to be released this spring.\n\n" +
                "The share of files called for review dropped from {|EDL0002:37%|} to 21%.\n\n" +
                "Renewed calls for a {|EDL0002:40%|} pay rise were heard.");
        }

        [Fact]
        public void an_adjunct_of_the_act_of_asking_is_not_what_is_asked_for()
        {
            Verifier().Verify(
                "Traders want audit\n\n" +
                "Traders have called for an audit of the utilities, following their request to collect {|EDL0002:Rs120 billion|} from users.");
        }
    }
}
