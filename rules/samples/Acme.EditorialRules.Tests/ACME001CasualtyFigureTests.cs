using EditorialLint.Testing;

namespace Acme.EditorialRules.Tests;

public class ACME001CasualtyFigureTests
{
    private readonly RuleVerifier _verifier = new(new CasualtyFigureRule());

    public class Reports : ACME001CasualtyFigureTests
    {
        [Fact]
        public void a_figure_with_neither_source_nor_date()
        {
            _verifier.Verify("The clashes left {|ACME001:23|} soldiers dead.");
        }

        [Fact]
        public void a_figure_with_a_source_but_no_date()
        {
            _verifier.Verify("Police said {|ACME001:12|} people were injured in the blast.");
        }

        [Fact]
        public void a_figure_with_a_date_but_no_source()
        {
            _verifier.Verify("On Tuesday, {|ACME001:4|} people were killed.");
        }

        [Fact]
        public void once_per_sentence_at_the_first_figure()
        {
            _verifier.Verify("The deaths of over {|ACME001:200|} militants and 23 soldiers ended the clash.");
        }
    }

    public class Ignores : ACME001CasualtyFigureTests
    {
        [Fact]
        public void a_figure_with_source_and_date()
        {
            _verifier.Verify("Police said on Tuesday that 12 people were injured in the blast.");
        }

        [Fact]
        public void numbers_that_are_not_casualties()
        {
            _verifier.Verify("Indonesia has offered 20,000 troops for the force.");
        }

        [Fact]
        public void a_year_is_not_a_figure()
        {
            _verifier.Verify("Many died in the war of 1971.");
        }

        [Fact]
        public void a_suppressed_paragraph()
        {
            _verifier.Verify("<!-- editorial-lint disable-next-line ACME001 -->\nThe clashes left 23 soldiers dead.");
        }

        [Fact]
        public void a_narrower_window_is_an_option()
        {
            _verifier.WithOption("editorial_lint.ACME001.window", "1")
                .Verify("Over 200 of the militants and affiliated fighters were killed.");
        }
    }
}
