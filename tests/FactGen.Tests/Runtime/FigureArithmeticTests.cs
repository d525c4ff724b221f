using System;
using Xunit;
using static FactGen.Tests.Runtime.Samples;

namespace FactGen.Tests.Runtime;

public class FigureArithmeticTests
{
    private static readonly Fact<long> ItSpecialists = Cited("it-specialists", 100_000L, Precision.Estimated, "IT specialists", "2022/2023-08");
    private static readonly Fact<long> Russians = Cited("russians", 1_000_000L, Precision.About, "people", "2022/2023-08");

    private static Fact<long> Count(long value, Precision precision = Precision.Exact, string id = "count") => Cited(id, value, precision);

    [Fact]
    public void A_count_over_a_count_is_a_share_that_keeps_both_facts_the_period_and_how_it_was_computed()
    {
        var share = ItSpecialists.Over(Russians, "of the Russians who left");

        Assert.Equal(new Percentage(10m), share.Value);
        Assert.Equal(Precision.About, share.Precision);
        Assert.Equal(Period.Parse("2022/2023-08"), share.Period);
        Assert.Equal(new IFact[] { ItSpecialists, Russians }, share.Facts);
        Assert.Equal("100,000 of 1 million", share.Note);
        Assert.Equal("10%", share.ValueText);
        Assert.Equal("about 10% of the Russians who left", share.FormatValue());
        Assert.Equal("about 10% of the Russians who left (ShareAmerica, 2023)", share.ToString());
    }

    [Fact]
    public void Citations_are_kept_once_each_in_the_order_they_were_first_used()
    {
        var reuters = Cited("reuters-count", 400_000L, source: Reuters());

        var sum = ItSpecialists.Over(Russians).Plus(reuters.Over(Russians)).Plus(ItSpecialists.Over(reuters));
        var none = ItSpecialists.Minus(ItSpecialists);

        Assert.Equal(new IFact[] { ItSpecialists, Russians, reuters }, sum.Facts);
        Assert.Equal(new IFact[] { ItSpecialists }, none.Facts);
        Assert.Equal(0L, none.Value);
        Assert.Equal("about 75% (ShareAmerica, 2023; Reuters, 2022)", sum.ToString());
    }

    [Fact]
    public void Values_are_decimal_to_the_last_digit()
    {
        var third = Count(1).Over(Count(3));

        var value = Assert.IsType<Percentage>(third.Value).Value;
        Assert.Equal(100m / 3m, value);
        Assert.Equal(Precision.Exact, third.Precision);
        Assert.Equal(0.1m + 0.2m, Cited("a", 0.1m).Plus(Cited("b", 0.2m)).Value);
    }

    [Theory]
    [InlineData(Precision.Exact, Precision.Exact, Precision.Exact)]
    [InlineData(Precision.Exact, Precision.About, Precision.About)]
    [InlineData(Precision.Estimated, Precision.Exact, Precision.Estimated)]
    [InlineData(Precision.Estimated, Precision.Estimated, Precision.Estimated)]
    [InlineData(Precision.Estimated, Precision.About, Precision.About)]
    [InlineData(Precision.MoreThan, Precision.Exact, Precision.MoreThan)]
    [InlineData(Precision.AtLeast, Precision.AtLeast, Precision.AtLeast)]
    [InlineData(Precision.AtLeast, Precision.MoreThan, Precision.MoreThan)]
    [InlineData(Precision.AsManyAs, Precision.AsManyAs, Precision.AsManyAs)]
    [InlineData(Precision.UpTo, Precision.AsManyAs, Precision.UpTo)]
    [InlineData(Precision.UpTo, Precision.LessThan, Precision.LessThan)]
    public void The_precision_of_a_sum(Precision left, Precision right, Precision expected)
        => Assert.Equal(expected, Count(100, left, "a").Plus(Count(20, right, "b")).Precision);

    [Theory]
    [InlineData(Precision.MoreThan, Precision.Exact, Precision.MoreThan)]
    [InlineData(Precision.Exact, Precision.MoreThan, Precision.LessThan)]
    [InlineData(Precision.Exact, Precision.AtLeast, Precision.UpTo)]
    [InlineData(Precision.Exact, Precision.UpTo, Precision.AtLeast)]
    [InlineData(Precision.Exact, Precision.AsManyAs, Precision.AtLeast)]
    [InlineData(Precision.Exact, Precision.LessThan, Precision.MoreThan)]
    [InlineData(Precision.AtLeast, Precision.UpTo, Precision.AtLeast)]
    [InlineData(Precision.LessThan, Precision.AtLeast, Precision.LessThan)]
    [InlineData(Precision.About, Precision.Estimated, Precision.About)]
    public void A_subtracted_figure_turns_its_bound_around(Precision left, Precision right, Precision expected)
        => Assert.Equal(expected, Count(100, left, "a").Minus(Count(20, right, "b")).Precision);

