using System;

namespace FactGen;

/// <summary>An amount of money in an ISO 4217 currency: <c>$30 billion</c>, <c>30 billion SEK</c>.</summary>
/// <remarks>
/// Money compares only with money of the same currency. <c>default(Money)</c> is 0 in <c>XXX</c>, the ISO 4217 code
/// for "no currency".
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IFormattable
{
    private const string NoCurrency = "XXX";

    private readonly string? _currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount, in units of the currency.</param>
    /// <param name="currency">The ISO 4217 code: three uppercase ASCII letters, such as <c>USD</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three uppercase ASCII letters.</exception>
    public Money(decimal amount, string currency)
    {
        if (currency is null)
        {
            throw new ArgumentNullException(nameof(currency));
        }

        if (!IsCurrencyCode(currency))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code: expected three uppercase ASCII letters such as USD.", nameof(currency));
        }

        Amount = amount;
        _currency = currency;
    }

    /// <summary>The amount, in units of the currency.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code, such as <c>USD</c>.</summary>
    public string Currency => _currency ?? NoCurrency;

    /// <summary>
    /// The text for readers: the amount as <see cref="FigureFormatter.Format(decimal)"/> prints it, after the symbol for
    /// USD (<c>$</c>), EUR (<c>€</c>), GBP (<c>£</c>) and RUB (<c>₽</c>) — <c>$30 billion</c>, <c>-€5 million</c> — and
    /// before the code for any other currency: <c>30 billion SEK</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var symbol = Symbol(Currency);
        if (symbol is null)
        {
            return FigureFormatter.Format(Amount) + " " + Currency;
        }

        return Amount < 0
            ? "-" + symbol + FigureFormatter.Format(-Amount)
            : symbol + FigureFormatter.Format(Amount);
    }

    /// <summary>
    /// Formats the money, always with the invariant culture: <c>G</c> (or null or empty) gives
    /// <see cref="ToString()"/>, <c>C</c> gives the canonical text of <see cref="FactValue.Canonical"/> (<c>USD 30000000000</c>).
    /// </summary>
    /// <param name="format">Null, <c>G</c> or <c>C</c>.</param>
    /// <param name="formatProvider">Ignored: formatting is culture-invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        FormatString.IsCanonical(format) ? FactValue.Canonical(this) : ToString();

    /// <inheritdoc/>
    public bool Equals(Money other) => Amount == other.Amount && string.Equals(Currency, other.Currency, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashHelper.Combine(Amount.GetHashCode(), HashHelper.Of(Currency));

    /// <summary>Compares the amounts of two sums in the same currency.</summary>
    /// <param name="other">Money in the same currency.</param>
    /// <returns>Negative, zero or positive as this amount is less than, equal to or greater than the other.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Cannot compare money in {Currency} with money in {other.Currency}.");
        }

        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Whether two sums are equal in amount and currency.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns>True when amount and currency are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether two sums differ in amount or currency.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns>True when amount or currency differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>, in the same currency.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>, in the same currency.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>, in the same currency.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>, in the same currency.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>The symbol printed before amounts in <paramref name="currency"/>, or null to print the code after.</summary>
    internal static string? Symbol(string currency) => currency switch
    {
        "USD" => "$",
        "EUR" => "\u20AC",
        "GBP" => "\u00A3",
        "RUB" => "\u20BD",
        _ => null,
    };

    private static bool IsCurrencyCode(string currency)
    {
        if (currency.Length != 3)
        {
            return false;
        }

        foreach (var c in currency)
        {
            if (c < 'A' || c > 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
