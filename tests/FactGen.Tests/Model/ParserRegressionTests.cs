using System.Linq;
using FactGen.Model;
using FactGen.Model.Parsing;
using Xunit;

namespace FactGen.Tests.Model;

/// <summary>Bugs found while writing the rule pages, kept fixed.</summary>
public class ParserRegressionTests
{
    [Fact]
    public void A_range_whose_low_end_overflows_when_scaled_is_unreadable_not_a_crash()
    {
        var result = FigureReader.Read("100,000,000,000,000,000-200 trillion");

        Assert.Null(result.Value);
        Assert.Equal(FactRules.UnreadableValue, result.Error);
    }

    [Fact]
    public void A_reversed_range_in_a_cell_is_reported_as_a_reversed_range()
    {
        var file = FactFileParser.Parse("facts/d.yaml", "datasets:\n  - id: d\n    columns:\n      r: range<integer>\n    rows:\n      - r: 3-1\n        source: s\n        quote: q\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("FG0105", diagnostic.RuleId);
        Assert.Equal(5, diagnostic.Range.StartLine);
    }

    [Fact]
    public void A_column_type_written_as_a_list_is_reported_once()
    {
        var file = FactFileParser.Parse("facts/d.yaml", "datasets:\n  - id: d\n    columns:\n      rank: [integer]\n    rows: []\n");

        Assert.Equal(["FG0103"], file.Diagnostics.Select(diagnostic => diagnostic.RuleId));
    }
}
