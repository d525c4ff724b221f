using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using FactGen.Model.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generators.Verification;

/// <summary>
/// The archived source texts of a compilation (AdditionalFiles marked <c>FactGenSourceText</c>), each read, hashed and
/// indexed once per text version: the generator and the analyzer, in one compiler or IDE process, share the
/// <see cref="Archive"/> of a <see cref="SourceText"/> for as long as the text lives.
/// </summary>
internal static class ArchiveTexts
{
    /// <summary>The AdditionalFiles metadata that marks an archived source text, set by the package's build targets.</summary>
    public const string SourceTextMetadata = "build_metadata.AdditionalFiles.FactGenSourceText";

    private static readonly ConditionalWeakTable<SourceText, CachedArchive> s_archives = new();

    /// <summary>Whether the file with <paramref name="options"/> is an archived source text.</summary>
    public static bool IsSourceText(AnalyzerConfigOptions options)
        => ItemMetadata.IsSet(options, SourceTextMetadata);

    /// <summary>The archive of <paramref name="file"/>, read once per text and size limit.</summary>
    public static Archive Read(AdditionalText file, int maxSize, CancellationToken cancellationToken)
    {
        if (file.GetText(cancellationToken) is not { } text)
        {
            return Archive.Read(file.Path, string.Empty, decodedAsUnicode: true, maxSize);
        }

        var cached = s_archives.GetValue(text, _ => new CachedArchive(ReadText(file.Path, text, maxSize), maxSize));

        // A text is one file's; should two paths share one, or the limit change, it is read again.
        return cached.Archive.Path == file.Path && cached.MaxSize == maxSize ? cached.Archive : ReadText(file.Path, text, maxSize);
    }

    private static Archive ReadText(string path, SourceText text, int maxSize)
        => text.Length > maxSize
            ? Archive.TooLarge(path, text.Length, maxSize)
            : Archive.Read(path, text.ToString(), IsUnicode(text.Encoding), maxSize);

    /// <summary>
    /// Whether the compiler decoded the file as Unicode: it reads UTF-8 (or UTF-16 with a BOM) and falls back to a
    /// legacy code page for bytes that are not valid UTF-8. A text made in memory has no encoding, and is Unicode.
    /// </summary>
    private static bool IsUnicode(Encoding? encoding)
        => encoding is null || encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    private sealed record CachedArchive(Archive Archive, int MaxSize);
}
