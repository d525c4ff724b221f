using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using FactGen.Generators.Verification;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using FactGen.Model.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generators.Diagnostics;

/// <summary>
/// Reports every FG0xxx problem of the fact files at its place in the YAML: live in the IDE, in <c>dotnet build</c>,
/// and subject to <c>#pragma</c>-free <c>.editorconfig</c> severities like any Roslyn diagnostic. Each file's own rules
/// are reported as the file is analyzed; the rules across files, and the quotes checked against the archived source
/// texts (FG05xx), when the compilation is complete.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FactFileAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property of an FG0501 diagnostic that holds the archive's wording, for the code fix.</summary>
    public const string ArchivedWordingProperty = "ArchivedWording";

    // The parse of a text is kept as long as the text is alive, so that every analysis of an unchanged file reuses it.
    private static readonly ConditionalWeakTable<SourceText, CachedParse> s_parses = new();

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => FactDescriptors.FactFileRules;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // A project without fact files has nothing to check: no per-file action, and no end of compilation to wait for.
            var optionsProvider = start.Options.AnalyzerConfigOptionsProvider;
            if (!start.Options.AdditionalFiles.Any(file => FactGenerator.IsFactFile(optionsProvider.GetOptions(file))))
            {
                return;
            }

            var files = new ConcurrentDictionary<string, (FactFile File, SourceText Text)>(StringComparer.Ordinal);
            var archives = new ConcurrentDictionary<string, Archive>(StringComparer.Ordinal);
            start.RegisterAdditionalFileAction(fileContext =>
            {
                var file = fileContext.AdditionalFile;
                var fileOptions = fileContext.Options.AnalyzerConfigOptionsProvider.GetOptions(file);
                var limits = FactGenerator.LimitsOf(fileContext.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
                if (ArchiveTexts.IsSourceText(fileOptions))
                {
                    archives[file.Path] = ArchiveTexts.Read(file, limits.MaxFileSize, fileContext.CancellationToken);
                }

                if (!FactGenerator.IsFactFile(fileOptions) || file.GetText(fileContext.CancellationToken) is not { } text)
                {
                    return;
                }

                var parsed = Parse(file.Path, text, limits, fileContext.CancellationToken);
                files[file.Path] = (parsed, text);
                foreach (var diagnostic in parsed.Diagnostics)
                {
                    fileContext.ReportDiagnostic(ToRoslyn(diagnostic, text, path => files.TryGetValue(path, out var other) ? other.Text : null));
                }
            });
            start.RegisterCompilationEndAction(end =>
            {
                var set = FactSetValidator.Validate(files.Values.Select(entry => entry.File), FactGenerator.MeasureOptionsOf(end.Options.AnalyzerConfigOptionsProvider.GlobalOptions));
                var verification = QuoteVerifier.Verify(set, archives.Values.ToList(), end.CancellationToken);
                foreach (var diagnostic in set.Diagnostics.Concat(verification.Diagnostics))
                {
                    if (files.TryGetValue(diagnostic.Path, out var owner))
                    {
                        end.ReportDiagnostic(ToRoslyn(diagnostic, owner.Text, path => files.TryGetValue(path, out var other) ? other.Text : null));
                    }
                }
            });
        });
    }

    private static FactFile Parse(string path, SourceText text, FactFileLimits limits, CancellationToken cancellationToken)
    {
        var cached = s_parses.GetValue(text, _ => new CachedParse(FactFileParser.Parse(path, text.ToString(), limits, cancellationToken), limits));

        // A text is one file's; should two paths share one, or the limits change, it is parsed again.
        return cached.File.Path == path && cached.Limits == limits ? cached.File : FactFileParser.Parse(path, text.ToString(), limits, cancellationToken);
    }

    /// <summary>A Roslyn diagnostic at the YAML range of <paramref name="diagnostic"/>, with its related places.</summary>
    internal static Diagnostic ToRoslyn(FactDiagnostic diagnostic, SourceText text, Func<string, SourceText?> textOf)
    {
        var related = diagnostic.Related
            .Select(place => textOf(place.Path) is { } other ? LocationOf(place.Path, place.Range, other) : null)
            .Where(location => location is not null)
            .Cast<Location>();
        var properties = diagnostic.Replacement is { } replacement
            ? ImmutableDictionary<string, string?>.Empty.Add(ArchivedWordingProperty, replacement)
            : null;
        return Diagnostic.Create(
            FactDescriptors.Get(diagnostic.RuleId),
            LocationOf(diagnostic.Path, diagnostic.Range, text),
            related,
            properties,
            diagnostic.Arguments.Cast<object>().ToArray());
    }

    private sealed record CachedParse(FactFile File, FactFileLimits Limits);

    private static Location LocationOf(string path, Model.Text.TextRange range, SourceText text)
    {
        // Ranges come from the parser's view of the same text; clamp them all the same, a location must lie inside it.
        var start = Math.Min(Math.Max(range.Start, 0), text.Length);
        var end = Math.Min(Math.Max(range.End, start), text.Length);
        var span = TextSpan.FromBounds(start, end);
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }
}
