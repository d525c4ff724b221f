using System;
using System.Globalization;
using Xunit;

namespace FactGen.Tests.Runtime;

public class MoneyTests
{
    [Theory]
    [InlineData("30000000000", "USD", "$30 billion")]
    [InlineData("5000000", "EUR", "\u20AC5 million")]
    [InlineData("2500000", "GBP", "\u00A32.5 million")]
    [InlineData("1000000000", "RUB", "\u20BD1 billion")]
    [InlineData("30000000000", "SEK", "30 billion SEK")]
    [InlineData("1500", "JPY", "1,500 JPY")]
    [InlineData("1234.50", "USD", "$1,234.5")]
    [InlineData("-5000000", "USD", "-$5 million")]
    [InlineData("-5000000", "CHF", "-5 million CHF")]
    [InlineData("0", "EUR", "\u20AC0")]
    public void Prints_symbol_or_code(string amount, string currency, string expected)
    {
        var money = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), currency);
        Assert.Equal(expected, money.ToString());
        Assert.Equal(expected, money.ToString(null, CultureInfo.GetCultureInfo("de-DE")));
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDT")]
    [InlineData("")]
    [InlineData("U$D")]
    [InlineData("ÜSD")]
    [InlineData(" USD")]
    public void Rejects_invalid_currency(string currency)
    {
        var error = Assert.Throws<ArgumentException>(() => new Money(1m, currency));
        Assert.Equal("currency", error.ParamName);
    }

    [Fact]
    public void Rejects_null_currency() =>
        Assert.Throws<ArgumentNullException>(() => new Money(1m, null!));

    [Fact]
    public void Default_has_no_currency()
    {
        Assert.Equal("XXX", default(Money).Currency);
        Assert.Equal(new Money(0m, "XXX"), default);
    }

    [Fact]
    public void Compares_only_within_a_currency()
    {
        var one = new Money(1m, "USD");
        var two = new Money(2m, "USD");
        Assert.True(one.CompareTo(two) < 0);
        Assert.True(two.CompareTo(one) > 0);
        Assert.Equal(0, one.CompareTo(new Money(1.00m, "USD")));
        Assert.True(one < two && one <= two && two > one && two >= one);
        var error = Assert.Throws<InvalidOperationException>(() => one.CompareTo(new Money(1m, "EUR")));
        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => one < new Money(1m, "EUR"));
    }

    [Fact]
    public void Canonical_format() =>
        Assert.Equal("USD 30000000000", new Money(30_000_000_000m, "USD").ToString("C", null));

    [Fact]
    public void Equality()
    {
        EqualityContract.Holds(new Money(5m, "USD"), new Money(5.00m, "USD"), new Money(5m, "EUR"), (a, b) => a == b, (a, b) => a != b);
        EqualityContract.Holds(new Money(5m, "USD"), new Money(5m, "USD"), new Money(6m, "USD"), (a, b) => a == b, (a, b) => a != b);
    }
}
