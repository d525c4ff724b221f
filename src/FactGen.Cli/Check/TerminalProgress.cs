using System;
using System.IO;

namespace FactGen.Cli.Check;

/// <summary>
/// "Reading fact files: 120/500" on one terminal line, rewritten as files are read, and cleared at the end. Shown only
/// for trees large enough that a person would otherwise wonder whether the command hangs.
/// </summary>
internal sealed class TerminalProgress(TextWriter terminal) : IProgress<(int Done, int Total)>
{
    /// <summary>The number of files from which a tree counts as large.</summary>
    public const int LargeTree = 200;

    private const string Label = "Reading fact files: ";

    /// <inheritdoc/>
    public void Report((int Done, int Total) value)
    {
        if (value.Total < LargeTree)
        {
            return;
        }

        // Redraw only on whole percents: writing to a terminal for each of thousands of files would slow the check.
        if (value.Done == value.Total)
        {
            terminal.Write("\r" + new string(' ', Label.Length + (2 * value.Total.ToString(System.Globalization.CultureInfo.InvariantCulture).Length) + 1) + "\r");
        }
        else if (value.Done * 100 / value.Total != (value.Done - 1) * 100 / value.Total)
        {
            terminal.Write($"\r{Label}{value.Done}/{value.Total}");
        }
    }
}
