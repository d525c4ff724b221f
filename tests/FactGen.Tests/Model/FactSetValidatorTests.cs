using System;
using System.Linq;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Text;
using FactGen.Model.Validation;
using Xunit;

namespace FactGen.Tests.Model;

public class FactSetValidatorTests
{
    /// <summary>Declares 'src' (ShareAmerica, 2023) on lines 0-4; the facts key is on line 5, the first fact's id on line 6.</summary>
    private const string SourcesBlock =
        "sources:\n" +
        "  src:\n" +
        "    publisher: ShareAmerica\n" +
        "    title: Top talent fleeing\n" +
        "    published: 2023-08-03\n";

    /// <summary>A fact of five lines: id (column 8), claim, value, source (column 12), quote, then <paramref name="extra"/>.</summary>
    private static string Fact(string id, string source = "src", string value = "1", string claim = "A claim", params string[] extra)
        => TestYaml.Lines(new[] { $"  - id: {id}", $"    claim: {claim}", $"    value: {value}", $"    source: {source}", $"    quote: It is {value}." }
            .Concat(extra.Select(line => "    " + line)).ToArray());

    private static FactFile File(string path, string text)
    {
        var file = FactFileParser.Parse(path, text);
        Assert.Empty(file.Diagnostics);
        return file;
    }

    private static FactFile WithSources(string path, params string[] facts) => File(path, SourcesBlock + "facts:\n" + string.Concat(facts));

    private static FactFile FactsOnly(string path, params string[] facts) => File(path, "facts:\n" + string.Concat(facts));

    private static FactDiagnostic Only(FactSet set, string ruleId)
    {
        var diagnostic = Assert.Single(set.Diagnostics);
        Assert.Equal(ruleId, diagnostic.RuleId);
        return diagnostic;
    }

    private static EmitFile FileAt(FactSet set, string path) => Assert.Single(set.Files, file => file.Path == path);

    private static string[] EmittedIds(EmitFile file) => file.Facts.Select(fact => fact.Fact.Id).ToArray();

    [Fact]
    public void A_valid_set_has_no_diagnostics()
    {
        var file = WithSources("facts/brain-drain.yaml", Fact("left-2022"), Fact("left-2023", value: "2 million"));

        var set = FactSetValidator.Validate(new[] { file });

        Assert.Empty(set.Diagnostics);
        var emitted = Assert.Single(set.Files);
        Assert.Equal("BrainDrain.g.cs", emitted.HintName);
        Assert.Equal("facts/brain-drain.yaml", emitted.Path);
        Assert.Equal("BrainDrain", emitted.ClassName);
        Assert.Equal(new[] { "left-2022", "left-2023" }, EmittedIds(emitted));
        Assert.All(emitted.Facts, fact => Assert.Null(fact.ObsoleteMessage));
        Assert.All(emitted.Facts, fact => Assert.Equal("ShareAmerica, 2023: Top talent fleeing", fact.SourceReference));
        Assert.Equal(file.Facts[0].WithoutPlaces(), emitted.Facts[0].Fact);
        Assert.Equal(default, emitted.Facts[0].Fact.IdRange);
        Assert.Equal(file.Sources.Select(source => source.WithoutPlaces()), set.Sources);
        Assert.Equal(
            new[] { new RegistryEntry("left-2022", "BrainDrain", 0), new RegistryEntry("left-2023", "BrainDrain", 0) },
            set.RegistryEntries);
    }

    [Fact]
    public void No_files_give_an_empty_set()
    {
        var set = FactSetValidator.Validate(Array.Empty<FactFile>());

        Assert.Empty(set.Files);
        Assert.Empty(set.Sources);
        Assert.Empty(set.Diagnostics);
        Assert.Empty(set.RegistryEntries);
    }

    [Fact]
    public void FG0201_a_duplicate_fact_id_loses_to_the_first_file_in_path_order()
    {
        var first = WithSources("facts/a.yaml", Fact("dup", claim: "From a"));
        var second = FactsOnly("facts/b.yaml", Fact("unique"), Fact("dup", claim: "From b"));

        var set = FactSetValidator.Validate(new[] { second, first });

        var diagnostic = Only(set, "FG0201");
        Assert.Equal("facts/b.yaml", diagnostic.Path);
        Assert.Equal(second.Facts[1].IdRange, diagnostic.Range);
        TestYaml.Covers(diagnostic.Range, 6, 8, 3);
        Assert.Equal(new[] { "dup", "a.yaml(7,9)" }, diagnostic.Arguments);
        Assert.Equal(new[] { new FileRange("facts/a.yaml", first.Facts[0].IdRange) }, diagnostic.Related);
        Assert.Equal("The fact id 'dup' is already used in a.yaml(7,9), so this fact is left out. Give it an id of its own.", diagnostic.Message);
        Assert.Equal(new[] { "facts/a.yaml", "facts/b.yaml" }, set.Files.Select(file => file.Path));
        Assert.Equal("From a", Assert.Single(FileAt(set, "facts/a.yaml").Facts).Fact.Claim);
        Assert.Equal(new[] { "unique" }, EmittedIds(FileAt(set, "facts/b.yaml")));
    }

