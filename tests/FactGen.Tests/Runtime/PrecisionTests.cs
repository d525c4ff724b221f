using System;
using Xunit;

namespace FactGen.Tests.Runtime;

public class PrecisionTests
{
    [Theory]
    [InlineData(Precision.Exact, "")]
    [InlineData(Precision.About, "about")]
    [InlineData(Precision.Estimated, "an estimated")]
    [InlineData(Precision.AtLeast, "at least")]
    [InlineData(Precision.MoreThan, "more than")]
    [InlineData(Precision.AsManyAs, "as many as")]
    [InlineData(Precision.UpTo, "up to")]
    [InlineData(Precision.LessThan, "less than")]
    public void Phrase_matches_the_precision(Precision precision, string expected) =>
        Assert.Equal(expected, precision.ToPhrase());

    [Fact]
    public void Undefined_precision_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Precision)42).ToPhrase());
}
