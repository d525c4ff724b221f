using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FactGen.Tests.Generator;

/// <summary>The generated source of representative fact files, compared with reviewed snapshots.</summary>
public class SnapshotTests
{
    [Fact]
    public void Every_value_kind_a_dataset_and_a_superseded_fact()
    {
        var run = GeneratorHarness.Run([GeneratorTestData.Load("all-kinds.yaml")]);

        Snapshot.Verify("AllKinds", run.Source("AllKinds.g.cs"));
        Snapshot.Verify("AllKinds.Registry", run.Source("FactGen.Registry.g.cs"));
    }

    [Fact]
    public void Verified_unverified_and_unarchived_citations()
    {
        var run = GeneratorHarness.Run([GeneratorTestData.Load("verified.yaml")], sourceTexts: [GeneratorTestData.Load("verified-article.txt")]);

        Snapshot.Verify("Verified", run.Source("Verified.g.cs"));
        Snapshot.Verify("Verified.Registry", run.Source("FactGen.Registry.g.cs"));
        Assert.Empty(Compilations.Problems(run.Output));
    }

    [Fact]
    public void Odd_ids_and_hostile_strings()
    {
        var run = GeneratorHarness.Run([GeneratorTestData.Load("odd-ids.yaml")]);

        Snapshot.Verify("OddIds", run.Source("OddIds.g.cs"));
    }

    [Fact]
    public void CSharp_7_3_gets_classes_instead_of_records_and_no_nullable_annotations()
    {
        var run = GeneratorHarness.Run([GeneratorTestData.Load("all-kinds.yaml")], languageVersion: LanguageVersion.CSharp7_3);

        Snapshot.Verify("AllKinds.CSharp7_3", run.Source("AllKinds.g.cs"));
        Assert.Empty(Compilations.Problems(run.Output));
    }
}
