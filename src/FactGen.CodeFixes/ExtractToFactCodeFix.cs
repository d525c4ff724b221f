using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using FactGen.Model;
using FactGen.Model.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.CodeFixes;

/// <summary>
/// FG1002 "Extract to fact": writes a stub fact for the figure into a fact file of the project (editing the
/// additional file, as PublicApiAnalyzers' fixer does) and puts the fact in the figure's place. The stub has its id,
/// claim and value; its source and quote are left for the author, and the fact file rules report them until then.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExtractToFactCodeFix))]
[Shared]
public sealed class ExtractToFactCodeFix : CodeFixProvider
{
    /// <summary>The fact file a fix creates when the project has none.</summary>
    public const string NewFactFile = "facts/figures.yaml";

    private static readonly Regex s_factsKey = new(@"^(facts|sources|datasets):", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(FactRules.UnsourcedFigure.Id);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var factFiles = await FactFilesAsync(context.Document.Project, context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FigureProperties.Kind, out var kind) || kind is null or FigureProperties.NoFixKind
                || !diagnostic.Properties.TryGetValue(FigureProperties.Value, out var value) || value is null)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(FigureProperties.Namespace, out var factsNamespace);
            var extraction = new Extraction(context.Document, diagnostic.Location.SourceSpan, kind, value, factsNamespace ?? "Facts", factFiles);
            var targets = factFiles.Count > 0 ? factFiles.Select(file => file.Path) : new[] { NewFactFile };
            foreach (var target in targets)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Extract to a fact in {DisplayPath(context.Document.Project, target)}",
                        cancellationToken => extraction.ApplyAsync(target, cancellationToken),
                        equivalenceKey: nameof(ExtractToFactCodeFix) + ":" + target),
                    diagnostic);
            }
        }
    }

    /// <summary>The project's fact files: YAML additional documents under a <c>facts</c> folder or with a top-level <c>facts:</c>.</summary>
    private static async Task<IReadOnlyList<FactFileText>> FactFilesAsync(Project project, CancellationToken cancellationToken)
    {
        var files = new List<FactFileText>();
        foreach (var document in project.AdditionalDocuments.OrderBy(document => document.FilePath, StringComparer.Ordinal))
        {
            var path = document.FilePath ?? document.Name;
            if (!(path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var text = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
            if (document.Folders.Contains("facts", StringComparer.OrdinalIgnoreCase)
                || path.Replace('\\', '/').Split('/').Contains("facts", StringComparer.OrdinalIgnoreCase)
                || s_factsKey.IsMatch(text))
            {
                files.Add(new FactFileText(document.Id, path, text));
            }
        }

        return files;
    }

    private static string DisplayPath(Project project, string path)
    {
        var directory = Path.GetDirectoryName(project.FilePath ?? "");
        return !string.IsNullOrEmpty(directory) && path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path.Substring(directory!.Length + 1).Replace('\\', '/')
            : path.Replace('\\', '/');
    }

    private sealed record FactFileText(DocumentId Id, string Path, string Text);

    /// <summary>One figure to extract, into whichever fact file the chosen fix names.</summary>
    private sealed class Extraction(Document document, TextSpan span, string kind, string value, string factsNamespace, IReadOnlyList<FactFileText> factFiles)
    {
        public async Task<Solution> ApplyAsync(string target, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var taken = new HashSet<string>(
                factFiles.SelectMany(file => FactFileParser.Parse(file.Path, file.Text, cancellationToken: cancellationToken).Facts.Select(fact => fact.Id)),
                StringComparer.Ordinal);
            var id = FactFileEdits.NewId(value, taken);
            var existing = factFiles.FirstOrDefault(file => file.Path == target);
            var yaml = FactFileEdits.AddStubFact(existing?.Text ?? "", id, Claim(root), value);
            var member = "global::" + factsNamespace + "." + Names.ClassNameOf(target) + "." + Names.ToPascalCase(id);
            if (root is null || model is null || yaml is null || FigureEdits.ReplaceFigure(root, model, span, kind, member) is not { } fixedRoot)
            {
                return document.Project.Solution;
            }

            var solution = document.Project.Solution.WithDocumentSyntaxRoot(document.Id, fixedRoot);
            return existing is not null
                ? solution.WithAdditionalDocumentText(existing.Id, SourceText.From(yaml))
                : solution.AddAdditionalDocument(
                    DocumentId.CreateNewId(document.Project.Id),
                    Path.GetFileName(NewFactFile),
                    SourceText.From(yaml),
                    new[] { "facts" },
                    Path.Combine(Path.GetDirectoryName(document.Project.FilePath ?? "") ?? "", "facts", Path.GetFileName(NewFactFile)));
        }

        /// <summary>
        /// A first claim for the author to refine: the sentence the figure stands in, with the figure left out, or the
        /// name of what it is given to.
        /// </summary>
        private string Claim(SyntaxNode? root)
        {
            var node = root?.FindNode(span, getInnermostNodeForTie: true);
            var sentence = node?.AncestorsAndSelf().OfType<InterpolatedStringExpressionSyntax>().FirstOrDefault() is { } interpolated
                ? string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(TextBesideFigure))
                : node?.AncestorsAndSelf().OfType<LiteralExpressionSyntax>().FirstOrDefault()?.Token.ValueText;
            var claim = Regex.Replace((sentence ?? "").Replace(value, " "), @"\s+", " ").Trim();
            if (claim.Length > 0)
            {
                return claim;
            }

            var named = node?.AncestorsAndSelf().Select(NameOfTarget).FirstOrDefault(name => name is not null);
            return named is null ? "What " + value + " counts" : "What " + named + " counts";
        }

        /// <summary>
        /// The text of an interpolated string's part with the figure's own characters left out: the sign written beside a
        /// hole (the % of <c>{42}%</c>) belongs to the figure, not to the claim.
        /// </summary>
        private string TextBesideFigure(InterpolatedStringTextSyntax text)
        {
            var written = text.TextToken.ValueText;
            if (text.Span.Intersection(span) is not { IsEmpty: false } figure || text.TextToken.Text != written)
            {
                return written;
            }

            return written.Substring(0, figure.Start - text.SpanStart) + " " + written.Substring(figure.End - text.SpanStart);
        }

        private static string? NameOfTarget(SyntaxNode node) => node switch
        {
            ArgumentSyntax { NameColon: { } name } => name.Name.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } => name.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
            VariableDeclaratorSyntax declarator => declarator.Identifier.ValueText,
            _ => null,
        };
    }
}
