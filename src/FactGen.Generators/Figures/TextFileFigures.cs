using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FactGen.Generators.Diagnostics;
using FactGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generators.Figures;

/// <summary>
/// Figures in the project's reader-facing files that are not C#: string resources of <c>.resx</c> files (FG1003) and
/// the markup and written expressions of Razor files (FG1001 and FG1002, as in code), each at its line and column in
/// the file; <see cref="FigureAnalyzer"/> hands it each additional file. The Razor source is read, not its generated
/// C#: the generator writes markup as hidden literals with no <c>#line</c> mapping, and marks the file generated,
/// which the figure rules skip.
/// </summary>
internal static class TextFileFigures
{
    /// <summary>The metadata the package's targets set on the <c>.resx</c> files of <c>EmbeddedResource</c>.</summary>
    public const string ResourceMetadata = "build_metadata.AdditionalFiles.FactGenResource";

    /// <summary>Reports the figures of <paramref name="file"/> if it is a resource or Razor file; other files are not read.</summary>
    public static void Analyze(AdditionalFileAnalysisContext file, Lazy<KnownFacts> facts)
    {
        var fileOptions = file.Options.AnalyzerConfigOptionsProvider.GetOptions(file.AdditionalFile);
        var kind = IsResource(fileOptions) ? FileKind.Resource : IsRazor(file.AdditionalFile.Path) ? FileKind.Razor : FileKind.Other;
        var options = FigureOptions.Read(fileOptions);
        if (kind == FileKind.Other || options.Scope == FigureScope.None || file.AdditionalFile.GetText(file.CancellationToken) is not { } text)
        {
            return;
        }

        var reporter = new FileReporter(file, text, options, facts);
        if (kind == FileKind.Resource)
        {
            reporter.ReportResources();
        }
        else
        {
            reporter.ReportRazor();
        }
    }

    private enum FileKind
    {
        Other,
        Resource,
        Razor,
    }

    private static bool IsResource(AnalyzerConfigOptions options)
        => ItemMetadata.IsSet(options, ResourceMetadata);

    private static bool IsRazor(string path)
        => Path.GetExtension(path) is var extension
           && (extension.Equals(".razor", StringComparison.OrdinalIgnoreCase) || extension.Equals(".cshtml", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reports the figures of one file.</summary>
    private sealed class FileReporter(AdditionalFileAnalysisContext context, SourceText text, FigureOptions options, Lazy<KnownFacts> facts)
    {
        private readonly string _content = text.ToString();

        public void ReportResources()
        {
            foreach (var resource in ResxValues.Read(_content, context.CancellationToken))
            {
                foreach (var figure in TextFigures.Read(resource.Value, options, facts))
                {
                    var holding = facts.Value.Find(figure.Key);
                    var location = LocationOf(resource.Start, _content.Substring(resource.Start, resource.End - resource.Start), resource.Value, figure)
                                   ?? LocationOf(resource.Start, resource.End - resource.Start);
                    var (states, write) = holding.Count > 0
                        ? ("is the value of " + TextFigures.NameFacts(holding), string.Join(" or ", holding.Select(fact => fact.QualifiedMember + ".ValueText")))
                        : ("has no fact behind it", "the ValueText of a fact that holds it (put the figure in a fact file with its source and quote first)");
                    Report(FactRules.FigureInResource, location, figure.Written, resource.Name, states, write);
                }
            }
        }

        public void ReportRazor()
        {
            var output = RazorSource.Read(_content, context.CancellationToken);
            foreach (var (start, end) in output.Texts)
            {
                var markup = _content.Substring(start, end - start);
                ReportTextFigures(start, markup, markup);
            }

            foreach (var (start, end) in output.Expressions)
            {
                foreach (var literal in RazorExpressions.Read(_content.Substring(start, end - start), start))
                {
                    if (literal.Value is string value)
                    {
                        ReportTextFigures(literal.Start, literal.Source, value);
                    }
                    else if (FigureReporter.ToNumber(literal.Value) is { } number && !options.IsTooSmall(number))
                    {
                        ReportFigure(LocationOf(literal.Start, literal.Source.Length), literal.Source, facts.Value.Find(new FigureKey(FigureKind.Number, number, null)));
                    }
                }
            }
        }

        private void ReportTextFigures(int start, string source, string value)
        {
            foreach (var figure in TextFigures.Read(value, options, facts))
            {
                ReportFigure(LocationOf(start, source, value, figure) ?? LocationOf(start, source.Length), figure.Written, facts.Value.Find(figure.Key));
            }
        }

        /// <summary>FG1001 or FG1002 for a figure of a Razor file, as for one in code; no code fix edits a Razor file.</summary>
        private void ReportFigure(Location location, string written, IReadOnlyList<KnownFact> holding)
        {
            if (holding.Count > 0)
            {
                Report(FactRules.FigureIsAFact, location, written, TextFigures.NameFacts(holding), string.Join(" or ", holding.Select(fact => "@" + fact.QualifiedMember + ".ValueText")));
            }
            else
            {
                Report(FactRules.UnsourcedFigure, location, written, "is written in the page");
            }
        }

        private Location? LocationOf(int start, string source, string value, TextFigure figure)
            => TextFigures.OffsetInSource(source, value, figure.Mention) is { } offset ? LocationOf(start + offset, figure.Written.Length) : null;

        private Location LocationOf(int start, int length)
        {
            var span = new TextSpan(start, length);
            return Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
        }

        private void Report(FactRule rule, Location location, params object[] arguments)
            => context.ReportDiagnostic(Diagnostic.Create(
                FactDescriptors.Get(rule.Id),
                location,
                ImmutableDictionary<string, string?>.Empty.Add(FigureProperties.Kind, FigureProperties.NoFixKind),
                arguments));
    }
}
