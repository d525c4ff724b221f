using System;
using System.Linq;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Text;
using Xunit;
using static FactGen.Tests.Model.TestYaml;

namespace FactGen.Tests.Model;

public class FactFileParserTests
{
    private const string Complete = """
        sources:
          shareamerica-2023:
            publisher: ShareAmerica
            title: Russia’s top talent fleeing
            author: Michael Laff
            published: 2023-08-03
            url: https://share.america.gov/russia
            retrieved: 2024-01
          bare-source:
        facts:
          - id: russians-left-since-2022
            claim: Russians who have left Russia since 2022
            value: 1 million
            unit: people
            precision: about
            period: 2022/2023-08
            source: shareamerica-2023
            quote: About 1 million Russians have left since 2022
            attributed_to: Timothy Frye
            locator: p. 4
          - id: it-share
            claim: Share of IT specialists
            value: 10-15%
            source: shareamerica-2023
            quote: Between 10 and 15 percent
            rank: preferred
            superseded_by: russians-left-since-2022
          - id: budget
            claim: Budget
            value: $30 billion
            precision: more-than
            source: bare-source
            quote: over $30 billion
          - id: ratio
            claim: Ratio
            value: "2.5"
            source: bare-source
            quote: a ratio of 2.5
            rank: deprecated
          - id: founded
            claim: Year founded
            value: 2009
            type: year
            period: 2009-05-01
            source: bare-source
            quote: founded in 2009
        datasets:
          - id: reasons-for-leaving
            claim: Reasons for leaving
            row: Reason
            columns:
              rank: integer
              reason: text
              share: percentage
              since: date
              main: boolean
              spread: range<integer>
            rows:
              - rank: 1
                reason: A repressive political climate
                share: 45%
                since: 2022-02
                main: true
                spread: 1-2
                source: shareamerica-2023
                quote: A repressive political climate.
                locator: p. 5
        """;

    private static TextRange At(int line, int column, int length) => TestYaml.Range(Complete, line, column, length);

    private static DateValue Date(int year, int month = 0, int day = 0) => new(year, month, day);

    [Fact]
    public void A_complete_file_gives_the_exact_model()
    {
        var file = FactFileParser.Parse("facts/brain-drain.yaml", Complete);

        Assert.Empty(file.Diagnostics);
        Assert.Equal("facts/brain-drain.yaml", file.Path);
        Assert.Equal("BrainDrain", file.ClassName);

        Assert.Equal(
            new[]
            {
                new SourceSpec("shareamerica-2023", At(1, 2, 17), "ShareAmerica", "Russia’s top talent fleeing", "Michael Laff", Date(2023, 8, 3), "https://share.america.gov/russia", Date(2024, 1)),
                new SourceSpec("bare-source", At(8, 2, 11), null, null, null, null, null, null),
            },
            file.Sources);

        Assert.Equal(
            new[]
            {
                new FactSpec(
                    "russians-left-since-2022", At(10, 8, 24), "RussiansLeftSince2022", "Russians who have left Russia since 2022",
                    new FigureValue(ValueKind.Integer, 1_000_000m, null, null, "1 million"), At(12, 11, 9),
                    "people", FactGen.Model.Precision.About, new PeriodValue(Date(2022), Date(2023, 8)),
                    new CitationSpec("shareamerica-2023", At(16, 12, 17), "About 1 million Russians have left since 2022", At(17, 11, 45), "Timothy Frye", "p. 4", At(19, 13, 4)),
                    null, default, Rank.Normal),
                new FactSpec(
                    "it-share", At(20, 8, 8), "ItShare", "Share of IT specialists",
                    new FigureValue(ValueKind.Percentage, 10m, 15m, null, "10-15%"), At(22, 11, 6),
                    null, FactGen.Model.Precision.Exact, null,
                    new CitationSpec("shareamerica-2023", At(23, 12, 17), "Between 10 and 15 percent", At(24, 11, 25), null, null),
                    "russians-left-since-2022", At(26, 19, 24), Rank.Preferred),
                new FactSpec(
                    "budget", At(27, 8, 6), "Budget", "Budget",
                    new FigureValue(ValueKind.Money, 30_000_000_000m, null, "USD", "$30 billion"), At(29, 11, 11),
                    null, FactGen.Model.Precision.MoreThan, null,
                    new CitationSpec("bare-source", At(31, 12, 11), "over $30 billion", At(32, 11, 16), null, null),
                    null, default, Rank.Normal),
                new FactSpec(
                    "ratio", At(33, 8, 5), "Ratio", "Ratio",
                    new FigureValue(ValueKind.Decimal, 2.5m, null, null, "2.5"), At(35, 11, 5),
                    null, FactGen.Model.Precision.Exact, null,
                    new CitationSpec("bare-source", At(36, 12, 11), "a ratio of 2.5", At(37, 11, 14), null, null),
                    null, default, Rank.Deprecated),
                new FactSpec(
                    "founded", At(39, 8, 7), "Founded", "Year founded",
                    new FigureValue(ValueKind.Year, 2009m, null, null, "2009"), At(41, 11, 4),
                    null, FactGen.Model.Precision.Exact, new PeriodValue(Date(2009, 5, 1), null),
                    new CitationSpec("bare-source", At(44, 12, 11), "founded in 2009", At(45, 11, 15), null, null),
                    null, default, Rank.Normal),
            },
            file.Facts);

        var dataset = Assert.Single(file.Datasets);
        Assert.Equal("reasons-for-leaving", dataset.Id);
        Assert.Equal(At(47, 8, 19), dataset.IdRange);
        Assert.Equal("ReasonsForLeaving", dataset.MemberName);
        Assert.Equal("Reason", dataset.RowTypeName);
        Assert.Equal("Reasons for leaving", dataset.Claim);
        Assert.Equal(
            new[]
            {
                new ColumnSpec("rank", "Rank", new TypeSpec(ValueKind.Integer, false), At(51, 6, 4)),
                new ColumnSpec("reason", "Reason", new TypeSpec(ValueKind.Text, false), At(52, 6, 6)),
                new ColumnSpec("share", "Share", new TypeSpec(ValueKind.Percentage, false), At(53, 6, 5)),
                new ColumnSpec("since", "Since", new TypeSpec(ValueKind.Date, false), At(54, 6, 5)),
                new ColumnSpec("main", "Main", new TypeSpec(ValueKind.Boolean, false), At(55, 6, 4)),
                new ColumnSpec("spread", "Spread", new TypeSpec(ValueKind.Integer, true), At(56, 6, 6)),
            },
            dataset.Columns);

        var row = Assert.Single(dataset.Rows);
        StartsAt(row.Range, 58, 8);
        Assert.Equal(new CitationSpec("shareamerica-2023", At(64, 16, 17), "A repressive political climate.", At(65, 15, 31), null, "p. 5", At(66, 17, 4)), row.Citation);
        Assert.Equal(
            new[]
            {
                new CellValue(ValueKind.Integer, new FigureValue(ValueKind.Integer, 1m, null, null, "1"), null, null, false),
                new CellValue(ValueKind.Text, null, "A repressive political climate", null, false),
                new CellValue(ValueKind.Percentage, new FigureValue(ValueKind.Percentage, 45m, null, null, "45%"), null, null, false),
                new CellValue(ValueKind.Date, null, null, Date(2022, 2), false),
                new CellValue(ValueKind.Boolean, null, null, null, true),
                new CellValue(ValueKind.Integer, new FigureValue(ValueKind.Integer, 1m, 2m, null, "1-2"), null, null, false),
            },
            row.Cells);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_files()
    {
        var first = FactFileParser.Parse("facts/brain-drain.yaml", Complete);
        var second = FactFileParser.Parse("facts/brain-drain.yaml", new string(Complete.ToCharArray()));

        Assert.NotSame(first, second);
        Assert.True(first.Equals(second));
        Assert.True(first == second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first.Facts.GetHashCode(), second.Facts.GetHashCode());
        Assert.Equal(first.Datasets[0].GetHashCode(), second.Datasets[0].GetHashCode());
    }

    [Fact]
    public void Parsing_broken_text_twice_gives_equal_files_with_equal_diagnostics()
    {
        var text = WithBadFact("100-70", "precision: abuot");

        var first = Parse(text);
        var second = Parse(text);

        Assert.NotEmpty(first.Diagnostics);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first.Diagnostics.GetHashCode(), second.Diagnostics.GetHashCode());
    }

