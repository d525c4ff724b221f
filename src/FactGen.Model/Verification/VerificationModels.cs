using FactGen.Model.Text;

namespace FactGen.Model.Verification;

/// <summary>What a reader of a citation learns of its check. Holds no position: the emitter sees it.</summary>
/// <param name="IsVerified">Whether the quote was found in its source's archive in this build.</param>
/// <param name="FoundAt">Where it was found (<c>paragraph 3, line 12</c>), or null.</param>
/// <param name="Note">How the docs say it: <c>verified against 004_….txt (sha256 1a2b3c…)</c>, <c>not verified: no archive</c>.</param>
public sealed record CitationCheck(bool IsVerified, string? FoundAt, string Note)
{
    /// <summary>The check of a quote whose source names no archive.</summary>
    public static CitationCheck NoArchive { get; } = new(false, null, "not verified: no archive");
}

/// <summary>The archive a source's citations were checked against: its file name, and the hash of the text when the build had it.</summary>
public sealed record ArchiveStamp(string SourceId, string FileName, string? Sha256);

/// <summary>A quote to check, and where it and its locator are written.</summary>
/// <param name="Path">The fact file.</param>
/// <param name="Owner">The fact id, or the dataset id and row index (<c>moves[2]</c>).</param>
/// <param name="Quote">The quote.</param>
/// <param name="QuoteRange">Where the quote is written.</param>
/// <param name="Locator">The locator written, or null.</param>
/// <param name="LocatorRange">Where the locator is written.</param>
public sealed record CitedQuote(string Path, string Owner, string Quote, TextRange QuoteRange, string? Locator, TextRange LocatorRange);

/// <summary>A source, its archive, and every quote that cites it: the unit that one archive's change checks again.</summary>
public sealed record CitedSource(string SourceId, ArchiveSpec? Archive, EquatableArray<CitedQuote> Quotes);

/// <summary>The supplied files that a source's <c>archive:</c> names: one is the archive; none or several are a problem.</summary>
public sealed record ArchiveLookup(EquatableArray<Archive> Matches)
{
    /// <summary>The archive, when exactly one file matches.</summary>
    public Archive? Archive => Matches.Count == 1 ? Matches[0] : null;
}

/// <summary>The check of one quote, by the citation it belongs to.</summary>
public sealed record QuoteResult(string Path, string Owner, CitationCheck Check);

/// <summary>What checking the quotes of one source found: the archive used, each quote's check, and the diagnostics.</summary>
public sealed record SourceVerification(string SourceId, ArchiveStamp? Stamp, EquatableArray<QuoteResult> Quotes, EquatableArray<FactDiagnostic> Diagnostics);
