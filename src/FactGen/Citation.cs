using System;

namespace FactGen;

/// <summary>Where a figure comes from: a source, the words quoted from it, who said them and where in the source.</summary>
/// <remarks>Optional strings that are empty or white space are stored as null.</remarks>
public sealed class Citation : IEquatable<Citation>
{
    /// <summary>Creates a citation.</summary>
    /// <param name="source">The source.</param>
    /// <param name="quote">The words quoted verbatim from the source.</param>
    /// <param name="attributedTo">Who the source attributes the words or figure to, or null.</param>
    /// <param name="locator">Where in the source: a page, a paragraph, a file; or null.</param>
    /// <param name="isVerified">Whether the build found the quote in the source's archived text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="quote"/> is null.</exception>
    public Citation(Source source, string quote, string? attributedTo = null, string? locator = null, bool isVerified = false)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Quote = quote ?? throw new ArgumentNullException(nameof(quote));
        AttributedTo = Optional(attributedTo);
        Locator = Optional(locator);
        IsVerified = isVerified;
    }

    /// <summary>The source.</summary>
    public Source Source { get; }

    /// <summary>The words quoted verbatim from the source.</summary>
    public string Quote { get; }

    /// <summary>Who the source attributes the words or figure to, or null.</summary>
    public string? AttributedTo { get; }

    /// <summary>Where in the source, or null. Generated code takes it from the archive when the fact file leaves it out.</summary>
    public string? Locator { get; }

    /// <summary>
    /// Whether the build that generated the citation found the quote in its source's archived text, whose file and
    /// hash <see cref="Source"/> gives. False when the source names no archive, or the build was not given it.
    /// </summary>
    public bool IsVerified { get; }

    /// <summary>
    /// The quote in curly quotes, who said it after an em dash when known, and the source's short reference in
    /// parentheses: <c>“About 1 million Russians have left” — Timothy Frye (ShareAmerica, 2023)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "\u201C" + Quote + "\u201D"
        + (AttributedTo is null ? "" : " \u2014 " + AttributedTo)
        + " (" + Source.ShortReference + ")";

    /// <inheritdoc/>
    public bool Equals(Citation? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Source.Equals(other.Source)
                && string.Equals(Quote, other.Quote, StringComparison.Ordinal)
                && string.Equals(AttributedTo, other.AttributedTo, StringComparison.Ordinal)
                && string.Equals(Locator, other.Locator, StringComparison.Ordinal)
                && IsVerified == other.IsVerified));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Citation);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashHelper.Combine(HashHelper.Combine(Source.GetHashCode(), HashHelper.Of(Quote), HashHelper.Of(AttributedTo), HashHelper.Of(Locator)), IsVerified ? 1 : 0);

    /// <summary>Whether two citations are equal in every field.</summary>
    /// <param name="left">The first citation.</param>
    /// <param name="right">The second citation.</param>
    /// <returns>True when both are null or all fields are equal.</returns>
    public static bool operator ==(Citation? left, Citation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two citations differ in any field.</summary>
    /// <param name="left">The first citation.</param>
    /// <param name="right">The second citation.</param>
    /// <returns>True when they are not equal.</returns>
    public static bool operator !=(Citation? left, Citation? right) => !(left == right);

    private static string? Optional(string? text) => text is null || text.Trim().Length == 0 ? null : text;
}
