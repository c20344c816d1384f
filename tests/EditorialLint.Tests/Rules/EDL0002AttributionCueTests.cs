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
            // ", which came in first, has said …" is a frame of the party's: the rate is in its content; a figure in the
            // aside itself is another claim.
            Verifier().Verify(
                "Greek vote\n\n" +
                "New Democracy, which came in first, has said a less austere deal is crucial to a country with a 22 percent unemployment rate.\n\n" +
                "The party, which spent {|EDL0002:€40m|} on its campaign, has said the deal is crucial to the future of the country.");
        }

        [Fact]
        public void a_noun_form_after_a_relative_or_participial_aside_is_a_verb()
        {
            Verifier().Verify(
                "Vets turn to acupuncture\n\n" +
                "The Holistic Veterinary Medical Association, which was founded in 1982, reports a membership of 1,000 veterinarians.\n\n" +
                "The Veterinary Acupuncture Society, founded in 1974, reports 1,500 members.\n\n" +
                "The member states, which joined in 2004, received {|EDL0002:$40m|} for the fund.");
        }
    }

    public class FrameOrTag
    {
        [Fact]
        public void a_capitalised_word_after_a_subject_that_opens_the_sentence_starts_the_content()
        {
            // "Hitachi said Pal and Chum, which …" is a frame: the names after the verb are no inverted agent.
            Verifier().Verify(
                "Robots on wheels\n\n" +
                "Hitachi said Pal and Chum, which have a vocabulary of about 100 words, could be trained for office use in as little as five years.\n\n" +
                "The ferry carried {|EDL0002:40|} migrants.");
        }

        [Fact]
        public void a_noun_form_after_a_name_is_a_verb_before_a_fiscal_year_label()
        {
            Verifier().Verify(
                "Inflation eases\n\n" +
                "JS Global forecasts FY25 average inflation at 4.6%, with a forward 12-month estimate of 5.7%.");
        }
    }

    public class Demands
    {
        [Fact]
        public void calls_for_and_called_on_to_give_a_demand_as_content()
        {
            Verifier().Verify(
                "Brown calls for £5.5bn Aids fund\n\n" +
                "Gordon Brown has called on rich nations to fund a £5.5bn plan to fight the epidemic.\n\n" +
                "The FPCCI called for cutting electricity tariffs to 9 cents per unit.");
        }

        [Fact]
        public void a_noun_a_participle_or_an_unnamed_plan_is_no_demand()
        {
            Verifier().Verify(
                "Wolves return\n\n" +
                "Plans call for another {|EDL0002:11|} wolves to be released this spring.\n\n" +
                "The number of documents called for examination dropped from {|EDL0002:37%|} to 21%.\n\n" +
                "Renewed calls for a {|EDL0002:40%|} pay rise were heard.");
        }

        [Fact]
        public void an_adjunct_of_the_act_of_asking_is_not_what_is_asked_for()
        {
            Verifier().Verify(
                "Consumers want audit\n\n" +
                "Consumers have called for an audit of the companies, following their request to collect {|EDL0002:Rs455 billion|} from users.");
        }
    }
}
