using System;
using Xunit;

namespace FactGen.Tests.Runtime;

public class FactTests
{
    [Fact]
    public void Exposes_its_fields_and_source()
    {
        var fact = Samples.Left();
        Assert.Equal("russians-left-since-2022", fact.Id);
        Assert.Equal("Russians who have left Russia since 2022", fact.Claim);
        Assert.Equal(1_000_000L, fact.Value);
        Assert.Equal("people", fact.Unit);
        Assert.Equal(Precision.About, fact.Precision);
        Assert.Equal(Period.Parse("2022/2023-08"), fact.Period);
        Assert.Same(fact.Citation.Source, fact.Source);
        IFact boxed = fact;
        Assert.Equal(1_000_000L, Assert.IsType<long>(boxed.Value));
    }

    [Fact]
    public void Formats_precision_value_and_unit()
    {
        Assert.Equal("about 1 million people", Samples.Left().FormatValue());
        Assert.Equal("about 1 million people (ShareAmerica, 2023)", Samples.Left().ToString());
        Assert.Equal("13% of IT workers", Samples.ItShare().FormatValue());
        Assert.Equal("13% of IT workers (Reuters, 2022)", ((IFact)Samples.ItShare()).ToString());
        Assert.Equal("5", Samples.Plain("x", Samples.Anonymous()).FormatValue());
    }

    [Theory]
    [InlineData(Precision.Exact, "100,000 people")]
    [InlineData(Precision.Estimated, "an estimated 100,000 people")]
    [InlineData(Precision.AtLeast, "at least 100,000 people")]
    [InlineData(Precision.MoreThan, "more than 100,000 people")]
    [InlineData(Precision.AsManyAs, "as many as 100,000 people")]
    [InlineData(Precision.UpTo, "up to 100,000 people")]
    [InlineData(Precision.LessThan, "less than 100,000 people")]
    public void Every_precision_prints(Precision precision, string expected) =>
        Assert.Equal(expected, new Fact<long>("f", "c", 100_000, "people", precision, null, Samples.Cite(Samples.Anonymous())).FormatValue());

    [Fact]
    public void Formats_every_value_kind()
    {
        var citation = Samples.Cite(Samples.Anonymous());
        Assert.Equal("more than $30 billion in assets", new Fact<Money>("m", "c", new Money(30_000_000_000m, "USD"), "in assets", Precision.MoreThan, null, citation).FormatValue());
        Assert.Equal("70,000\u2013100,000 people", new Fact<Range<long>>("r", "c", new Range<long>(70_000, 100_000), "people", Precision.Exact, null, citation).FormatValue());
        Assert.Equal("10\u201315%", new Fact<Range<Percentage>>("p", "c", new Range<Percentage>(new Percentage(10m), new Percentage(15m)), null, Precision.Exact, null, citation).FormatValue());
        Assert.Equal("2009", new Fact<int>("y", "c", 2009, null, Precision.Exact, null, citation).FormatValue());
        Assert.Equal("about 2.5 times", new Fact<decimal>("d", "c", 2.50m, "times", Precision.About, null, citation).FormatValue());
    }

    [Fact]
    public void Validates_arguments()
    {
        var citation = Samples.Cite(Samples.Anonymous());
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Fact<long>(null!, "c", 1, null, Precision.Exact, null, citation)).ParamName);
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => new Fact<long>("f", null!, 1, null, Precision.Exact, null, citation)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new Fact<string>("f", "c", null!, null, Precision.Exact, null, citation)).ParamName);
        Assert.Equal("citation", Assert.Throws<ArgumentNullException>(() => new Fact<long>("f", "c", 1, null, Precision.Exact, null, null!)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Fact<long>("f", "c", 1, null, (Precision)99, null, citation));
    }

    [Fact]
    public void Equality()
    {
        Fact<long> Make(long value = 1, string? unit = "people", Precision precision = Precision.About, string period = "2022", string quote = "q") =>
            new("f", "c", value, unit, precision, Period.Parse(period), Samples.Cite(Samples.ShareAmerica(), quote));

        EqualityContract.Holds(Make(), Make(), Make(value: 2), (a, b) => a == b, (a, b) => a != b);
        Assert.NotEqual(Make(), Make(unit: null));
        Assert.NotEqual(Make(), Make(precision: Precision.Exact));
        Assert.NotEqual(Make(), Make(period: "2023"));
        Assert.NotEqual(Make(), Make(quote: "other"));
        Assert.NotEqual(Make(), new Fact<long>("g", "c", 1, "people", Precision.About, Period.Parse("2022"), Samples.Cite(Samples.ShareAmerica(), "q")));
        Assert.NotEqual(Make(), new Fact<long>("f", "d", 1, "people", Precision.About, Period.Parse("2022"), Samples.Cite(Samples.ShareAmerica(), "q")));
        Assert.NotEqual(Make(), new Fact<long>("f", "c", 1, "people", Precision.About, null, Samples.Cite(Samples.ShareAmerica(), "q")));
    }
}