    [Fact]
    public void A_change_in_the_text_gives_an_unequal_file()
    {
        var before = FactFileParser.Parse("facts/brain-drain.yaml", Complete);

        Assert.NotEqual(before, FactFileParser.Parse("facts/brain-drain.yaml", Complete.Replace("value: 1 million", "value: 2 million", StringComparison.Ordinal)));
        Assert.NotEqual(before, FactFileParser.Parse("facts/brain-drain.yaml", "\n" + Complete));
        Assert.NotEqual(before, FactFileParser.Parse("facts/other.yaml", Complete));
    }

    // FG0001

    private const string TwoFactsThenBroken =
        "facts:\n" +
        "  - id: first\n" +
        "    claim: First\n" +
        "    value: 1\n" +
        "    source: src\n" +
        "    quote: One.\n" +
        "  - id: second\n" +
        "    claim: Second\n" +
        "    value: 2\n" +
        "    source: src\n" +
        "    quote: Two.\n" +
        "  - id: third\n";

    [Fact]
    public void FG0001_a_syntax_error_after_two_facts_keeps_the_two_facts()
    {
        var file = Parse(TwoFactsThenBroken + "    claim: x: y\n    value: 3\n");

        var diagnostic = Only(file, "FG0001");
        StartsAt(diagnostic.Range, 12, 12);
        Assert.Equal(FactSeverity.Error, diagnostic.Rule.Severity);
        Assert.StartsWith("This is not valid YAML: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("found invalid mapping", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line:", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith(" Fix the YAML here; what follows this point is not read until it parses.", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "first", "second" }, FactIds(file));
    }

    [Fact]
    public void Facts_are_read_from_the_first_facts_key_or_through_an_alias_and_a_repeated_key_is_left_out()
    {
        const string Fact = "  - id: {0}\n    claim: C\n    value: 5\n    source: src\n    quote: five\n";
        const string Sources = "sources:\n  src: { publisher: P }\n";
        string Facts(params string[] ids) => string.Concat(ids.Select(id => string.Format(System.Globalization.CultureInfo.InvariantCulture, Fact, id)));

        var repeated = Parse(Sources + "facts:\n" + Facts("first") + "facts:\n" + Facts("again"));
        var aliased = Parse(Sources + "spare: &list\n" + Facts("aliased") + "facts: *list\n");

        Assert.Equal(new[] { "first" }, FactIds(repeated));
        Assert.Equal("FG0113", Assert.Single(repeated.Diagnostics).RuleId);
        Assert.Equal(new[] { "aliased" }, FactIds(aliased));
        Assert.Equal("FG0101", Assert.Single(aliased.Diagnostics).RuleId);
    }

