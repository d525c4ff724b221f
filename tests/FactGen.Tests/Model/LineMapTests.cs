using System;
using System.Linq;
using FactGen.Model.Text;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FactGen.Tests.Model;

public class LineMapTests
{
    // Every line break Roslyn counts, lines of several lengths, empty lines, and a text that ends inside a line.
    private const string Text = "a: 1\r\nbb: 2\rccc: 3\n\n\u0085d\u2028e\u2029ffff: long line here\r\n\r\nlast";

    [Fact]
    public void Ranges_agree_with_Roslyn_in_the_order_of_the_text()
    {
        var map = new LineMap(Text, 0);
        for (var offset = 0; offset <= Text.Length; offset++)
        {
            AssertAgrees(map, offset, Math.Min(offset + 3, Text.Length));
        }
    }

    [Fact]
    public void Ranges_agree_with_Roslyn_in_any_order()
    {
        // A reader asks in order, but a range may be asked for anywhere: backwards, far ahead, twice.
        var random = new Random(7);
        var map = new LineMap(Text, 0);
        foreach (var offset in Enumerable.Range(0, 500).Select(_ => random.Next(Text.Length + 1)))
        {
            AssertAgrees(map, offset, Math.Min(offset + random.Next(20), Text.Length));
        }
    }

    [Fact]
    public void Offsets_are_clamped_into_the_text_and_shifted_past_what_the_reader_skipped()
    {
        var map = new LineMap("\uFEFFa\nb", 1);
        var range = map.RangeOf(2, 99);
        Assert.Equal(new TextRange(3, 4, 1, 0, 1, 1), range);
        Assert.Equal(new TextRange(0, 0, 0, 0, 0, 0), map.RangeOf(-5, -1));
    }

    private static void AssertAgrees(LineMap map, int start, int end)
    {
        var expected = SourceText.From(Text).Lines.GetLinePositionSpan(TextSpan.FromBounds(start, end));
        var range = map.RangeOf(start, end);
        Assert.Equal(
            (start, end, expected.Start.Line, expected.Start.Character, expected.End.Line, expected.End.Character),
            (range.Start, range.End, range.StartLine, range.StartColumn, range.EndLine, range.EndColumn));
    }
}
