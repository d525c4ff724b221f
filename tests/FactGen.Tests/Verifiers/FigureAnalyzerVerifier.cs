using System.Threading;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FactGen.Tests.Verifiers;

/// <summary>
/// A test of <see cref="FigureAnalyzer"/> as a build runs it: the generator over the fact files first, then the
/// analyzer over the compilation that holds the generated facts. Code goes in <c>TestCode</c> with markup
/// (<c>{|FG1002:4_200|}</c>); the fact file <see cref="FigureFacts.Default"/> is at <c>facts/facts.yaml</c> unless a
/// test gives others; figure options go in <c>Project.CodeOptions</c>.
/// </summary>
public sealed class FigureAnalyzerTest : CSharpAnalyzerTest<FigureAnalyzer, DefaultVerifier>
{
    /// <summary>A test with <paramref name="facts"/> in <c>facts/</c><paramref name="factFileName"/> (none when null).</summary>
    public FigureAnalyzerTest(string? facts = FigureFacts.Default, string factFileName = "facts.yaml")
    {
        // C# code here writes $$ for raw interpolated strings, never for a caret position.
        MarkupOptions = MarkupOptions.TreatPositionIndicatorsAsCode;
        if (facts is not null)
        {
            TestState.AdditionalFiles.Add((FactGenProject.FactFile(factFileName), facts));
        }
    }

    /// <summary>The project the code lives in; the generator runs in it.</summary>
    public FactGenProject Project { get; } = new() { RunGenerator = true };

    /// <inheritdoc/>
    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        Project.ApplyTo(this, TestState);
        return base.RunImplAsync(cancellationToken);
    }
}
