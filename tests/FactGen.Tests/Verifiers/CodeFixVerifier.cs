using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FactGen.Tests.Verifiers;

/// <summary>
/// A test of a figure code fix: <see cref="FigureAnalyzer"/> finds the figures in a project where the generator runs
/// (so the fixed code is compiled against the facts generated from the fixed fact files), <typeparamref name="TCodeFix"/>
/// fixes them. <c>FixedState.AdditionalFiles</c> holds the fact files a fix writes; FixAll runs in document,
/// project and solution scope unless the fix has none.
/// </summary>
public sealed class FigureCodeFixTest<TCodeFix> : CSharpCodeFixTest<FigureAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>A test with <paramref name="facts"/> in <c>facts/facts.yaml</c> (none when null).</summary>
    public FigureCodeFixTest(string? facts = FigureFacts.Default)
    {
        // C# code here writes $$ for raw interpolated strings, never for a caret position.
        MarkupOptions = MarkupOptions.TreatPositionIndicatorsAsCode;
        if (facts is not null)
        {
            TestState.AdditionalFiles.Add((FactGenProject.FactFile("facts.yaml"), facts));
        }
    }

    /// <summary>The project the code lives in; the generator runs in it.</summary>
    public FactGenProject Project { get; } = new() { RunGenerator = true };

    /// <summary>The titles of the fixes offered, one list per diagnostic that a fix was asked for.</summary>
    public List<string[]> OfferedTitles { get; } = [];

    /// <inheritdoc/>
    protected override ImmutableArray<CodeAction> FilterCodeActions(ImmutableArray<CodeAction> actions)
    {
        lock (OfferedTitles)
        {
            OfferedTitles.Add(actions.Select(action => action.Title).ToArray());
        }

        return base.FilterCodeActions(actions);
    }

    /// <inheritdoc/>
    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        Project.ApplyTo(this, TestState, FixedState, BatchFixedState);
        return base.RunImplAsync(cancellationToken);
    }
}
