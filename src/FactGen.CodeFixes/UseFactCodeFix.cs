using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using FactGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FactGen.CodeFixes;

/// <summary>
/// FG1001: puts the fact in the place of the figure it holds, one fix per fact that fits. "Fix all" uses the same
/// fact everywhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseFactCodeFix))]
[Shared]
public sealed class UseFactCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(FactRules.FigureIsAFact.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var kind = diagnostic.Properties.TryGetValue(FigureProperties.Kind, out var value) ? value ?? "" : "";
            diagnostic.Properties.TryGetValue(FigureProperties.Facts, out var facts);
            foreach (var fact in FigureProperties.DecodeFacts(facts))
            {
                if (FigureEdits.ReplaceFigure(root, model, diagnostic.Location.SourceSpan, kind, fact.Member) is not { } fixedRoot)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use the fact " + fact.Title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)),
                        equivalenceKey: nameof(UseFactCodeFix) + ":" + fact.Member),
                    diagnostic);
            }
        }
    }
}
