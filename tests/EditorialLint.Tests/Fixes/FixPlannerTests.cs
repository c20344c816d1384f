using System.Linq;
using EditorialLint.Fixes;
using EditorialLint.Text;

namespace EditorialLint.Tests.Fixes;

public class FixPlannerTests
{
    [Fact]
    public void overlapping_edits_keep_the_first_by_position_whatever_the_input_order()
    {
        var article = Article.Parse("a.txt", "abcdefghij");
        var edits = new[] { new TextEdit(new TextSpan(2, 4), "X"), new TextEdit(new TextSpan(0, 3), "Y"), new TextEdit(new TextSpan(6, 2), "Z") };
        var forward = FixPlanner.Plan(article, edits);
        var backward = FixPlanner.Plan(article, edits.Reverse());
        Assert.Equal(new[] { "Y", "Z" }, forward.Select(e => e.NewText).ToArray());
        Assert.Equal(forward.Select(e => e.ToString()), backward.Select(e => e.ToString()));
        Assert.Equal("YdefZij", FixPlanner.Apply(article.Text, forward));
    }

    [Fact]
    public void the_same_span_twice_keeps_the_ordinally_first_replacement_and_no_ops_are_dropped()
    {
        var article = Article.Parse("a.txt", "colour color");
        var plan = FixPlanner.Plan(article, new[] { new TextEdit(new TextSpan(0, 6), "colour"), new TextEdit(new TextSpan(7, 5), "colour"), new TextEdit(new TextSpan(7, 5), "Colour") });
        Assert.Equal("[7..12) -> 'Colour'", Assert.Single(plan).ToString());
    }

    [Fact]
    public void spans_inside_quotations_are_protected_but_words_touching_them_are_not()
    {
        var article = Article.Parse("a.txt", "Tehrik said “Tehrik” Tehrik.");
        var quote = article.Quotations.Single().Span;
        Assert.True(FixPlanner.IsProtected(article, new TextSpan(quote.Start + 1, 6)));
        Assert.False(FixPlanner.IsProtected(article, new TextSpan(0, 6)));
        Assert.False(FixPlanner.IsProtected(article, new TextSpan(quote.End + 1, 6)));
    }
}
