using System.Globalization;

namespace FactGen.Model.Parsing;

/// <summary>
/// How much a fact file may ask of the compiler: a file pasted from elsewhere must not exhaust its time or memory.
/// Each limit, when crossed, is reported at its place in the file and ends the read there.
/// </summary>
/// <param name="MaxFileSize">The most characters a fact file may have (FG0006 above it).</param>
/// <param name="MaxDepth">The most levels of lists and mappings inside one another.</param>
/// <param name="MaxAliasExpansion">The most nodes that aliases may repeat, counting aliases of aliases in full.</param>
public sealed record FactFileLimits(int MaxFileSize, int MaxDepth, int MaxAliasExpansion)
{
    /// <summary>The MSBuild property that sets <see cref="MaxFileSize"/>.</summary>
    public const string MaxFileSizeProperty = "FactGenMaxFileSize";

    /// <summary>
    /// Four million characters (the largest curated file has a few thousand); 64 levels, where a dataset row needs five;
    /// 100,000 repeated nodes, where a file that repeats a source by alias needs a few dozen.
    /// </summary>
    public static FactFileLimits Default { get; } = new(4_000_000, 64, 100_000);

    /// <summary>
    /// The default limits with the file size written in <see cref="MaxFileSizeProperty"/>, when it is a positive whole
    /// number; anything else keeps the default.
    /// </summary>
    public static FactFileLimits WithMaxFileSize(string? written)
        => int.TryParse(written?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0
            ? Default with { MaxFileSize = size }
            : Default;
}
