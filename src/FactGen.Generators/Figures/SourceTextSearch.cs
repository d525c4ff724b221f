using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generators.Figures;

/// <summary>
/// Ordinal search of a <see cref="SourceText"/> a block at a time, through one buffer per thread. Turning a text into
/// a string would copy every large file whole (a large-object string for each file over 40,000 characters, which the
/// compiler keeps in chunks), and in a fresh compiler process those copies cost more than all the searches together.
/// </summary>
internal static class SourceTextSearch
{
    /// <summary>How many characters are copied and searched at a time.</summary>
    internal const int BlockLength = 16 * 1024;

    [ThreadStatic]
    private static char[]? t_block;

    /// <summary>Whether <paramref name="value"/> is written anywhere in <paramref name="text"/>.</summary>
    public static bool Contains(SourceText text, string value)
        => IndexesOf(text, value, new TextSpan(0, text.Length), max: 1).Count > 0;

    /// <summary>
    /// Where <paramref name="value"/> starts inside <paramref name="span"/> of <paramref name="text"/>, in order, each
    /// search going on after the end of the last match (as <see cref="string.IndexOf(string, int, StringComparison)"/>
    /// would be called again); at most <paramref name="max"/>.
    /// </summary>
    public static IReadOnlyList<int> IndexesOf(SourceText text, string value, TextSpan span, int max = int.MaxValue)
    {
        var found = new List<int>();
        var end = Math.Min(span.End, text.Length);
        if (value.Length == 0 || value.Length > BlockLength)
        {
            return found;
        }

        var block = t_block ??= new char[BlockLength];
        var searchFrom = span.Start;
        for (var blockStart = span.Start; end - blockStart >= value.Length && found.Count < max;)
        {
            var count = Math.Min(BlockLength, end - blockStart);
            text.CopyTo(blockStart, block, 0, count);
            var window = new ReadOnlySpan<char>(block, 0, count);
            for (var offset = searchFrom - blockStart; found.Count < max;)
            {
                var index = window.Slice(offset).IndexOf(value.AsSpan());
                if (index < 0)
                {
                    break;
                }

                found.Add(blockStart + offset + index);
                offset += index + value.Length;
                searchFrom = blockStart + offset;
            }

            if (blockStart + count == end)
            {
                break;
            }

            // The next block starts where a match cut by this block's end could start.
            blockStart += count - value.Length + 1;
            searchFrom = Math.Max(searchFrom, blockStart);
        }

        return found;
    }
}