    [Fact]
    public void FG0201_within_one_file()
    {
        var file = WithSources("facts/a.yaml", Fact("dup", claim: "First"), Fact("dup", claim: "Second"));

        var set = FactSetValidator.Validate(new[] { file });

        var diagnostic = Only(set, "FG0201");
        TestYaml.StartsAt(diagnostic.Range, 11, 8);
        Assert.Equal("a.yaml(7,9)", diagnostic.Arguments[1]);
        Assert.Equal("First", Assert.Single(Assert.Single(set.Files).Facts).Fact.Claim);
    }

    [Fact]
    public void FG0202_a_duplicate_source_id_is_ignored()
    {
        var first = WithSources("facts/a.yaml", Fact("one"));
        var second = File("facts/b.yaml", "sources:\n  src:\n    publisher: Someone else\nfacts:\n" + Fact("two"));

        var set = FactSetValidator.Validate(new[] { second, first });

        var diagnostic = Only(set, "FG0202");
        Assert.Equal("facts/b.yaml", diagnostic.Path);
        TestYaml.Covers(diagnostic.Range, 1, 2, 3);
        Assert.Equal(new[] { "src", "a.yaml(2,3)" }, diagnostic.Arguments);
        Assert.Equal(new[] { new FileRange("facts/a.yaml", first.Sources[0].IdRange) }, diagnostic.Related);
        Assert.Equal(
            "The source id 'src' is already declared in a.yaml(2,3), so this declaration is ignored. Give it an id of its own, or remove it.",
            diagnostic.Message);
        Assert.Equal("ShareAmerica", Assert.Single(set.Sources).Publisher);
        Assert.Equal(new[] { "two" }, EmittedIds(FileAt(set, "facts/b.yaml")));
    }

    [Fact]
    public void FG0203_an_undeclared_source_with_did_you_mean()
    {
        var file = File(
            "facts/a.yaml",
            "sources:\n  shareamerica-2023:\nfacts:\n" + Fact("kept", "shareamerica-2023") + Fact("dropped", "shareamerica-2032"));

        var set = FactSetValidator.Validate(new[] { file });

        var diagnostic = Only(set, "FG0203");
        Assert.Equal("facts/a.yaml", diagnostic.Path);
        TestYaml.Covers(diagnostic.Range, 11, 12, 17);
        Assert.Equal(file.Facts[1].Citation.SourceRange, diagnostic.Range);
        Assert.Equal(
            "No fact file declares the source 'shareamerica-2032', so this entry is left out. Did you mean 'shareamerica-2023'? Declare it under 'sources:', or cite a source that is declared.",
            diagnostic.Message);
        Assert.Equal(new[] { "kept" }, EmittedIds(Assert.Single(set.Files)));
    }

    [Fact]
    public void FG0203_without_a_near_source_has_no_hint()
    {
        var set = FactSetValidator.Validate(new[] { WithSources("facts/a.yaml", Fact("x", "reuters-2024")) });

        Assert.Equal(
            "No fact file declares the source 'reuters-2024', so this entry is left out. Declare it under 'sources:', or cite a source that is declared.",
            Only(set, "FG0203").Message);
        Assert.Empty(Assert.Single(set.Files).Facts);
    }

    [Fact]
    public void A_source_declared_in_another_file_is_found()
    {
        var sources = File("facts/sources.yaml", SourcesBlock);
        var facts = FactsOnly("facts/facts.yaml", Fact("x"));

        var set = FactSetValidator.Validate(new[] { facts, sources });

        Assert.Empty(set.Diagnostics);
        Assert.Equal(new[] { "x" }, EmittedIds(FileAt(set, "facts/facts.yaml")));
    }

