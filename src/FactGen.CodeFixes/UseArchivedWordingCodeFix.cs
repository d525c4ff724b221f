using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using FactGen.Generators.Diagnostics;
using FactGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.CodeFixes;

/// <summary>
/// FG0501 "Use the archived wording": writes the words of the archive's closest passage in place of the quote, in the
/// fact file (an additional document). The analyzer offers the wording only when the two differ by what
/// <c>match: normalized</c> ignores or by a few characters: a typo or a straight quote, never a different sentence.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseArchivedWordingCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
[Shared]
public sealed class UseArchivedWordingCodeFix : CodeFixProvider
{
    /// <summary>The title of the fix.</summary>
    public const string Title = "Use the archived wording";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(FactRules.QuoteNotInArchive.Id);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(FactFileAnalyzer.ArchivedWordingProperty, out var wording) && wording is not null)
            {
                var document = context.TextDocument;
                var span = diagnostic.Location.SourceSpan;
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => RewriteAsync(document, span, wording, cancellationToken), equivalenceKey: nameof(UseArchivedWordingCodeFix)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> RewriteAsync(TextDocument document, TextSpan quote, string wording, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(new TextChange(quote, FactFileEdits.Scalar(wording))));
    }
}
