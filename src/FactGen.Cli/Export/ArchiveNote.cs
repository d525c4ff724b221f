using FactGen.Model;
using FactGen.Model.Verification;

namespace FactGen.Cli.Export;

/// <summary>
/// What the exports say of a source's archived copy, the same in CSL-JSON and BibTeX: a note with the file name and
/// the SHA-256 of the text verified against, and the file name as the title of a source that has nothing else to be
/// cited by (no title, author or publisher), so that it never exports as an empty entry and nothing is invented.
/// </summary>
internal static class ArchiveNote
{
    /// <summary>"Archived copy: 004_….txt, SHA-256 1a2b…", or without the hash when the archive was not given.</summary>
    public static string Of(ArchiveStamp stamp)
        => stamp.Sha256 is { } sha256 ? $"Archived copy: {stamp.FileName}, SHA-256 {sha256}" : $"Archived copy: {stamp.FileName}";

    /// <summary>The title to export: the source's own, else its archive's file name when nothing else names it.</summary>
    public static string? Title(SourceSpec source, ArchiveStamp? stamp)
        => source.Title ?? (source.Author is null && source.Publisher is null ? stamp?.FileName : null);
}
