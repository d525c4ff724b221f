using System.Linq;
using FactGen.Model.Text;
using Xunit;

namespace FactGen.Tests.Model;

public class FigureMentionsTests
{
    private static decimal[] Numbers(string text) => FigureMentions.Find(text).Select(mention => mention.Low).ToArray();

    [Theory]
    [InlineData("the number reached 100,000", 100_000)]
    [InlineData("the number reached 100 000", 100_000)]
    [InlineData("the number reached 100\u00A0000", 100_000)]
    [InlineData("the number reached 100k", 100_000)]
    [InlineData("About 1 million Russians", 1_000_000)]
    [InlineData("1.5 million people", 1_500_000)]
    [InlineData("more than $30 billion", 30_000_000_000)]
    [InlineData("a budget of 5bn roubles", 5_000_000_000)]
    [InlineData("roughly 13% of IT workers", 13)]
    [InlineData("around 10 percent of the industry", 10)]
    [InlineData("a ratio of 2.5", 2.5)]
    [InlineData("prices fell by -4%", -4)]
    [InlineData("Three days later", 3)]
    [InlineData("twenty-five engineers", 25)]
    [InlineData("two hundred thousand people", 200_000)]
    [InlineData("a million people", 1_000_000)]
    [InlineData("a third language", 3)]
    [InlineData("within a year", 1)]
    public void A_figure_is_found_in_every_written_form(string text, decimal expected)
        => Assert.Contains(expected, Numbers(text));

    [Fact]
    public void A_range_states_both_ends_and_a_scale_written_once_applies_to_both()
    {
        Assert.Equal(new[] { 70_000m, 100_000m }, Numbers("the 70,000-100,000 Russians"));
        Assert.Equal(new[] { 10m, 15m }, Numbers("10-15%"));
        Assert.Contains(1_000_000_000m, Numbers("$1-2 billion"));
        Assert.Contains(2_000_000_000m, Numbers("$1-2 billion"));
        Assert.Equal(new[] { 5m, 10m }, Numbers("from 5 to 10"));
    }

    [Fact]
    public void A_decade_states_each_of_its_years()
    {
        var mention = Assert.Single(FigureMentions.Find("is in his 20s"));

        Assert.True(mention.States(20) && mention.States(29));
        Assert.False(mention.States(30));
        Assert.True(Assert.Single(FigureMentions.Find("the 1990s")).States(1995));
    }

    [Fact]
    public void A_hyphenated_age_is_a_number_not_a_range()
        => Assert.Equal(new[] { 1m, 23m }, Numbers("Sasha, a 23-year-old engineer"));

    [Fact]
    public void A_comma_followed_by_a_space_separates_two_numbers()
        => Assert.Equal(new[] { 28m, 2022m }, Numbers("September 28, 2022."));

    [Fact]
    public void Digits_inside_words_and_groups_of_other_lengths_are_not_read_as_thousands()
    {
        Assert.Empty(Numbers("COVID19 and A4"));
        Assert.Equal(new[] { 1m, 20m }, Numbers("1,20"));
    }

    [Fact]
    public void A_mention_starts_at_its_currency_sign_so_the_words_before_it_can_be_read()
    {
        var mention = Assert.Single(FigureMentions.Find("more than $30 billion"));

        Assert.Equal("more than ".Length, mention.Start);
    }

    [Fact]
    public void A_number_too_long_for_decimal_is_read_without_failing()
        => Assert.Single(Numbers(new string('9', 40)));

    [Fact]
    public void Text_without_figures_states_none()
        => Assert.Empty(Numbers("Nothing here is counted."));

    [Theory]
    [InlineData("left: 100,000 people", "100,000", FigureForms.Grouped, null)]
    [InlineData("roughly 13% of workers", "13%", FigureForms.Percent, null)]
    [InlineData("around 10 percent of it", "10 percent", FigureForms.Percent, null)]
    [InlineData("more than $30 billion", "$30 billion", FigureForms.Currency | FigureForms.Scaled, "USD")]
    [InlineData("a budget of USD 30 billion", "USD 30 billion", FigureForms.Currency | FigureForms.Scaled, "USD")]
    [InlineData("costs €5 now", "€5", FigureForms.Currency, "EUR")]
    [InlineData("page 400 of it", "400", FigureForms.Plain, null)]
    [InlineData("a ratio of 1000.5", "1000.5", FigureForms.Plain, null)]
    [InlineData("Three days later", "Three", FigureForms.Words, null)]
    public void A_mention_spans_its_figure_and_says_how_it_is_written(string text, string figure, FigureForms forms, string? currency)
    {
        var mention = FigureMentions.Find(text).First(found => found.Start == text.IndexOf(figure, System.StringComparison.Ordinal));

        Assert.Equal(figure, text.Substring(mention.Start, mention.End - mention.Start));
        Assert.Equal(forms, mention.Forms);
        Assert.Equal(currency, mention.Currency);
        Assert.Equal((forms & ~FigureForms.Words) != FigureForms.Plain, mention.IsFormatted);
    }

    [Fact]
    public void Both_ends_of_a_range_take_the_sign_written_once()
    {
        var mentions = FigureMentions.Find("10-15%");

        Assert.All(mentions, mention => Assert.Equal(FigureForms.Percent | FigureForms.RangeEnd, mention.Forms));
        Assert.All(FigureMentions.Find("$1-2 billion").Where(mention => mention.Low >= 1_000_000_000), mention => Assert.Equal("USD", mention.Currency));
    }
}
