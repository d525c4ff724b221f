using System;
using System.IO;
using System.Linq;

namespace FactGen.Cli.Check;

/// <summary>A path as a URI reference: relative paths stay relative (to where factgen ran), with '/' and escaped segments.</summary>
internal static class FileUri
{
    /// <summary>The URI of <paramref name="path"/>.</summary>
    public static string Of(string path)
        => Path.IsPathRooted(path)
            ? new Uri(Path.GetFullPath(path)).AbsoluteUri
            : string.Join("/", path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
}
