using System.Threading;
using System.Threading.Tasks;
using FactGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FactGen.Tests.Verifiers;

/// <summary>
/// A test of <see cref="FactFileAnalyzer"/>: fact files go in <c>TestState.AdditionalFiles</c> under
/// <see cref="FactGenProject.FactFile"/> (with markup such as <c>{|FG0104:13 %%|}</c> where a diagnostic is expected),
/// MSBuild properties in <see cref="Project"/>.
/// </summary>
public sealed class FactFileAnalyzerTest : CSharpAnalyzerTest<FactFileAnalyzer, DefaultVerifier>
{
    /// <summary>The project the files live in.</summary>
    public FactGenProject Project { get; } = new();

    /// <summary>A test with the fact file <paramref name="yaml"/> at <paramref name="path"/>.</summary>
    public static FactFileAnalyzerTest Of(string path, string yaml)
    {
        var test = new FactFileAnalyzerTest();
        test.TestState.AdditionalFiles.Add((path, yaml));
        return test;
    }

    /// <inheritdoc/>
    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        Project.ApplyTo(this, TestState);
        if (TestState.Sources.Count == 0)
        {
            // The framework wants a C# document; the fact files need none.
            TestState.Sources.Add((FactGenProject.Directory + "/Empty.cs", ""));
        }

        return base.RunImplAsync(cancellationToken);
    }
}
