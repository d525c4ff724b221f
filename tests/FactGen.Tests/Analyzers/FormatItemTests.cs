using System.Linq;
using FactGen.Generators.Figures;
using Xunit;

namespace FactGen.Tests.Analyzers;

public class FormatItemTests
{
    private static string[] Items(string text) => TextFigures.FormatItems(text).Select(item => text.Substring(item.Start, item.End - item.Start)).ToArray();

    [Theory]
    [InlineData("Line {0}, position {1}.", new[] { "{0}", "{1}" })]
    [InlineData("{0,12:N0} of {1,-12:0.00} and {2, 5}", new[] { "{0,12:N0}", "{1,-12:0.00}", "{2, 5}" })]
    [InlineData("{10:yyyy-MM-dd HH:mm}", new[] { "{10:yyyy-MM-dd HH:mm}" })]
    [InlineData("{{0}} and {{{1}}}", new[] { "{1}" })]
    [InlineData("{ 0} {0,} {-1} {0:{x}} {a} {0", new string[0])]
    [InlineData("no items at all", new string[0])]
    public void A_format_item_is_an_index_an_optional_alignment_and_an_optional_format_in_braces(string text, string[] expected)
        => Assert.Equal(expected, Items(text));
}