    [Theory]
    [InlineData(Precision.MoreThan, Precision.Exact, Precision.MoreThan)]
    [InlineData(Precision.Exact, Precision.MoreThan, Precision.LessThan)]
    [InlineData(Precision.UpTo, Precision.AtLeast, Precision.UpTo)]
    [InlineData(Precision.Estimated, Precision.About, Precision.About)]
    public void A_denominator_turns_its_bound_around(Precision part, Precision whole, Precision expected)
        => Assert.Equal(expected, Count(20, part, "a").Over(Count(100, whole, "b")).Precision);

    [Theory]
    [InlineData(Precision.MoreThan, Precision.LessThan)]
    [InlineData(Precision.About, Precision.AtLeast)]
    [InlineData(Precision.UpTo, Precision.Estimated)]
    public void A_sum_of_bounds_on_two_sides_or_of_a_bound_and_an_estimate_is_refused(Precision left, Precision right)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Count(100, left, "a").Plus(Count(20, right, "b")));
        Assert.Contains("cannot be combined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_lower_bounds_subtracted_leave_no_bound()
        => Assert.Throws<InvalidOperationException>(() => Count(100, Precision.AtLeast, "a").Minus(Count(20, Precision.AtLeast, "b")));

    [Fact]
    public void A_factor_below_zero_turns_a_bound_around_and_zero_is_exact()
    {
        var moreThan = Count(30, Precision.MoreThan);

        Assert.Equal(Precision.MoreThan, moreThan.Times(2).Precision);
        Assert.Equal(Precision.LessThan, moreThan.Times(-2).Precision);
        Assert.Equal(-60L, moreThan.Times(-2).Value);
        Assert.Equal(Precision.Exact, moreThan.Times(0).Precision);
    }

    [Fact]
    public void A_bound_against_a_range_across_zero_is_refused()
    {
        var across = Cited("across", new Range<long>(-10, 10));

        Assert.Throws<InvalidOperationException>(() => Cited("share", new Percentage(5), Precision.AtLeast).Of(across));
        Assert.Equal(new Range<long>(-1, 1), Cited("share", new Percentage(10), Precision.About).Of(across).Value);
    }

    [Fact]
    public void Ranges_stay_ranges_by_interval_arithmetic()
    {
        var left = Cited("left", new Range<long>(70_000, 100_000), unit: "people");
        var more = Cited("more", new Range<long>(10, 20));

        Assert.Equal(new Range<long>(70_010, 100_020), left.Plus(more).Value);
        Assert.Equal(new Range<long>(69_980, 99_990), left.Minus(more).Value);
        Assert.Equal(new Range<long>(140_000, 200_000), left.Times(2).Value);
        Assert.Equal(new Range<long>(-200_000, -140_000), left.Times(-2).Value);
        Assert.Equal(new Range<Percentage>(new Percentage(7), new Percentage(10)), left.Over(Count(1_000_000)).Value);
        Assert.Equal(new Range<Percentage>(new Percentage(7), new Percentage(10)), Count(70_000).Over(Cited("whole", new Range<long>(700_000, 1_000_000))).Value);
        Assert.Equal(new Range<long>(9_100, 13_000), Cited("share", new Percentage(13)).Of(left).Value);
        Assert.Equal("7\u201310%", left.Over(Count(1_000_000)).ValueText);
        Assert.Equal("140,000\u2013200,000 people", left.Times(2).FormatValue());
    }

    [Fact]
    public void A_range_stays_a_range_when_its_ends_meet()
        => Assert.Equal(new Range<long>(0, 0), Cited("r", new Range<long>(5, 5)).Minus(Count(5)).Value);

    [Fact]
    public void A_percentage_of_a_count_is_a_count_of_money_money_of_a_percentage_a_percentage()
    {
        var share = Cited("share", new Percentage(13), unit: "of IT workers");

        var workers = share.Of(Cited("workers", 70_000L, Precision.AsManyAs, "IT workers"));
        Assert.Equal(9_100L, workers.Value);
        Assert.Equal("as many as 9,100 IT workers", workers.FormatValue());
        Assert.Equal("13% of 70,000", workers.Note);
        Assert.Equal(new Money(3_900_000_000m, "USD"), share.Of(Cited("flight", new Money(30_000_000_000m, "USD"))).Value);
        Assert.Equal(new Percentage(1.3m), share.Of(Cited("tenth", new Percentage(10))).Value);
        Assert.Equal(130.13m, share.Of(Count(1_001)).Value);
    }

    [Fact]
    public void Money_over_money_in_one_currency_is_a_share()
        => Assert.Equal(
            new Percentage(25),
            Cited("a", new Money(1_000_000m, "RUB")).Over(Cited("b", new Money(4_000_000m, "RUB"))).Value);

    [Fact]
    public void Money_in_two_currencies_is_refused_with_both_named()
    {
        var dollars = Cited("dollars", new Money(30_000_000_000m, "USD"), Precision.MoreThan);
        var euros = Cited("euros", new Money(5_000_000m, "EUR"));

        var error = Assert.Throws<InvalidOperationException>(() => dollars.Plus(euros));

        Assert.Equal(
            "Cannot add money in USD ('more than $30 billion') and money in EUR ('\u20AC5 million'): convert one into the other's currency first, at a cited rate.",
            error.Message);
        Assert.Throws<InvalidOperationException>(() => dollars.Minus(euros));
        Assert.Throws<InvalidOperationException>(() => dollars.Over(euros));
    }

    [Fact]
    public void Mixes_of_kinds_with_no_meaning_are_refused()
    {
        var share = Cited("share", new Percentage(10));
        var money = Cited("money", new Money(5m, "USD"));

        Assert.Equal(
            "Cannot add a count ('about 1 million people') and a percentage ('10%'): both must be counts, numbers, percentages, or money in one currency.",
            Assert.Throws<InvalidOperationException>(() => Russians.Plus(share)).Message);
        Assert.Throws<InvalidOperationException>(() => money.Over(Russians));
        Assert.Throws<InvalidOperationException>(() => Russians.Minus(Cited("ratio", 2.5m)));
        Assert.Contains("not a percentage", Assert.Throws<InvalidOperationException>(() => Russians.Of(money)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_are_dates_not_quantities()
    {
        var year = Cited("year", 2022);

        Assert.Contains("is a year", Assert.Throws<InvalidOperationException>(() => year.Minus(Cited("other", 2020))).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => year.Times(2));
        Assert.Throws<InvalidOperationException>(() => Cited("years", new Range<int>(2009, 2012)).Round(0));
    }

    [Fact]
    public void A_share_of_zero_is_refused()
    {
        Assert.Throws<DivideByZeroException>(() => Russians.Over(Count(0)));
        Assert.Throws<DivideByZeroException>(() => Russians.Over(Cited("span", new Range<long>(0, 10))));
    }

    [Fact]
    public void The_period_is_kept_only_when_all_inputs_share_it()
    {
        var year2022 = Cited("svt", 100_000L, period: "2022");

        Assert.Null(year2022.Over(Russians).Period);
        Assert.Null(year2022.Over(Count(1_000_000)).Period);
        Assert.Equal(Period.Parse("2022"), year2022.Times(2).Period);
        Assert.Equal(Period.Parse("2022"), year2022.Plus(year2022).Period);
    }

    [Fact]
    public void A_note_names_the_period_of_each_input_when_they_differ()
    {
        var year2022 = Cited("svt", 100_000L, period: "2022");

        Assert.Equal("100,000 in 2022 of 1 million in 2022\u2013August 2023", year2022.Over(Russians).Note);
        Assert.Equal("100,000 in 2022 minus 5", year2022.Minus(Count(5)).Note);
        Assert.Equal("100,000 of 1 million", ItSpecialists.Over(Russians).Note);
    }

    [Fact]
    public void Units_follow_the_operation()
    {
        Assert.Equal("IT specialists", ItSpecialists.Plus(Count(5)).Unit);
        Assert.Equal("people", Russians.Minus(ItSpecialists).Unit);
        Assert.Null(ItSpecialists.Over(Russians).Unit);
        Assert.Equal("IT specialists", ItSpecialists.Times(2).Unit);
        Assert.Null(ItSpecialists.Over(Russians, " ").Unit);
    }

    [Fact]
    public void Notes_name_every_input_and_nest_derived_ones()
    {
        Assert.Equal("1 million minus 100,000", Russians.Minus(ItSpecialists).Note);
        Assert.Equal("100,000 plus 100,000", ItSpecialists.Plus(ItSpecialists).Note);
        Assert.Equal("1 million times 1.5", Russians.Times(1.5m).Note);
        Assert.Equal("(100,000 of 1 million) times 2", ItSpecialists.Over(Russians).Times(2).Note);
        Assert.Equal("(1 million minus 100,000) of 1 million", Russians.Minus(ItSpecialists).Over(Russians).Note);
    }

    [Fact]
    public void A_fractional_count_is_a_decimal_until_rounded()
    {
        var half = Count(3).Times(0.5m);

        Assert.Equal(1.5m, half.Value);
        Assert.Equal(2L, half.Round(0).Value);
        Assert.Equal(new Range<decimal>(1.5m, 3m), Cited("r", new Range<long>(3, 6)).Times(0.5m).Value);
    }

    [Fact]
    public void Rounding_keeps_the_figure_true()
    {
        var third = Count(1).Over(Count(3));
        var rounded = third.Round(1);

        Assert.Equal(new Percentage(33.3m), rounded.Value);
        Assert.Equal(Precision.About, rounded.Precision);
        Assert.Equal("1 of 3, rounded to 1 decimal place", rounded.Note);
        Assert.Equal(new Percentage(66.6m), Count(2, Precision.MoreThan).Over(Count(3)).Round(1).Value);
        Assert.Equal(Precision.MoreThan, Count(2, Precision.MoreThan).Over(Count(3)).Round(1).Precision);
        Assert.Equal(new Percentage(33.4m), Count(1, Precision.UpTo).Over(Count(3)).Round(1).Value);
        Assert.Equal("1 of 3, rounded up to 1 decimal place", Count(1, Precision.UpTo).Over(Count(3)).Round(1).Note);
        Assert.Equal(new Percentage(66.7m), Count(2, Precision.About).Over(Count(3)).Round(1).Value);
    }

    [Fact]
    public void Rounding_to_tens_and_thousands_and_of_ranges()
    {
        var count = Count(1_234_567).Round(-3);
        var range = Cited("r", new Range<long>(70_000, 100_000)).Over(Count(3_000_000)).Round(1);

        Assert.Equal(1_235_000L, count.Value);
        Assert.Equal("1,234,567, rounded to the nearest 1,000", count.Note);
        Assert.Equal(new Range<Percentage>(new Percentage(2.3m), new Percentage(3.4m)), range.Value);
        Assert.Equal(Precision.Exact, range.Precision);
        Assert.Equal("70,000\u2013100,000 of 3 million, rounded outward to 1 decimal place", range.Note);
        Assert.Equal("1,234,567.4, rounded to a whole number", Cited("d", 1_234_567.4m).Round(0).Note);
        Assert.Equal("1,234,567.4444, rounded to 2 decimal places", Cited("d", 1_234_567.4444m).Round(2).Note);
    }

    [Fact]
    public void A_rounding_that_changes_nothing_says_nothing()
    {
        var share = ItSpecialists.Over(Russians);

        Assert.Equal(share, share.Round(1));
        Assert.Equal("100,000", ItSpecialists.Round(0).Note);
        Assert.Throws<ArgumentOutOfRangeException>(() => share.Round(29));
        Assert.Throws<ArgumentOutOfRangeException>(() => share.Round(-19));
    }

    [Fact]
    public void Equality_contract()
        => EqualityContract.Holds(
            ItSpecialists.Over(Russians),
            ItSpecialists.Over(Russians),
            ItSpecialists.Over(Russians, "of the Russians who left"),
            (a, b) => a == b,
            (a, b) => a != b);

    [Fact]
    public void Null_inputs_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ItSpecialists.Plus(null!));
        Assert.Throws<ArgumentNullException>(() => ((ICitedFigure)null!).Minus(ItSpecialists));
        Assert.Throws<ArgumentNullException>(() => ItSpecialists.Over(null!));
        Assert.Throws<ArgumentNullException>(() => ItSpecialists.Of(null!));
        Assert.Throws<ArgumentNullException>(() => ((ICitedFigure)null!).Times(2));
        Assert.Throws<ArgumentNullException>(() => ((ICitedFigure)null!).Round(0));
    }
}