    [Fact]
    public void FG0001_an_unclosed_quote_keeps_the_facts_above_it()
    {
        var file = Parse(TwoFactsThenBroken + "    claim: \"unclosed\n    value: 3\n");

        var diagnostic = Only(file, "FG0001");
        StartsAt(diagnostic.Range, 12, 11);
        Assert.Contains("double-quoted scalar", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "first", "second" }, FactIds(file));
    }

    [Fact]
    public void FG0001_an_unclosed_flow_sequence_keeps_the_facts_above_it()
    {
        var file = Parse(TwoFactsThenBroken + "    claim: [unclosed\n    value: 3\n");

        Assert.Equal("FG0001", file.Diagnostics[0].RuleId);
        Assert.Equal(new[] { "first", "second" }, FactIds(file));
    }

    [Fact]
    public void FG0001_an_undefined_alias()
    {
        var text = GoodFactHeader + "  - id: bad\n    claim: *nope\n";

        var file = Parse(text);

        var diagnostic = Only(file, "FG0001");
        Assert.Equal(TestYaml.Range(text, 9, 11, 5), diagnostic.Range);
        Assert.Equal(
            "This is not valid YAML: The alias *nope names no anchor defined before it. Fix the YAML here; what follows this point is not read until it parses.",
            diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    // FG0002, FG0003, FG0004

    [Fact]
    public void FG0002_a_list_at_the_root()
    {
        var file = Parse("- id: a\n- id: b\n");

        var diagnostic = Only(file, "FG0002");
        StartsAt(diagnostic.Range, 0, 0);
        Assert.Equal(
            "A fact file is a mapping with the keys 'sources', 'facts' and 'datasets', but this is a list. Start the file with 'facts:' followed by a list of facts.",
            diagnostic.Message);
        Assert.Equal(FactSeverity.Error, diagnostic.Rule.Severity);
        Assert.Empty(file.Facts);
    }

    [Fact]
    public void FG0002_a_text_at_the_root()
    {
        var file = Parse("just text\n");

        var diagnostic = Only(file, "FG0002");
        Covers(diagnostic.Range, 0, 0, 9);
        Assert.Contains("but this is a text.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# yaml-language-server: $schema=../docs/facts.schema.json\n# nothing else\n")]
    [InlineData("~\n")]
    public void FG0003_an_empty_or_comment_only_file(string text)
    {
        var file = Parse(text);

        var diagnostic = Only(file, "FG0003");
        StartsAt(diagnostic.Range, 0, 0);
        Assert.Equal("The fact file is empty. Write 'facts:' with at least one fact, or remove the file from the fact files.", diagnostic.Message);
        Assert.Empty(file.Sources);
        Assert.Empty(file.Facts);
        Assert.Empty(file.Datasets);
    }

    [Fact]
    public void FG0004_a_second_document_is_reported_and_not_read()
    {
        var file = Parse(GoodFactHeader + "---\nfacts:\n  - id: other\n");

        var diagnostic = Only(file, "FG0004");
        Covers(diagnostic.Range, NextLine, 0, 3);
        Assert.Equal(
            "A fact file holds one YAML document; this starts a second one, which is not read. Move its entries into the first document or into a file of their own.",
            diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void One_explicit_document_is_fine()
    {
        var file = Parse("---\n" + GoodFactHeader);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    // FG0101, FG0102, FG0103, FG0113

    [Fact]
    public void FG0101_an_unknown_key_with_did_you_mean_leaves_the_fact_without_that_key()
    {
        var text = GoodFactHeader + Lines("  - id: bad", "    claim: Bad", "    valeu: 5", "    source: src", "    quote: Two.");

        var file = Parse(text);

        Assert.Equal(new[] { "FG0102", "FG0101" }, RuleIds(file));
        var unknown = file.Diagnostics[1];
        Covers(unknown.Range, 10, 4, 5);
        Assert.Equal(
            "'valeu' is not a key of a fact. Did you mean 'value'? Write one of: id, claim, value, unit, precision, period, source, quote, attributed_to, locator, superseded_by, rank, type, share, measure, scope.",
            unknown.Message);
        var missing = file.Diagnostics[0];
        Covers(missing.Range, NextLine, 8, 3);
        Assert.Equal("This fact has no 'value', so it is left out. Write 'value: the figure as the text writes it, such as 100,000, 13% or $30 billion'.", missing.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0101_an_unknown_key_without_a_near_match_keeps_the_fact()
    {
        var file = Parse(WithBadFact("5", "frobnicate: x"));

        var diagnostic = Only(file, "FG0101");
        Covers(diagnostic.Range, 13, 4, 10);
        Assert.Equal(
            "'frobnicate' is not a key of a fact. Write one of: id, claim, value, unit, precision, period, source, quote, attributed_to, locator, superseded_by, rank, type, share, measure, scope.",
            diagnostic.Message);
        Assert.Equal(new[] { "good", "bad" }, FactIds(file));
    }

    [Fact]
    public void FG0101_an_unknown_key_of_the_file()
    {
        var file = Parse(GoodFactHeader + "fact: []\n");

        var diagnostic = Only(file, "FG0101");
        Covers(diagnostic.Range, NextLine, 0, 4);
        Assert.Equal("'fact' is not a key of a fact file. Did you mean 'facts'? Write one of: sources, facts, datasets.", diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0101_an_unknown_key_of_a_source()
    {
        var file = Parse(WithSourceKeys("    titel: T\n"));

        var diagnostic = Only(file, "FG0101");
        Covers(diagnostic.Range, 2, 4, 5);
        Assert.Equal("'titel' is not a key of a source. Did you mean 'title'? Write one of: publisher, title, author, published, url, retrieved, archive, match.", diagnostic.Message);
        Assert.Equal("src", Assert.Single(file.Sources).Id);
    }

    [Fact]
    public void FG0102_a_missing_id_is_reported_at_the_first_key()
    {
        var file = Parse(GoodFactHeader + Lines("  - claim: Bad", "    value: 5", "    source: src", "    quote: Two."));

        var diagnostic = Only(file, "FG0102");
        Covers(diagnostic.Range, NextLine, 4, 5);
        Assert.Equal("This fact has no 'id', so it is left out. Write 'id: a unique name such as it-specialists-left-2022'.", diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0102_each_missing_key_is_reported_at_the_id()
    {
        var file = Parse(GoodFactHeader + "  - id: bad\n    claim: \"  \"\n");

        Assert.Equal(new[] { "FG0102", "FG0102", "FG0102", "FG0102" }, RuleIds(file));
        Assert.All(file.Diagnostics, diagnostic => Covers(diagnostic.Range, NextLine, 8, 3));
        Assert.Equal(
            new[] { "claim", "value", "source", "quote" },
            file.Diagnostics.Select(diagnostic => diagnostic.Arguments[1]));
        Assert.Equal("This fact has no 'quote', so it is left out. Write 'quote: the sentence of the source that states the figure, word for word'.", file.Diagnostics[3].Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0103_a_list_where_a_value_belongs()
    {
        var file = Parse(WithBadFact("[1, 2]"));

        var diagnostic = Only(file, "FG0103");
        StartsAt(diagnostic.Range, 10, 11);
        Assert.Equal("'value' must be a text, but here it is a list. Write 'value: ' followed by a single value.", diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0103_a_fact_that_is_not_a_mapping()
    {
        var file = Parse(GoodFactHeader + "  - just a string\n");

        var diagnostic = Only(file, "FG0103");
        Covers(diagnostic.Range, NextLine, 4, 13);
        Assert.Equal(
            "'facts' must be a list of mappings, but here it is an item that is a text. Write each fact as '- id: …' with its keys below.",
            diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0103_file_keys_of_the_wrong_kind()
    {
        var file = Parse("facts: hello\nsources: [a]\ndatasets: 5\n");

        Assert.Equal(new[] { "FG0103", "FG0103", "FG0103" }, RuleIds(file));
        var sources = file.Diagnostics[1];
        StartsAt(sources.Range, 1, 9);
        Assert.Equal("'sources' must be a mapping, but here it is a list. Write a source id followed by its publisher, title and date.", sources.Message);
        var facts = file.Diagnostics[0];
        Covers(facts.Range, 0, 7, 5);
        Assert.Equal("'facts' must be a list, but here it is a text. Write a list of facts, each starting with '- id:'.", facts.Message);
        var datasets = file.Diagnostics[2];
        Covers(datasets.Range, 2, 10, 1);
        Assert.Equal("'datasets' must be a list, but here it is a text. Write a list of datasets, each starting with '- id:'.", datasets.Message);
    }

    [Fact]
    public void FG0103_a_source_that_is_not_a_mapping()
    {
        var file = Parse("sources:\n  listy: [a, b]\n" + GoodFactHeader.Substring("sources:\n".Length));

        var diagnostic = Only(file, "FG0103");
        StartsAt(diagnostic.Range, 1, 9);
        Assert.Equal("'listy' must be a mapping, but here it is a list. Write the source's publisher, title, author and dates, one per line.", diagnostic.Message);
        Assert.Equal("src", Assert.Single(file.Sources).Id);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0113_a_key_written_twice_keeps_the_first()
    {
        var file = Parse(WithBadFact("5", "claim: Second claim"));

        var diagnostic = Only(file, "FG0113");
        Covers(diagnostic.Range, 13, 4, 5);
        Assert.Equal("'claim' is written twice in this fact; only the first is read. Remove one of them.", diagnostic.Message);
        Assert.Equal(new[] { "good", "bad" }, FactIds(file));
        Assert.Equal("Bad", file.Facts[1].Claim);
    }

    [Fact]
    public void FG0113_a_key_written_twice_among_many_keys_keeps_the_first()
    {
        // A mapping of more than a handful of keys is looked up through a dictionary rather than a scan.
        var notes = Enumerable.Range(0, 20).Select(index => $"note{index}: x");
        var file = Parse(WithBadFact("5", notes.Append("claim: Second claim").ToArray()));

        Assert.Equal(Enumerable.Repeat("FG0101", 20).Append("FG0113"), RuleIds(file));
        Covers(file.Diagnostics[20].Range, 33, 4, 5);
        Assert.Equal(new[] { "good", "bad" }, FactIds(file));
        Assert.Equal("Bad", file.Facts[1].Claim);
    }

    [Fact]
    public void FG0113_a_file_key_written_twice()
    {
        var file = Parse(GoodFactHeader + "facts:\n  - id: ignored\n");

        var diagnostic = Only(file, "FG0113");
        Covers(diagnostic.Range, NextLine, 0, 5);
        Assert.Equal("'facts' is written twice in this fact file; only the first is read. Remove one of them.", diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    // FG0104, FG0105, FG0107: the value, located at the value

    [Fact]
    public void FG0104_an_unreadable_value()
    {
        var file = Parse(WithBadFact("13 %%"));

        var diagnostic = Only(file, "FG0104");
        Covers(diagnostic.Range, 10, 11, 5);
        Assert.Equal(
            "'13 %%' cannot be read as a figure, so its fact is left out. Write a number such as 100,000, 1 million, 13%, 10 percent, $30 billion or 70,000-100,000.",
            diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0104_a_value_that_does_not_fit_its_declared_type()
    {
        var file = Parse(WithBadFact("2.5", "type: integer"));

        var diagnostic = Only(file, "FG0104");
        Covers(diagnostic.Range, 10, 11, 3);
        Assert.Equal("'2.5' cannot be read as a figure, so its fact is left out. Write a value of type integer.", diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0104_a_misspelled_scale_suggests_the_right_word()
    {
        var file = Parse(WithBadFact("$30 bilion"));

        var diagnostic = Only(file, "FG0104");
        Covers(diagnostic.Range, 10, 11, 10);
        Assert.Equal("'$30 bilion' cannot be read as a figure, so its fact is left out. Write '$30 billion'.", diagnostic.Message);
    }

    [Fact]
    public void FG0105_a_reversed_range()
    {
        var file = Parse(WithBadFact("100-70"));

        var diagnostic = Only(file, "FG0105");
        Covers(diagnostic.Range, 10, 11, 6);
        Assert.Equal("The range '100-70' starts at 100, above its end 70. Write the low end first.", diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
        Assert.Equal("facts/test.yaml(11,12): warning FG0105: The range '100-70' starts at 100, above its end 70. Write the low end first.", diagnostic.ToString());
    }

    [Theory]
    [InlineData("150%")]
    [InlineData("-5%")]
    [InlineData("90-120%")]
    public void FG0106_a_percentage_outside_0_to_100_is_not_a_share_but_the_fact_is_kept(string value)
    {
        var file = Parse(WithBadFact(value));

        var diagnostic = Only(file, "FG0106");
        Covers(diagnostic.Range, 10, 11, value.Length);
        Assert.Equal(
            $"'{value}' lies outside 0% to 100%, so it cannot be a share of a whole. Correct the value, or, when the figure is a change or a ratio rather than a share, write 'share: false'.",
            diagnostic.Message);
        Assert.Equal(new[] { "good", "bad" }, FactIds(file));
    }

    [Fact]
    public void FG0106_share_false_allows_a_change_of_more_than_100_percent()
        => Assert.Empty(Parse(WithBadFact("150%", "share: false")).Diagnostics);

    [Fact]
    public void FG0106_a_share_of_0_or_100_percent_is_fine()
    {
        Assert.Empty(Parse(WithBadFact("0%")).Diagnostics);
        Assert.Empty(Parse(WithBadFact("100%")).Diagnostics);
    }

    [Fact]
    public void FG0106_share_takes_only_true_or_false()
    {
        var diagnostic = Only(Parse(WithBadFact("50%", "share: maybe")), "FG0109");

        Covers(diagnostic.Range, 13, 11, 5);
    }

    [Fact]
    public void FG0107_an_unknown_currency()
    {
        var file = Parse(WithBadFact("XYZ 5"));

        var diagnostic = Only(file, "FG0107");
        Covers(diagnostic.Range, 10, 11, 5);
        Assert.Equal("'XYZ' is not an ISO 4217 currency code. Write a code such as USD, EUR or RUB, or a symbol such as $, € or ₽.", diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    // FG0108, FG0109

    [Fact]
    public void FG0108_an_invalid_fact_id()
    {
        var file = Parse(GoodFactHeader + Lines("  - id: \"bad id\"", "    claim: Bad", "    value: 5", "    source: src", "    quote: Two."));

        var diagnostic = Only(file, "FG0108");
        Covers(diagnostic.Range, NextLine, 8, 8);
        Assert.Equal(
            "'bad id' is not a valid id. Write letters, digits, '-', '_' and '.', starting with a letter or digit, such as 'it-specialists-left-2022'.",
            diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0108_an_invalid_source_id_and_citation()
    {
        var file = Parse("sources:\n  \"bad id!\":\n  src:\n" + GoodFactHeader.Substring("sources:\n  src:\n".Length) + Lines("  - id: bad", "    claim: Bad", "    value: 5", "    source: no good", "    quote: Two."));

        Assert.Equal(new[] { "FG0108", "FG0108" }, RuleIds(file));
        Covers(file.Diagnostics[0].Range, 1, 2, 9);
        Assert.Equal("bad id!", file.Diagnostics[0].Arguments[0]);
        Covers(file.Diagnostics[1].Range, 12, 12, 7);
        Assert.Equal("no good", file.Diagnostics[1].Arguments[0]);
        Assert.Equal("src", Assert.Single(file.Sources).Id);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0109_an_unknown_precision_with_did_you_mean()
    {
        var file = Parse(WithBadFact("5", "precision: abuot"));

        var diagnostic = Only(file, "FG0109");
        Covers(diagnostic.Range, 13, 15, 5);
        Assert.Equal(
            "'abuot' is not a valid 'precision'. Did you mean 'about'? Write one of: exact, about, estimated, at-least, more-than, as-many-as, up-to, less-than.",
            diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0109_an_unknown_rank_with_did_you_mean()
    {
        var file = Parse(WithBadFact("5", "rank: deprecatd"));

        var diagnostic = Only(file, "FG0109");
        Covers(diagnostic.Range, 13, 10, 9);
        Assert.Equal("'deprecatd' is not a valid 'rank'. Did you mean 'deprecated'? Write one of: normal, preferred, deprecated.", diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Theory]
    [InlineData("intger", " Did you mean 'integer'?")]
    [InlineData("text", "")]
    [InlineData("range<text>", "")]
    public void FG0109_a_type_a_fact_cannot_have(string type, string hint)
    {
        var file = Parse(WithBadFact("5", "type: " + type));

        var diagnostic = Only(file, "FG0109");
        Covers(diagnostic.Range, 13, 10, type.Length);
        Assert.Equal($"'{type}' is not a valid 'type'.{hint} Write one of: integer, decimal, percentage, money, year.", diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void Words_of_choices_are_read_ignoring_case()
    {
        var file = Parse(WithBadFact("2009", "precision: About", "rank: PREFERRED", "type: Year"));

        Assert.Empty(file.Diagnostics);
        var fact = file.Facts[1];
        Assert.Equal(FactGen.Model.Precision.About, fact.Precision);
        Assert.Equal(Rank.Preferred, fact.Rank);
        Assert.Equal(ValueKind.Year, fact.Value.Kind);
    }

    [Theory]
    [InlineData("exact", FactGen.Model.Precision.Exact)]
    [InlineData("about", FactGen.Model.Precision.About)]
    [InlineData("estimated", FactGen.Model.Precision.Estimated)]
    [InlineData("at-least", FactGen.Model.Precision.AtLeast)]
    [InlineData("more-than", FactGen.Model.Precision.MoreThan)]
    [InlineData("as-many-as", FactGen.Model.Precision.AsManyAs)]
    [InlineData("up-to", FactGen.Model.Precision.UpTo)]
    [InlineData("less-than", FactGen.Model.Precision.LessThan)]
    public void Every_precision_word(string word, FactGen.Model.Precision precision)
        => Assert.Equal(precision, Parse(WithBadFact("5", "precision: " + word)).Facts[1].Precision);

    // FG0110, FG0111, FG0112: dates and URLs

    [Fact]
    public void FG0110_an_invalid_published_date_keeps_the_source_without_it()
    {
        var file = Parse(WithSourceKeys("    title: T\n    published: 2023-02-29\n"));

        var diagnostic = Only(file, "FG0110");
        Covers(diagnostic.Range, 3, 15, 10);
        Assert.Equal("'2023-02-29' is not a valid date. Write a year (2023), a month (2023-08) or a day (2023-08-03).", diagnostic.Message);
        Assert.Equal(new SourceSpec("src", new TextRange(11, 14, 1, 2, 1, 5), null, "T", null, null, null, null), Assert.Single(file.Sources));
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0110_a_reversed_period()
    {
        var file = Parse(WithBadFact("5", "period: 2023/2022"));

        var diagnostic = Only(file, "FG0110");
        Covers(diagnostic.Range, 13, 12, 9);
        Assert.Equal(
            "'2023/2022' is not a valid period. Write a year (2022), a month (2022-12), a day (2022-12-31) or a span start/end (2022-02/2023-08).",
            diagnostic.Message);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void FG0110_a_period_on_a_day_that_does_not_exist()
    {
        var file = Parse(WithBadFact("5", "period: 2023-02-29"));

        var diagnostic = Only(file, "FG0110");
        Covers(diagnostic.Range, 13, 12, 10);
        Assert.Equal("period", diagnostic.Arguments[1]);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Theory]
    [InlineData("ftp://example.org/x")]
    [InlineData("/relative/path")]
    [InlineData("example.org")]
    public void FG0111_a_url_that_is_not_absolute_http(string url)
    {
        var file = Parse(WithSourceKeys("    url: " + url + "\n"));

        var diagnostic = Only(file, "FG0111");
        Covers(diagnostic.Range, 2, 9, url.Length);
        Assert.Equal(
            $"'{url}' is not an absolute http or https URL. Write the full address, such as https://example.org/article, or leave 'url' out when it is unknown.",
            diagnostic.Message);
        Assert.Null(Assert.Single(file.Sources).Url);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Theory]
    [InlineData("2023-08-03", "2023-08", "2023-08", "2023-08-03")]
    [InlineData("2023", "2022-12-31", "2022-12-31", "2023")]
    public void FG0112_retrieved_before_published(string published, string retrieved, string retrievedShown, string publishedShown)
    {
        var file = Parse(WithSourceKeys($"    published: {published}\n    retrieved: {retrieved}\n"));

        var diagnostic = Only(file, "FG0112");
        Covers(diagnostic.Range, 3, 15, retrieved.Length);
        Assert.Equal($"The source was retrieved on {retrievedShown}, before it was published on {publishedShown}. Correct one of the two dates.", diagnostic.Message);
        Assert.Single(file.Sources);
        Assert.Equal(new[] { "good" }, FactIds(file));
    }

    [Fact]
    public void Retrieved_in_the_month_published_is_fine()
    {
        var file = Parse(WithSourceKeys("    published: 2023-08\n    retrieved: 2023-08-03\n"));

        Assert.Empty(file.Diagnostics);
    }

    // FG0505: match: without archive:

    [Theory]
    [InlineData("normalized")]
    [InlineData("exact")]
    public void FG0505_match_on_a_source_without_an_archive_is_reported_at_its_value_and_the_source_and_fact_are_kept(string word)
    {
        var file = Parse(WithSourceKeys($"    match: {word}\n"));

        var diagnostic = Only(file, "FG0505");
        Covers(diagnostic.Range, 2, 11, word.Length);
        Assert.Equal(
            $"'match: {word}' has no effect: 'src' names no archive, so its quotes are compared with no text. Write 'archive:' with the file its quotes come from, or leave 'match' out.",
            diagnostic.Message);
        Assert.Equal(("src", null, "good"), (Assert.Single(file.Sources).Id, file.Sources[0].Archive, Assert.Single(FactIds(file))));
    }

    [Fact]
    public void FG0505_match_beside_an_archive_and_an_unknown_match_word_are_not_reported_as_match_without_an_archive()
    {
        var withArchive = Parse(WithSourceKeys("    archive: article.txt\n    match: normalized\n"));
        var unknownWord = Parse(WithSourceKeys("    match: loose\n"));

        Assert.Empty(withArchive.Diagnostics);
        Assert.Equal(new[] { "FG0109" }, RuleIds(unknownWord));
    }

    // FG0401, FG0402, FG0403: datasets

    private const string People = """
        datasets:
          - id: people
            columns:
              name: text
              age: integer
              member: boolean
            rows:
              - name: Ann
                age: 30
                member: true
                source: src
                quote: q
        """;

    private static string PeopleWith(params string[] row) => People + "\n" + Lines(row.Select(line => "      " + line).ToArray());

    [Fact]
    public void FG0401_a_row_without_a_cell()
    {
        var file = Parse(PeopleWith("- name: Bob", "  member: false", "  source: src", "  quote: q"));

        var diagnostic = Only(file, "FG0401");
        Covers(diagnostic.Range, 12, 8, 4);
        Assert.Equal("age", diagnostic.Arguments[0]);
        Assert.StartsWith("This row has no 'age', so it is left out. Write 'age: ' followed by ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Ann", Assert.Single(Assert.Single(file.Datasets).Rows).Cells[0].Text);
    }

    [Fact]
    public void FG0401_a_null_text_cell_is_missing()
    {
        var file = Parse(PeopleWith("- name:", "  age: 5", "  member: false", "  source: src", "  quote: q"));

        var diagnostic = Only(file, "FG0401");
        Covers(diagnostic.Range, 12, 8, 4);
        Assert.Equal("This row has no 'name', so it is left out. Write 'name: ' followed by a text.", diagnostic.Message);
        Assert.Single(Assert.Single(file.Datasets).Rows);
    }

    [Fact]
    public void FG0401_FG0402_messages_use_the_right_article()
    {
        var missing = Only(Parse(PeopleWith("- name: Bob", "  member: false", "  source: src", "  quote: q")), "FG0401");
        Assert.Equal("This row has no 'age', so it is left out. Write 'age: ' followed by an integer.", missing.Message);

        var wrong = Only(Parse(PeopleWith("- name: Cy", "  age: thirty", "  member: false", "  source: src", "  quote: q")), "FG0402");
        Assert.StartsWith("'thirty' is not an integer, the type of column 'age'", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FG0402_a_cell_of_the_wrong_type()
    {
        var file = Parse(PeopleWith("- name: Cy", "  age: thirty", "  member: false", "  source: src", "  quote: q"));

        var diagnostic = Only(file, "FG0402");
        Covers(diagnostic.Range, 13, 13, 6);
        Assert.Equal(new[] { "thirty", "an integer", "age", "a number such as 100,000, 1 million, 13%, 10 percent, $30 billion or 70,000-100,000" }, diagnostic.Arguments);
        Assert.EndsWith(", the type of column 'age', so the row is left out. Write a number such as 100,000, 1 million, 13%, 10 percent, $30 billion or 70,000-100,000.", diagnostic.Message, StringComparison.Ordinal);
        Assert.Single(Assert.Single(file.Datasets).Rows);
    }

    [Fact]
    public void FG0402_a_boolean_cell_that_is_not_true_or_false()
    {
        var file = Parse(PeopleWith("- name: Dee", "  age: 5", "  member: no", "  source: src", "  quote: q"));

        var diagnostic = Only(file, "FG0402");
        Covers(diagnostic.Range, 14, 16, 2);
        Assert.Equal("'no' is not a boolean, the type of column 'member', so the row is left out. Write true or false.", diagnostic.Message);
        Assert.Single(Assert.Single(file.Datasets).Rows);
    }

    [Theory]
    [InlineData("date", "2023-02-30", "2023-02-30", "Write a year (2023), a month (2023-08) or a day (2023-08-03).")]
    [InlineData("year", "\"20000\"", "20000", "Write a year from 1 to 9999 in plain digits, such as 2022.")]
    [InlineData("range<percentage>", "10%", "10%", "Write a range such as 70,000-100,000 (the type is range<percentage>).")]
    [InlineData("money", "5", "5", "Write an amount with its currency, such as $30 billion or USD 30 billion.")]
    [InlineData("decimal", "13%", "13%", "Write a value of type decimal.")]
    public void FG0402_cells_of_other_types(string type, string cell, string value, string advice)
    {
        var text = Lines("datasets:", "  - id: d", "    columns:", "      c: " + type, "    rows:", "      - c: " + cell, "        source: src", "        quote: q");

        var file = Parse(text);

        var diagnostic = Only(file, "FG0402");
        Covers(diagnostic.Range, 5, 11, cell.Length);
        Assert.Equal(new[] { value, (type == "integer" ? "an " : "a ") + type, "c" }, diagnostic.Arguments.Take(3));
        Assert.StartsWith($"'{value}' is not ", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith($", the type of column 'c', so the row is left out. {advice}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(file.Datasets).Rows);
    }

    [Fact]
    public void FG0403_an_unknown_column_type_leaves_the_dataset_out()
    {
        var text = People + "\n" + Lines("  - id: broken", "    columns:", "      when: datetime", "    rows: []");

        var file = Parse(text);

        var diagnostic = Only(file, "FG0403");
        Covers(diagnostic.Range, 14, 12, 8);
        Assert.Equal(
            "'datetime' is not a column type, so the dataset is left out. Write one of: text, integer, decimal, percentage, money, year, date, boolean, or range<T> of a numeric one.",
            diagnostic.Message);
        Assert.Equal("people", Assert.Single(file.Datasets).Id);
    }

    [Fact]
    public void FG0403_with_did_you_mean()
    {
        var file = Parse(Lines("datasets:", "  - id: d", "    columns:", "      n: intger", "    rows: []"));

        var diagnostic = Only(file, "FG0403");
        Covers(diagnostic.Range, 3, 9, 6);
        Assert.Contains(" Did you mean 'integer'? ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(file.Datasets);
    }

    [Fact]
    public void A_dataset_without_columns_or_rows_is_FG0102_at_its_id()
    {
        var file = Parse(Lines("datasets:", "  - id: no-rows", "    columns:", "      a: text", "  - id: no-columns", "    rows: []"));

        Assert.Equal(new[] { "FG0102", "FG0102" }, RuleIds(file));
        Covers(file.Diagnostics[0].Range, 1, 8, 7);
        Assert.Equal("This dataset has no 'rows', so it is left out. Write 'rows: a list of rows'.", file.Diagnostics[0].Message);
        Covers(file.Diagnostics[1].Range, 4, 8, 10);
        Assert.Equal("This dataset has no 'columns', so it is left out. Write 'columns: a mapping of column name to type'.", file.Diagnostics[1].Message);
        Assert.Empty(file.Datasets);
    }

    [Fact]
    public void A_column_named_like_a_citation_key_is_FG0108()
    {
        var file = Parse(Lines("datasets:", "  - id: d", "    columns:", "      source: text", "    rows: []"));

        var diagnostic = Only(file, "FG0108");
        Covers(diagnostic.Range, 3, 6, 6);
        Assert.Empty(file.Datasets);
    }

    [Fact]
    public void A_dataset_row_name_defaults_to_the_id_and_Row()
    {
        var file = Parse(People);

        Assert.Empty(file.Diagnostics);
        var dataset = Assert.Single(file.Datasets);
        Assert.Equal("People", dataset.MemberName);
        Assert.Equal("PeopleRow", dataset.RowTypeName);
        Assert.Null(dataset.Claim);
    }

    [Fact]
    public void Never_throws_on_odd_input()
    {
        foreach (var text in new[] { "\t", ":", "- - -", "{}", "[]", "facts: [[]]", "facts:\n  - {}\n", "? a\n", "&a b", "facts: !!binary x", "\uFEFFfacts: []" })
        {
            var file = Parse(text);

            Assert.Empty(file.Facts);
            Assert.All(file.Diagnostics, diagnostic => ReadsAsSentence(diagnostic.Message));
        }
    }

    // FG0301, FG0302: the fact against its quote, located at the quote and at the precision

    private static string WithQuote(string value, string quote, params string[] extraKeys)
        => GoodFactHeader
            + Lines(new[] { "  - id: bad", "    claim: Bad", "    value: " + value, "    source: src", "    quote: " + quote }
                .Concat(extraKeys.Select(key => "    " + key)).ToArray());

    [Theory]
    [InlineData("100,000", "Many IT specialists left.")]
    [InlineData("100,000", "About 10,000 IT specialists left.")]
    [InlineData("13%", "roughly 31% of IT workers")]
    [InlineData("70,000-100,000", "the 70,000 Russians who left")]
    [InlineData("$30 billion", "totaled more than $30 million")]
    [InlineData("4", "three young specialists")]
    public void FG0301_a_quote_that_does_not_state_the_figure_is_reported_at_the_quote(string value, string quote)
    {
        var file = Parse(WithQuote(value, quote));

        var diagnostic = Only(file, "FG0301");
        Covers(diagnostic.Range, 12, 11, quote.Length);
        Assert.Equal(
            $"The quote does not state '{value}' in any form (such as 100,000, 100 000, 100k, 1 million, 10%, 10 percent or three). Quote the sentence that states the figure, word for word, or correct the value.",
            diagnostic.Message);
        Assert.Equal(new[] { "good", "bad" }, FactIds(file));
    }

    [Theory]
    [InlineData("100,000", "the number reached 100,000")]
    [InlineData("100,000", "the number reached 100 000")]
    [InlineData("100,000", "the number reached 100k")]
    [InlineData("100000", "the number reached 100,000")]
    [InlineData("1 million", "About 1 million Russians have left", "precision: about")]
    [InlineData("1,000,000", "a million people")]
    [InlineData("10%", "comprise 10 percent of the sector")]
    [InlineData("10 percent", "comprise 10% of the sector")]
    [InlineData("$30 billion", "It noted capital flight totaled more than $30 billion.", "precision: more-than")]
    [InlineData("USD 30 billion", "capital flight of $30bn")]
    [InlineData("70,000-100,000", "the 70,000-100,000 Russians who left")]
    [InlineData("20-29", "Dima is in his 20s")]
    [InlineData("30-33", "The average age was early 30s.", "precision: about")]
    [InlineData("3", "Three days later, Ivan got on a plane.")]
    [InlineData("2022", "\"Even before Russia’s February 2022 invasion\"", "type: year")]
    public void FG0301_every_written_form_of_the_figure_is_accepted(string value, string quote, params string[] extraKeys)
        => Assert.Empty(Parse(WithQuote(value, quote, extraKeys)).Diagnostics);

    [Fact]
    public void FG0302_a_precision_that_contradicts_the_quote_is_reported_at_the_precision()
    {
        var file = Parse(WithQuote("$30 billion", "totaled more than $30 billion", "precision: about"));

        var diagnostic = Only(file, "FG0302");
        Covers(diagnostic.Range, 13, 15, 5);
        Assert.Equal("The quote says 'more than' before the figure, but the precision is 'about'. Write 'precision: more-than'.", diagnostic.Message);
        Assert.Equal(new[] { "good", "bad" }, FactIds(file));
    }

    [Fact]
    public void FG0302_a_qualified_figure_with_no_precision_is_reported_at_the_value()
    {
        var file = Parse(WithQuote("13%", "with roughly 13% of IT workers leaving"));

        var diagnostic = Only(file, "FG0302");
        Covers(diagnostic.Range, 10, 11, 3);
        Assert.Equal("The quote says 'roughly' before the figure, but the precision is 'exact'. Write 'precision: about'.", diagnostic.Message);
    }

    [Theory]
    [InlineData("an estimated 100,000 IT specialists", "estimated")]
    [InlineData("as many as 100,000 more", "as-many-as")]
    [InlineData("up to 100,000 more", "as-many-as")]
    [InlineData("over 100,000 people", "more-than")]
    [InlineData("at least 100,000 people", "at-least")]
    [InlineData("fewer than 100,000 people", "less-than")]
    [InlineData("some 100,000 people", "about")]
    [InlineData("within 100,000 steps", "up-to")]
    [InlineData("About 100,000 left, and later exactly 100,000 more", "exact")]
    public void FG0302_a_precision_that_agrees_with_the_quote_or_a_quote_that_does_not_qualify_is_fine(string quote, string precision)
        => Assert.Empty(Parse(WithQuote("100,000", quote, "precision: " + precision)).Diagnostics);
}
