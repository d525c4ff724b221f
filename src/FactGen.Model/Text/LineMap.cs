using System.Collections.Generic;

namespace FactGen.Model.Text;

/// <summary>
/// Where each line of a text starts, counting the line breaks Roslyn counts (CR, LF, CRLF, U+0085, U+2028, U+2029),
/// so that a <see cref="TextRange"/>'s lines and columns name the place its offsets do, in the build's messages too.
/// </summary>
internal sealed class LineMap
{
    // How many lines from the last one found are tried before a search: a reader asks in the order of the text, so
    // the next answer is nearly always that line or one of the few after it.
    private const int LinesTriedBeforeSearch = 4;

    private readonly List<int> _lineStarts = new() { 0 };
    private readonly int _length;
    private readonly int _skipped;

    private int _lastLine;

    /// <summary>A map of <paramref name="text"/>, whose reader skipped its first <paramref name="skipped"/> characters.</summary>
    public LineMap(string text, int skipped)
    {
        _length = text.Length;
        _skipped = skipped;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    _lineStarts.Add(i + 1);
                    break;
                case '\n' or '\u0085' or '\u2028' or '\u2029':
                    _lineStarts.Add(i + 1);
                    break;
            }
        }
    }

    /// <summary>The range from the reader's offset <paramref name="start"/> to <paramref name="end"/>, clamped into the text.</summary>
    public TextRange RangeOf(long start, long end)
    {
        var from = Clamp(start + _skipped, 0);
        var to = Clamp(end + _skipped, from);
        var startLine = LineOf(from);
        var endLine = LineOf(to);
        return new TextRange(from, to, startLine, from - _lineStarts[startLine], endLine, to - _lineStarts[endLine]);
    }

    private int Clamp(long offset, int minimum) => (int)System.Math.Min(System.Math.Max(offset, minimum), _length);

    private int LineOf(int offset)
    {
        if (offset >= _lineStarts[_lastLine])
        {
            for (var line = _lastLine; line < _lastLine + LinesTriedBeforeSearch; line++)
            {
                if (line + 1 == _lineStarts.Count || offset < _lineStarts[line + 1])
                {
                    return _lastLine = line;
                }
            }
        }

        var index = _lineStarts.BinarySearch(offset);
        return _lastLine = index >= 0 ? index : ~index - 1;
    }
}