    [Fact]
    public void FG0203_drops_a_dataset_row_and_keeps_the_others()
    {
        var text = SourcesBlock + TestYaml.Lines(
            "datasets:",
            "  - id: reasons",
            "    columns:",
            "      reason: text",
            "    rows:",
            "      - reason: Kept",
            "        source: src",
            "        quote: q",
            "      - reason: Dropped",
            "        source: srd",
            "        quote: q");
        var file = File("facts/a.yaml", text);

        var set = FactSetValidator.Validate(new[] { file });

        var diagnostic = Only(set, "FG0203");
        TestYaml.Covers(diagnostic.Range, 14, 16, 3);
        Assert.Contains(" Did you mean 'src'? ", diagnostic.Message, StringComparison.Ordinal);
        var row = Assert.Single(Assert.Single(Assert.Single(set.Files).Datasets).Rows);
        Assert.Equal("Kept", row.Cells[0].Text);
    }

    [Fact]
    public void FG0204_two_fact_ids_that_become_one_member()
    {
        var file = WithSources("facts/numbers.yaml", Fact("a-b"), Fact("a_b"));

        var set = FactSetValidator.Validate(new[] { file });

        var diagnostic = Only(set, "FG0204");
        Assert.Equal("facts/numbers.yaml", diagnostic.Path);
        TestYaml.Covers(diagnostic.Range, 11, 8, 3);
        Assert.Equal("'a_b' becomes the C# name 'AB' in class Numbers, where 'a-b' already has it. Rename it.", diagnostic.Message);
        Assert.Equal(new[] { "a-b" }, EmittedIds(Assert.Single(set.Files)));
    }

    [Fact]
    public void FG0204_a_fact_named_like_its_class()
    {
        var file = WithSources("facts/budget.yaml", Fact("budget"), Fact("budget-2024"));

        var set = FactSetValidator.Validate(new[] { file });

        var diagnostic = Only(set, "FG0204");
        TestYaml.Covers(diagnostic.Range, 6, 8, 6);
        Assert.Equal("budget", diagnostic.Arguments[0]);
        Assert.Equal("Budget", diagnostic.Arguments[1]);
        Assert.Equal("Budget", diagnostic.Arguments[2]);
        Assert.Equal(new[] { "budget-2024" }, EmittedIds(Assert.Single(set.Files)));
    }

