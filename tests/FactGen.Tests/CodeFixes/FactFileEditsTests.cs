using System.Collections.Generic;
using FactGen.CodeFixes;
using Xunit;

namespace FactGen.Tests.CodeFixes;

public class FactFileEditsTests
{
    private const string Stub = "  - id: figure-5\n    claim: Five\n    value: 5\n    source:\n    quote:\n";

    [Fact]
    public void The_stub_goes_at_the_end_of_the_facts_list_before_the_next_key_and_trailing_comments()
    {
        var yaml = "facts:\n  - id: a\n    value: 1\n\n# datasets follow\ndatasets:\n  - id: d\n";

        Assert.Equal(
            "facts:\n  - id: a\n    value: 1\n" + Stub + "\n# datasets follow\ndatasets:\n  - id: d\n",
            FactFileEdits.AddStubFact(yaml, "figure-5", "Five", "5"));
    }

    [Fact]
    public void The_stub_takes_the_indentation_of_the_list_and_the_line_endings_of_the_file()
        => Assert.Equal(
            "facts:\r\n- id: a\r\n- id: figure-5\r\n  claim: Five\r\n  value: 5\r\n  source:\r\n  quote:\r\n",
            FactFileEdits.AddStubFact("facts:\r\n- id: a\r\n", "figure-5", "Five", "5"));

    [Fact]
    public void A_file_without_facts_gets_the_key()
    {
        Assert.Equal("sources:\n  s:\n\nfacts:\n" + Stub, FactFileEdits.AddStubFact("sources:\n  s:\n\n\n", "figure-5", "Five", "5"));
        Assert.Equal("facts:\n" + Stub, FactFileEdits.AddStubFact("", "figure-5", "Five", "5"));
    }

    [Fact]
    public void A_flow_list_of_facts_is_left_alone()
        => Assert.Null(FactFileEdits.AddStubFact("facts: []\n", "figure-5", "Five", "5"));

    [Theory]
    [InlineData("About 42% of them: \"left\"", "claim: \"About 42% of them: \\\"left\\\"\"")]
    [InlineData("$30 billion", "claim: $30 billion")]
    [InlineData("null", "claim: \"null\"")]
    [InlineData("- a list?", "claim: \"- a list?\"")]
    public void Scalars_are_quoted_only_where_YAML_would_read_them_otherwise(string claim, string line)
        => Assert.Contains("\n    " + line + "\n", FactFileEdits.AddStubFact("facts:\n", "f", claim, "5"), System.StringComparison.Ordinal);

    [Theory]
    [InlineData("13%", "figure-13-percent")]
    [InlineData("$30 billion", "figure-30-billion")]
    [InlineData("1.5 million", "figure-1-5-million")]
    [InlineData("4200", "figure-4200-2")]
    public void A_new_id_is_made_from_the_value_and_is_not_taken(string value, string expected)
        => Assert.Equal(expected, FactFileEdits.NewId(value, new HashSet<string> { "figure-4200" }));
}
