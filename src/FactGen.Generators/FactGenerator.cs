using System;
using System.Collections.Immutable;
using System.Linq;
using FactGen.Generators.Emit;
using FactGen.Model.Measures;
using FactGen.Generators.Verification;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using FactGen.Model.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Generators;

/// <summary>
/// Turns the fact files of a compilation into typed C#: parse each file (cached per file), validate them together,
/// check each source's quotes against its archived text (per source, so that a changed archive checks again only the
/// quotes that cite it), then emit one class per file and the registry. It reports nothing: the fact file analyzer
/// reports what is wrong, and the generator leaves out only the entries that are broken. A project with no fact files
/// gets nothing, not even the registry, and costs no more than finding that it has none.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactGenerator : IIncrementalGenerator
{
    /// <summary>The AdditionalFiles metadata that marks a fact file, set by the package's build props.</summary>
    public const string FactFileMetadata = "build_metadata.AdditionalFiles.FactGenFactFile";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var factFiles = FilesFlagged(context, IsFactFile)
            .WithTrackingName(TrackingNames.FactFiles);

        // Every value passed between steps is a reference type, and the driver's own values come in three shapes only
        // (the ImmutableArray of a Collect, a pair of references, a reference with an ImmutableArray), which no step
        // returns (see FilesFlagged), so that the driver's generic step code is compiled once for all of them and is
        // shared with other generators': with no fact files, compiling it for each further shape (a nested pair, a
        // pair of bools) was nearly all a build paid for the generator, about 80 to 150 JIT-compiled methods each.
        var allFactFiles = factFiles.Collect();

        // The one step that sees every compilation, so every edit in the IDE: with no fact files it looks no further.
        var compilationTraits = context.CompilationProvider
            .Combine(allFactFiles)
            .Select(static (input, _) => input.Right.IsEmpty ? CompilationTraits.Unread : CompilationTraits.Of(input.Left));
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (input, _) => EmitOptionsOf(input.Left.GlobalOptions, ((CSharpParseOptions)input.Right).LanguageVersion))
            .Combine(compilationTraits)
            .Select(static (input, _) => input.Right.Apply(input.Left))
            .WithTrackingName(TrackingNames.Options);

        var limits = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => LimitsOf(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Limits);

        var parsed = factFiles
            .Combine(limits)
            .Select(static (input, cancellationToken) => FactFileParser.Parse(
                input.Left.Path, input.Left.GetText(cancellationToken)?.ToString() ?? string.Empty, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);

        var measureOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => MeasureOptionsOf(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.MeasureOptions);

        // Null where there is no fact file: nothing is validated, and no registry is emitted.
        var validated = measureOptions
            .Combine(parsed.Collect())
            .Select(static (input, _) => input.Right.IsEmpty ? null : FactSetValidator.Validate(input.Right, input.Left))
            .WithTrackingName(TrackingNames.Validated);

        var archives = FilesFlagged(context, ArchiveTexts.IsSourceText)
            .Combine(limits)
            .Select(static (input, cancellationToken) => ArchiveTexts.Read(input.Left, input.Right.MaxFileSize, cancellationToken))
            .WithTrackingName(TrackingNames.Archives);

        var verification = validated
            .SelectMany(static (set, _) => set?.CitedSources ?? EquatableArray<CitedSource>.Empty)
            .WithTrackingName(TrackingNames.CitedSources)
            .Combine(archives.Collect())
            .Select(static (input, _) => new SourceLookup(input.Left, input.Left.Archive is { } archive ? QuoteVerifier.Find(archive, input.Right) : null))
            .WithTrackingName(TrackingNames.ArchiveLookups)
            .Select(static (input, cancellationToken) => QuoteVerifier.Verify(input.Source, input.Lookup, cancellationToken))
            .WithTrackingName(TrackingNames.Verified)
            .Collect()
            .Select(static (sources, _) => new QuoteVerification(sources.ToEquatableArray()));

        var emitFiles = validated
            .SelectMany(static (set, _) => set?.Files ?? EquatableArray<EmitFile>.Empty)
            .WithTrackingName(TrackingNames.EmitFiles)
            .Combine(verification)
            .Select(static (input, _) => input.Right.Apply(input.Left))
            .WithTrackingName(TrackingNames.CheckedFiles);
        context.RegisterSourceOutput(emitFiles.Combine(options), static (output, input) =>
            output.AddSource(input.Left.HintName, FactFileEmitter.Emit(input.Left, input.Right)));

        // None without fact files: a project that does not use FactGen keeps its public API as it was.
        var registry = validated
            .Combine(verification)
            .SelectMany(static (input, _) => input.Left is { } set
                ? ImmutableArray.Create(new RegistryModel(set.Sources, set.RegistryEntries, set.Measures, input.Right.Stamps))
                : ImmutableArray<RegistryModel>.Empty)
            .WithTrackingName(TrackingNames.Registry);
        context.RegisterSourceOutput(registry.Combine(options), static (output, input) =>
            output.AddSource(RegistryEmitter.HintName, RegistryEmitter.Emit(input.Left, input.Right)));
    }

    /// <summary>
    /// The additional files whose item metadata <paramref name="isFlagged"/> accepts; filtered by <c>SelectMany</c>
    /// rather than <c>Where</c>, so that no step returns the pair of a file and its options.
    /// </summary>
    private static IncrementalValuesProvider<AdditionalText> FilesFlagged(IncrementalGeneratorInitializationContext context, Func<AnalyzerConfigOptions, bool> isFlagged)
        => context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .SelectMany((pair, _) => isFlagged(pair.Right.GetOptions(pair.Left)) ? ImmutableArray.Create(pair.Left) : ImmutableArray<AdditionalText>.Empty);

    internal static bool IsFactFile(AnalyzerConfigOptions options)
        => ItemMetadata.IsSet(options, FactFileMetadata);

    /// <summary>The limits on each fact file, with the size set by <c>FactGenMaxFileSize</c>.</summary>
    internal static FactFileLimits LimitsOf(AnalyzerConfigOptions options)
        => FactFileLimits.WithMaxFileSize(options.TryGetValue("build_property." + FactFileLimits.MaxFileSizeProperty, out var size) ? size : null);

    /// <summary>How facts of one measure are compared, with the tolerance of <c>about</c> set by <c>factgen_about_tolerance</c>.</summary>
    internal static MeasureOptions MeasureOptionsOf(AnalyzerConfigOptions options)
        => MeasureOptions.WithAboutTolerance(options.TryGetValue(MeasureOptions.AboutToleranceKey, out var tolerance) ? tolerance : null);

    /// <summary>The options the project and its language version allow, before the compilation is looked into.</summary>
    private static EmitOptions EmitOptionsOf(AnalyzerConfigOptions options, LanguageVersion language)
        => new(NamespaceOf(options), Nullable: language >= LanguageVersion.CSharp8, Records: language >= LanguageVersion.CSharp9);

    /// <summary>A cited source with the supplied archives its archive's name finds (none where it names none).</summary>
    private sealed record SourceLookup(CitedSource Source, ArchiveLookup? Lookup);

    /// <summary>What the emitted code depends on in the compilation; read only where there are fact files.</summary>
    private sealed record CompilationTraits(bool HasIsExternalInit, bool IsClsCompliant)
    {
        public static CompilationTraits Unread { get; } = new(false, false);

        public static CompilationTraits Of(Compilation compilation) => new(FactGenerator.HasIsExternalInit(compilation), FactGenerator.IsClsCompliant(compilation));

        /// <summary>The options with what the compilation allows: records only with <c>IsExternalInit</c> at hand.</summary>
        public EmitOptions Apply(EmitOptions options)
            => options with { Records = options.Records && HasIsExternalInit, ClsCompliant = IsClsCompliant };
    }

    private static bool HasIsExternalInit(Compilation compilation)
        => compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.IsExternalInit") is { } type
            && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);

    /// <summary>Whether the project declares <c>[assembly: CLSCompliant(true)]</c>.</summary>
    private static bool IsClsCompliant(Compilation compilation)
        => compilation.Assembly.GetAttributes().Any(static attribute => attribute.AttributeClass?.ToDisplayString() == "System.CLSCompliantAttribute"
            && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is true);

    /// <summary>
    /// <c>FactGenNamespace</c> when set, else <c>$(RootNamespace).Facts</c>, else <c>Facts</c>; each part made a valid
    /// identifier, since a bad namespace would break every generated file.
    /// </summary>
    internal static string NamespaceOf(AnalyzerConfigOptions options)
    {
        var configured = options.TryGetValue("build_property.FactGenNamespace", out var name) && !string.IsNullOrWhiteSpace(name)
            ? name
            : options.TryGetValue("build_property.RootNamespace", out var root) && !string.IsNullOrWhiteSpace(root) ? root + ".Facts" : "Facts";
        var parts = configured.Trim().Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = CSharpText.Identifier(ToIdentifier(parts[i]));
        }

        return string.Join(".", parts);
    }

    private static string ToIdentifier(string part)
    {
        var builder = new System.Text.StringBuilder(part.Length + 1);
        foreach (var c in part.Trim())
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
