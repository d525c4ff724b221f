using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace FactGen.Tests.Runtime;

public class FactRegistryTests
{
    private static readonly Source s_a = new("b-source", publisher: "Zeta");
    private static readonly Source s_b = new("a-source", publisher: "Alpha");

    [Fact]
    public void Looks_facts_up_by_ordinal_id()
    {
        var first = Samples.Plain("one", s_a);
        var second = Samples.Plain("two", s_b);
        var registry = new FactRegistry(new IFact[] { first, second });

        Assert.Equal(2, registry.Count);
        Assert.Same(first, registry["one"]);
        Assert.Same(second, registry["two"]);
        Assert.True(registry.Contains("one"));
        Assert.False(registry.Contains("ONE"));
        Assert.True(registry.TryGet("two", out var found));
        Assert.Same(second, found);
        Assert.False(registry.TryGet("three", out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void Missing_id_throws_naming_it()
    {
        var registry = new FactRegistry(new IFact[] { Samples.Plain("one", s_a) });
        var error = Assert.Throws<KeyNotFoundException>(() => registry["nope-42"]);
        Assert.Contains("no fact with id", error.Message, StringComparison.Ordinal);
        Assert.Contains("nope-42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_first_of_duplicate_ids_and_preserves_order()
    {
        var first = Samples.Plain("dup", s_a, 1);
        var other = Samples.Plain("other", s_a);
        var duplicate = Samples.Plain("dup", s_b, 2);
        var registry = new FactRegistry(new IFact[] { first, other, duplicate });

        Assert.Equal(2, registry.Count);
        Assert.Same(first, registry["dup"]);
        Assert.Equal(new[] { "dup", "other" }, registry.Select(f => f.Id));
        Assert.Equal(new[] { s_a }, registry.Sources);
    }

    [Fact]
    public void Sources_are_distinct_and_ordered_by_id()
    {
        var registry = new FactRegistry(new IFact[]
        {
            Samples.Plain("1", s_a),
            Samples.Plain("2", s_b),
            Samples.Plain("3", new Source("b-source", publisher: "Zeta")),
        });

        Assert.Equal(new[] { "a-source", "b-source" }, registry.Sources.Select(s => s.Id));
    }

    [Fact]
    public void By_source_returns_facts_in_order()
    {
        var registry = new FactRegistry(new IFact[] { Samples.Plain("1", s_a), Samples.Plain("2", s_b), Samples.Plain("3", s_a) });
        Assert.Equal(new[] { "1", "3" }, registry.BySource("b-source").Select(f => f.Id));
        Assert.Equal(new[] { "2" }, registry.BySource("a-source").Select(f => f.Id));
        Assert.Empty(registry.BySource("c-source"));
        Assert.Empty(registry.BySource("B-SOURCE"));
    }

    [Fact]
    public void Unverified_lists_the_facts_whose_quotes_the_build_did_not_verify_in_order()
    {
        Fact<long> Verified(string id) => new(id, "claim " + id, 1, null, Precision.Exact, null, new Citation(s_a, "quote " + id, isVerified: true));
        var registry = new FactRegistry(new IFact[] { Samples.Plain("1", s_a), Verified("2"), Samples.Plain("3", s_b), Verified("4") });

        Assert.Equal(new[] { "1", "3" }, registry.Unverified().Select(f => f.Id));
        Assert.Empty(new FactRegistry(new IFact[] { Verified("2") }).Unverified());
    }

    [Fact]
    public void Empty_registry()
    {
        var registry = new FactRegistry(Array.Empty<IFact>());
        Assert.Empty(registry);
        Assert.Empty(registry.Sources);
        Assert.False(registry.Contains("x"));
    }

    [Fact]
    public void Validates_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new FactRegistry((IEnumerable<IFact>)null!));
        Assert.Throws<ArgumentException>(() => new FactRegistry(new IFact[] { null! }));
        var registry = new FactRegistry(Array.Empty<IFact>());
        Assert.Throws<ArgumentNullException>(() => registry[null!]);
        Assert.Throws<ArgumentNullException>(() => registry.BySource(null!));
    }

    [Fact]
    public void A_registry_of_ids_builds_a_fact_when_it_is_first_looked_up_and_only_that_fact()
    {
        var built = new List<int>();
        var facts = new[] { Samples.Plain("one", s_a), Samples.Plain("two", s_b), Samples.Plain("three", s_a) };
        var registry = new FactRegistry(new[] { "one", "two", "three", "two" }, index =>
        {
            built.Add(index);
            return facts[index];
        });

        Assert.Equal(3, registry.Count);
        Assert.True(registry.Contains("three"));
        Assert.Empty(built);
        Assert.Same(facts[1], registry["two"]);
        Assert.Same(facts[1], registry["two"]);
        Assert.Equal(new[] { 1 }, built);
        Assert.Equal(new[] { "one", "two", "three" }, registry.Select(f => f.Id));
        Assert.Equal(new[] { 1, 0, 2 }, built);
    }

    [Fact]
    public void A_registry_of_ids_validates_its_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new FactRegistry(null!, _ => Samples.Plain("x", s_a)));
        Assert.Throws<ArgumentNullException>(() => new FactRegistry(new[] { "x" }, null!));
        Assert.Throws<ArgumentException>(() => new FactRegistry(new string[] { null! }, _ => Samples.Plain("x", s_a)));
        Assert.Throws<InvalidOperationException>(() => new FactRegistry(new[] { "x" }, _ => null!)["x"]);
    }
}