    [Fact]
    public void FG0204_a_fact_named_like_its_class_reads_as_a_sentence()
    {
        var file = WithSources("facts/budget.yaml", Fact("budget"));

        var message = Only(FactSetValidator.Validate(new[] { file }), "FG0204").Message;

        Assert.StartsWith("'budget' becomes the C# name 'Budget' in class Budget, where ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("own name and already has", message, StringComparison.Ordinal);
    }

    [Fact]
    public void FG0204_two_source_ids_that_become_one_member()
    {
        var first = File("facts/a.yaml", "sources:\n  share-america:\n    publisher: First\n");
        var second = File("facts/b.yaml", "sources:\n  share_america:\n    publisher: Second\n");

        var set = FactSetValidator.Validate(new[] { second, first });

        var diagnostic = Only(set, "FG0204");
        Assert.Equal("facts/b.yaml", diagnostic.Path);
        TestYaml.Covers(diagnostic.Range, 1, 2, 13);
        Assert.Equal("'share_america' becomes the C# name 'ShareAmerica' in class FactSources, where 'share-america' already has it. Rename it.", diagnostic.Message);
        Assert.Equal("First", Assert.Single(set.Sources).Publisher);
        Assert.Equal("ShareAmerica", FactSetValidator.SourceMemberName("share_america"));
    }

    [Fact]
    public void FG0204_a_source_named_like_FactSources()
    {
        var set = FactSetValidator.Validate(new[] { File("facts/a.yaml", "sources:\n  fact-sources:\n") });

        var diagnostic = Only(set, "FG0204");
        TestYaml.Covers(diagnostic.Range, 1, 2, 12);
        Assert.Equal(new[] { "fact-sources", "FactSources", "FactSources" }, diagnostic.Arguments.Take(3));
        Assert.Empty(set.Sources);
    }

    [Fact]
    public void FG0204_files_of_one_class_share_its_members()
    {
        var first = WithSources("facts/x/brain-drain.yaml", Fact("a-b"));
        var second = FactsOnly("facts/y/brain_drain.yaml", Fact("a.b"), Fact("other"));

        var set = FactSetValidator.Validate(new[] { second, first });

        var diagnostic = Only(set, "FG0204");
        Assert.Equal("facts/y/brain_drain.yaml", diagnostic.Path);
        TestYaml.StartsAt(diagnostic.Range, 1, 8);
        Assert.Equal("'a.b' becomes the C# name 'AB' in class BrainDrain, where 'a-b' already has it. Rename it.", diagnostic.Message);
        Assert.Equal(new[] { "other" }, EmittedIds(FileAt(set, "facts/y/brain_drain.yaml")));
    }

    [Fact]
    public void FG0204_a_dataset_row_type_named_like_a_fact()
    {
        var text = SourcesBlock + "facts:\n" + Fact("people-row") + TestYaml.Lines(
            "datasets:",
            "  - id: people",
            "    columns:",
            "      name: text",
            "    rows: []");
        var file = File("facts/numbers.yaml", text);

        var set = FactSetValidator.Validate(new[] { file });

        var diagnostic = Only(set, "FG0204");
        TestYaml.Covers(diagnostic.Range, 12, 8, 6);
        Assert.Equal("'people' becomes the C# name 'PeopleRow' in class Numbers, where 'people-row' already has it. Rename it.", diagnostic.Message);
        Assert.Empty(Assert.Single(set.Files).Datasets);
        Assert.Equal(new[] { "people-row" }, EmittedIds(Assert.Single(set.Files)));
    }

    [Fact]
    public void FG0204_columns_that_become_one_property()
    {
        var text = TestYaml.Lines(
            "datasets:",
            "  - id: people",
            "    columns:",
            "      first-name: text",
            "      first_name: text",
            "      citation: text",
            "    rows: []");
        var file = File("facts/numbers.yaml", text);

        var set = FactSetValidator.Validate(new[] { file });

        Assert.Equal(new[] { "FG0204", "FG0204" }, set.Diagnostics.Select(diagnostic => diagnostic.RuleId));
        TestYaml.Covers(set.Diagnostics[0].Range, 4, 6, 10);
        Assert.Equal("'first_name' becomes the C# name 'FirstName' in class PeopleRow, where 'first-name' already has it. Rename it.", set.Diagnostics[0].Message);
        TestYaml.Covers(set.Diagnostics[1].Range, 5, 6, 8);
        Assert.Equal("'citation' becomes the C# name 'Citation' in class PeopleRow, where 'citation' already has it. Rename it.", set.Diagnostics[1].Message);
        Assert.Empty(Assert.Single(set.Files).Datasets);
    }

    [Fact]
    public void FG0204_a_file_named_like_generated_code_is_left_out()
    {
        var reserved = WithSources("facts/all-facts.yaml", Fact("x"));

        var set = FactSetValidator.Validate(new[] { reserved });

        var diagnostic = Only(set, "FG0204");
        Assert.Equal("facts/all-facts.yaml", diagnostic.Path);
        Assert.Equal(TextRange.FileStart, diagnostic.Range);
        Assert.Equal(new[] { "all-facts.yaml", "AllFacts" }, diagnostic.Arguments.Take(2));
        Assert.Empty(set.Files);
        Assert.Single(set.Sources);
    }

    [Fact]
    public void FG0205_an_unknown_successor_with_did_you_mean()
    {
        var file = WithSources("facts/a.yaml", Fact("old", extra: "superseded_by: newer-figur"), Fact("newer-figure"));

        var set = FactSetValidator.Validate(new[] { file });

        var diagnostic = Only(set, "FG0205");
        TestYaml.Covers(diagnostic.Range, 11, 19, 11);
        Assert.Equal(file.Facts[0].SupersededByRange, diagnostic.Range);
        Assert.Equal(
            "'superseded_by' names 'newer-figur', which is not a fact id. Did you mean 'newer-figure'? Write the id of the fact that replaces this one.",
            diagnostic.Message);
        var emitted = Assert.Single(set.Files);
        Assert.Equal(new[] { "old", "newer-figure" }, EmittedIds(emitted));
        Assert.Null(emitted.Facts[0].ObsoleteMessage);
    }

    [Fact]
    public void A_known_successor_makes_the_fact_obsolete_and_names_it()
    {
        var older = WithSources("facts/brain-drain.yaml", Fact("left-2022", extra: "superseded_by: left-2023"));
        var newer = FactsOnly("facts/newer.yaml", Fact("left-2023", value: "2 million", claim: "Russians who left by 2023"));

        var set = FactSetValidator.Validate(new[] { newer, older });

        Assert.Empty(set.Diagnostics);
        var fact = Assert.Single(FileAt(set, "facts/brain-drain.yaml").Facts);
        Assert.Equal("Superseded by Newer.Left2023: Russians who left by 2023, 2 million (ShareAmerica, 2023).", fact.ObsoleteMessage);
        Assert.Contains(new RegistryEntry("left-2022", "BrainDrain", 0), set.RegistryEntries);
        Assert.Contains(new RegistryEntry("left-2023", "Newer", 0), set.RegistryEntries);
    }

    [Fact]
    public void A_deprecated_fact_is_obsolete()
    {
        var file = WithSources("facts/a.yaml", Fact("old", extra: "rank: deprecated"), Fact("preferred", extra: "rank: preferred"));

        var set = FactSetValidator.Validate(new[] { file });

        Assert.Empty(set.Diagnostics);
        var facts = Assert.Single(set.Files).Facts;
        Assert.Equal("The fact 'old' is deprecated; do not use its figure.", facts[0].ObsoleteMessage);
        Assert.Null(facts[1].ObsoleteMessage);
    }

    [Fact]
    public void A_superseded_and_deprecated_fact_names_its_successor()
    {
        var file = WithSources("facts/a.yaml", Fact("old", extra: new[] { "rank: deprecated", "superseded_by: new" }), Fact("new", value: "13%"));

        var set = FactSetValidator.Validate(new[] { file });

        Assert.Equal("Superseded by A.New: A claim, 13% (ShareAmerica, 2023).", Assert.Single(set.Files).Facts[0].ObsoleteMessage);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_files()
    {
        var files = new[]
        {
            WithSources("facts/c.yaml", Fact("dup"), Fact("a-b")),
            FactsOnly("facts/a.yaml", Fact("dup"), Fact("a_b"), Fact("ghost", "nowhere")),
            File("facts/b.yaml", "sources:\n  src:\n  other:\nfacts:\n" + Fact("b-fact", "other", extra: "superseded_by: dup")),
            FactsOnly("facts/sub/c.yaml", Fact("a.b")),
        };

        var expected = FactSetValidator.Validate(files);
        Assert.NotEmpty(expected.Diagnostics);

        foreach (var order in new[] { new[] { 3, 2, 1, 0 }, new[] { 1, 3, 0, 2 }, new[] { 2, 0, 3, 1 } })
        {
            var actual = FactSetValidator.Validate(order.Select(index => files[index]));

            Assert.Equal(expected, actual);
            Assert.True(expected.Equals(actual));
            Assert.Equal(expected.GetHashCode(), actual.GetHashCode());
            Assert.Equal(expected.RegistryEntries, actual.RegistryEntries);
        }
    }

    [Fact]
    public void Validating_equal_files_twice_gives_equal_sets()
    {
        static FactSet Run() => FactSetValidator.Validate(new[] { WithSources("facts/a.yaml", Fact("x"), Fact("y", "nowhere")) });

        var first = Run();
        var second = Run();

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Files_of_one_class_get_distinct_hint_names_in_path_order()
    {
        var first = WithSources("facts/a/brain-drain.yaml", Fact("one"));
        var second = FactsOnly("facts/b/brain-drain.yaml", Fact("two"));
        var third = FactsOnly("facts/c/Brain_Drain.yml", Fact("three"));

        var set = FactSetValidator.Validate(new[] { third, second, first });

        Assert.Empty(set.Diagnostics);
        Assert.Equal(
            new[] { ("facts/a/brain-drain.yaml", "BrainDrain.g.cs"), ("facts/b/brain-drain.yaml", "BrainDrain.2.g.cs"), ("facts/c/Brain_Drain.yml", "BrainDrain.3.g.cs") },
            set.Files.Select(file => (file.Path, file.HintName)));
        Assert.All(set.Files, file => Assert.Equal("BrainDrain", file.ClassName));
    }

    [Fact]
    public void Hint_names_are_unique_ignoring_case()
    {
        var first = WithSources("facts/brainDrain.yaml", Fact("one"));
        var second = FactsOnly("facts/braindrain.yaml", Fact("two"));

        var set = FactSetValidator.Validate(new[] { first, second });

        Assert.Equal(2, set.Files.Select(file => file.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Sources_are_listed_in_id_order()
    {
        var file = File("facts/a.yaml", "sources:\n  zeta:\n  Alpha:\n  beta:\n");

        var set = FactSetValidator.Validate(new[] { file });

        Assert.Equal(new[] { "Alpha", "beta", "zeta" }, set.Sources.Select(source => source.Id));
    }

    [Fact]
    public void Short_and_long_references()
    {
        var full = new SourceSpec("id", default, "ShareAmerica", "Title", null, new DateValue(2023, 8, 3), null, null);
        var titleOnly = full with { Publisher = null, Published = null };
        var bare = new SourceSpec("bare-id", default, null, null, null, null, null, null);

        Assert.Equal("ShareAmerica, 2023", FactSetValidator.ShortReference(full));
        Assert.Equal("ShareAmerica, 2023: Title", FactSetValidator.LongReference(full));
        Assert.Equal("Title, n.d.", FactSetValidator.ShortReference(titleOnly));
        Assert.Equal("Title, n.d.", FactSetValidator.LongReference(titleOnly));
        Assert.Equal("bare-id, n.d.", FactSetValidator.LongReference(bare));
    }
}
