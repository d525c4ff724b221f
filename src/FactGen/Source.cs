using System;
using System.Collections.Generic;
using System.Globalization;

namespace FactGen;

/// <summary>A text that facts are taken from: an article, a report, a data set.</summary>
/// <remarks>Optional strings that are empty or white space are stored as null.</remarks>
public sealed class Source : IEquatable<Source>
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The source id from the fact file, such as <c>shareamerica-2023</c>.</param>
    /// <param name="publisher">Who published the text.</param>
    /// <param name="title">The title of the text.</param>
    /// <param name="author">Who wrote the text.</param>
    /// <param name="published">When the text was published, as precisely as it says.</param>
    /// <param name="url">Where the text is, an absolute http(s) address.</param>
    /// <param name="retrieved">When the text was read.</param>
    /// <param name="archive">The file name of the archived copy of the text that quotes are checked against.</param>
    /// <param name="archiveSha256">The SHA-256 of the archived text the build checked the quotes against (its UTF-8 with LF line endings and no BOM), in lower-case hexadecimal.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    public Source(
        string id,
        string? publisher = null,
        string? title = null,
        string? author = null,
        PartialDate? published = null,
        string? url = null,
        PartialDate? retrieved = null,
        string? archive = null,
        string? archiveSha256 = null)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        if (id.Trim().Length == 0)
        {
            throw new ArgumentException("A source id cannot be empty.", nameof(id));
        }

        Id = id;
        Publisher = Optional(publisher);
        Title = Optional(title);
        Author = Optional(author);
        Published = published;
        Url = Optional(url);
        Retrieved = retrieved;
        Archive = Optional(archive);
        ArchiveSha256 = Optional(archiveSha256);
    }

    /// <summary>The source id from the fact file.</summary>
    public string Id { get; }

    /// <summary>Who published the text, or null.</summary>
    public string? Publisher { get; }

    /// <summary>The title of the text, or null.</summary>
    public string? Title { get; }

    /// <summary>Who wrote the text, or null.</summary>
    public string? Author { get; }

    /// <summary>When the text was published, or null.</summary>
    public PartialDate? Published { get; }

    /// <summary>Where the text is, or null.</summary>
    public string? Url { get; }

    /// <summary>When the text was read, or null.</summary>
    public PartialDate? Retrieved { get; }

    /// <summary>The file name of the archived copy of the text, or null when the source names none.</summary>
    public string? Archive { get; }

    /// <summary>
    /// The SHA-256 of the archived text that the build checked the quotes against, in lower-case hexadecimal: it pins
    /// the exact version cited. Null when the build did not have the archive.
    /// </summary>
    public string? ArchiveSha256 { get; }

    /// <summary>
    /// A short in-text reference: the publisher (else the title, else the id), a comma, and the year of publication
    /// or <c>n.d.</c>: <c>ShareAmerica, 2023</c>.
    /// </summary>
    public string ShortReference =>
        (Publisher ?? Title ?? Id) + ", " + (Published is PartialDate p ? p.Year.ToString(CultureInfo.InvariantCulture) : "n.d.");

    /// <summary>
    /// A bibliography entry that leaves out what is unknown:
    /// <c>Michael Laff. “Russia’s top talent fleeing to other countries”. ShareAmerica, August 3, 2023. https://… (retrieved November 22, 2026).</c>
    /// </summary>
    /// <remarks>
    /// The parts, in order: the author; the title in curly quotes; the publisher and the publication date; the
    /// address with the retrieval date in parentheses (or <c>Retrieved …</c> alone without an address). Each part
    /// ends with a period. When author, title and publisher are all unknown, the entry starts with the id.
    /// </remarks>
    /// <returns>The entry, on one line.</returns>
    public string ToBibliographyEntry()
    {
        var parts = new List<string>();
        if (Author is null && Title is null && Publisher is null)
        {
            parts.Add(Sentence(Id));
        }

        if (Author is not null)
        {
            parts.Add(Sentence(Author));
        }

        if (Title is not null)
        {
            parts.Add("\u201C" + Title + "\u201D.");
        }

        var published = Published?.ToDisplayString();
        if (Publisher is not null)
        {
            parts.Add(Sentence(published is null ? Publisher : Publisher + ", " + published));
        }
        else if (published is not null)
        {
            parts.Add(Sentence(published));
        }

        var retrieved = Retrieved?.ToDisplayString();
        if (Url is not null)
        {
            parts.Add(retrieved is null ? Url + "." : Url + " (retrieved " + retrieved + ").");
        }
        else if (retrieved is not null)
        {
            parts.Add("Retrieved " + retrieved + ".");
        }

        return string.Join(" ", parts);
    }

    /// <summary>The short reference; see <see cref="ShortReference"/>.</summary>
    /// <returns>The short reference.</returns>
    public override string ToString() => ShortReference;

    /// <inheritdoc/>
    public bool Equals(Source? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Id, other.Id, StringComparison.Ordinal)
                && string.Equals(Publisher, other.Publisher, StringComparison.Ordinal)
                && string.Equals(Title, other.Title, StringComparison.Ordinal)
                && string.Equals(Author, other.Author, StringComparison.Ordinal)
                && Published == other.Published
                && string.Equals(Url, other.Url, StringComparison.Ordinal)
                && Retrieved == other.Retrieved
                && string.Equals(Archive, other.Archive, StringComparison.Ordinal)
                && string.Equals(ArchiveSha256, other.ArchiveSha256, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashHelper.Combine(
            HashHelper.Combine(HashHelper.Of(Id), HashHelper.Of(Publisher), HashHelper.Of(Title), HashHelper.Of(Author)),
            HashHelper.Of(Published),
            HashHelper.Of(Url),
            HashHelper.Combine(HashHelper.Of(Retrieved), HashHelper.Of(ArchiveSha256)));

    /// <summary>Whether two sources are equal in every field.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns>True when both are null or all fields are equal.</returns>
    public static bool operator ==(Source? left, Source? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two sources differ in any field.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns>True when they are not equal.</returns>
    public static bool operator !=(Source? left, Source? right) => !(left == right);

    private static string? Optional(string? text) => text is null || text.Trim().Length == 0 ? null : text;

    private static string Sentence(string text) => text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";
}
