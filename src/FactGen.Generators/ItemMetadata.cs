using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Generators;

/// <summary>The item metadata that the package's build files set on AdditionalFiles to say what a file is.</summary>
internal static class ItemMetadata
{
    /// <summary>Whether the flag <paramref name="key"/> (<c>build_metadata.AdditionalFiles.*</c>) is <c>true</c> in <paramref name="options"/>.</summary>
    public static bool IsSet(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
